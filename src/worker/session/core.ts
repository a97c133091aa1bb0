/**
 * One open receipt, held where it lives (its Durable Object on Workers, the process on Deno/Node):
 * commands run one at a time against the state in memory, each change is stored before the till
 * is told, and the database is written once, when the receipt is issued or cancelled.
 */
import { DomainError, notFound } from "../../core/errors";
import { profileFor } from "../../core/profiles";
import { assertOpen, assertRoomForLine, checkPayment, computeTotals, priceLine, type LineInput } from "../../core/receipt";
import type { ReceiptRecord } from "../../db/receipts";
import { newId } from "../ids";
import { deliverDue } from "../services/outbox";
import { receiptCancelled } from "../services/webhook-events";
import { wantsWebhooks, webhookInsert } from "../services/webhooks";
import { toRaw } from "../../db/database";
import type { Ports } from "../ports";
import { keptAnswer } from "../kept-answers";
import { problemJson } from "../problem";
import { receiptDocument, receiptJson } from "../views";
import { slipOutput } from "../services/print";
import { displayViewOf } from "../display/view";
import type { IdempotencyClaim, SessionAnswer, SessionCommand, SessionReply } from "./commands";
import { customerOf } from "../customers/profile";
import { acceptOffer, answerOffer, finalize, resumeFinalize, writeReceipt, type SessionIo } from "./finalize";
import { recordOf, terminalOf, type SessionEvent, type SessionState } from "./state";
import type { SessionStorage } from "./storage";
import { receiptWrite } from "./write";

/** Answers kept for retries with the same Idempotency-Key once the receipt is in the database, as in the database for other requests. */
export const ANSWER_TTL_MS = 86_400_000;

const json = (status: number, value: unknown): SessionAnswer => ({ status, contentType: "application/json", body: JSON.stringify(value), replayed: false });

export class ReceiptSessionCore {
  private state: SessionState | null | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** What this session last put on the terminal's customer display, so an unchanged view is not sent again. */
  private shown: string | undefined;
  private readonly io: SessionIo;

  constructor(
    private readonly ports: Ports,
    private readonly storage: SessionStorage,
    private readonly receiptId: string,
    /** How long answers for Idempotency-Keys are kept once the receipt is in the database. */
    private readonly answerTtlMs = ANSWER_TTL_MS,
  ) {
    this.io = { save: (state) => this.save(state), schedule: (at) => storage.schedule(at), publish: (message) => storage.publish(message) };
  }

  /** Runs one step at a time: the DO's input gate does not cover awaits on the device or the database. */
  private serial<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async current(): Promise<SessionState | null> {
    if (this.state === undefined) this.state = await this.storage.load();
    return this.state;
  }

  /** Stores the state, then keeps it in memory: what is acknowledged is what is stored. */
  private async save(state: SessionState | null): Promise<void> {
    await this.storage.save(state);
    const landedNow = state?.landedAt && !this.state?.landedAt ? state.landedAt : null;
    this.state = state;
    // What stays after the database has the receipt is forgotten when its kept answers expire.
    if (landedNow) await this.storage.schedule(new Date(Date.parse(landedNow) + this.answerTtlMs));
  }

  run(command: SessionCommand, claim?: IdempotencyClaim): Promise<SessionReply> {
    return this.serial(async () => {
      const state = await this.current();
      if (command.kind !== "open" && (!state || state.receipt.merchantId !== command.terminal.merchantId)) return { held: false };
      const kept = claim && state?.answers[claim.key];
      if (kept) {
        if (kept.fingerprint !== claim.fingerprint) {
          const problem = new DomainError("unprocessable", "idempotency-mismatch", "Idempotency-Key reused", "This Idempotency-Key was used with a different request; use a new key for a new request.");
          return { held: true, answer: problemAnswer(problem) };
        }
        return { held: true, answer: { status: kept.status, contentType: answerType(kept.status), body: kept.body, replayed: true } };
      }
      // Once the database has the receipt it answers from there; only kept answers stay here.
      if (state?.landedAt) return { held: false };
      let answer: SessionAnswer;
      try {
        if (command.kind === "open") answer = await this.open(state, command);
        else if (state) answer = await this.apply(state, command);
        else return { held: false };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        answer = problemAnswer(error);
      }
      const latest = this.state;
      if (claim && latest && keptAnswer(answer.status)) {
        await this.save({ ...latest, answers: { ...latest.answers, [claim.key]: { fingerprint: claim.fingerprint, status: answer.status, body: answer.body, at: this.now() } } });
      }
      if (this.state !== state) await this.showOnDisplay();
      return { held: true, answer };
    });
  }

  /** The customer's side: the receipt if this session holds it (and the token is its own); opening the page is the display-QR scan. */
  view(token: string, visit: boolean): Promise<ReceiptRecord | null> {
    return this.serial(async () => {
      const state = await this.current();
      if (!state || state.landedAt || state.receipt.token !== token) return null;
      if (visit && state.receipt.status === "open" && !state.receipt.qrScannedAt) {
        const at = this.now();
        const next = this.withEvent({ ...state, receipt: { ...state.receipt, qrScannedAt: at } }, "qr_scanned");
        await this.save(next);
        await this.storage.publish({ type: "updated", receipt_id: state.receipt.id, status: "open" });
        await this.showOnDisplay();
        return recordOf(next);
      }
      return recordOf(state);
    });
  }

  /**
   * The alarm: a QR offer that ran out, an interrupted finalize, a write that has not landed; once
   * the database has the receipt, its outgoing messages and the expiry of the kept answers.
   * Idempotent, so an alarm delivered twice does no harm. Returns when it is next due.
   */
  due(): Promise<Date | null> {
    return this.serial(async () => {
      const state = await this.current();
      const now = this.ports.clock();
      if (state && !state.landedAt) {
        if (state.finalizing) await this.commit(await resumeFinalize(this.ports, state, this.io));
        else if (state.unwritten) await this.commit(await writeReceipt(this.ports, state, this.io, true));
        else if (state.receipt.status === "open" && state.receipt.qrChoiceUntil && new Date(state.receipt.qrChoiceUntil) <= now) {
          const seconds = this.ports.config.qrChoiceSeconds;
          await this.commit((await acceptOffer(this.ports, state, this.io, terminalOf(state.receipt), 48, `no answer within ${seconds} s`)).state);
          this.ports.log.info("receipt.auto_finalized", { receipt_id: state.receipt.id, merchant_id: state.receipt.merchantId });
        }
        if (this.state !== state) await this.showOnDisplay();
      }
      const after = this.state ?? null;
      if (after && !after.landedAt) {
        if (after.finalizing || after.unwritten) return new Date(now.getTime() + this.ports.config.retryBaseMs);
        return after.receipt.qrChoiceUntil ? new Date(after.receipt.qrChoiceUntil) : null;
      }
      let next: Date | null = null;
      if (after?.landedAt) {
        next = new Date(Date.parse(after.landedAt) + this.answerTtlMs);
        if (next <= now) {
          await this.save(null);
          next = null;
        }
      }
      const outbox = await deliverDue(this.ports, this.receiptId);
      return outbox && (!next || outbox < next) ? outbox : next;
    });
  }

  /**
   * Tells the terminal's customer display after a change of this receipt: one call, only for a
   * terminal that has a display, and only when the view changed. The till's answer does not depend on it.
   */
  private async showOnDisplay(): Promise<void> {
    const state = this.state;
    if (!state?.display) return;
    const view = displayViewOf(state);
    const text = JSON.stringify(view);
    if (text === this.shown) return;
    this.shown = text;
    try {
      await this.ports.displays.show(state.receipt.terminalId, { receiptId: state.receipt.id, view });
    } catch (error) {
      this.shown = undefined;
      this.ports.log.warn("display.update_failed", { receipt_id: state.receipt.id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private async commit(state: SessionState): Promise<void> {
    if (state !== this.state) await this.save(state);
  }

  private now(): string {
    return this.ports.clock().toISOString();
  }

  private withEvent(state: SessionState, type: string, data: Record<string, unknown> = {}): SessionState {
    const event: SessionEvent = { type, at: this.now(), data };
    return { ...state, events: [...state.events, event] };
  }

  private async open(existing: SessionState | null, command: Extract<SessionCommand, { kind: "open" }>): Promise<SessionAnswer> {
    // The id comes from 256 random bits: a receipt already here means the randomness is broken.
    if (existing) throw new Error(`receipt ${this.receiptId} exists already`);
    const { terminal, input } = command;
    const profile = profileFor(terminal.country);
    const lines = (input.lines ?? []).map((line, i) => ({ id: newId(this.ports.random, "ln"), position: i + 1, name: line.name, voided: false, ...priceLine(profile, line, `lines[${i}]`) }));
    const now = this.now();
    const id = this.receiptId;
    const state: SessionState = {
      receipt: {
        id,
        merchantId: terminal.merchantId,
        storeId: terminal.storeId,
        terminalId: terminal.terminalId,
        deviceId: terminal.deviceId,
        status: "open",
        currency: profile.currency,
        country: profile.country,
        token: command.token,
        customer: command.profile ? customerOf(command.profile, input.customer ?? null) : (input.customer ?? null),
        delivery: null,
        electronic: false,
        total: null,
        qrScannedAt: null,
        qrOfferedUntil: lines.length > 0 && command.merchant.displayQr ? this.qrWindowEnd() : null,
        qrChoiceUntil: null,
        copies: 0,
        baseUrl: command.baseUrl,
        createdAt: now,
        issuedAt: null,
        cancelledAt: null,
        expiresAt: null,
        pdfKey: null,
        customerId: null,
      },
      merchant: command.merchant,
      store: command.store,
      lines,
      payments: [],
      fiscal: null,
      operatorAck: null,
      customer: command.profile,
      offer: null,
      events: [{ type: "opened", at: now, data: { terminal_id: terminal.terminalId, lines: lines.length, ...(command.profile && { customer: command.profile.ref, known: command.profile.known }) } }],
      answers: {},
      finalizing: null,
      unwritten: null,
      landedAt: null,
      ...(command.display && { display: true }),
    };
    await this.save(state);
    this.ports.log.info("receipt.opened", { receipt_id: id, merchant_id: terminal.merchantId, lines: lines.length });
    return json(201, receiptJson(recordOf(state)));
  }

  private qrWindowEnd(): string {
    return new Date(this.ports.clock().getTime() + this.ports.config.qrWindowSeconds * 1000).toISOString();
  }

  private async apply(state: SessionState, command: Exclude<SessionCommand, { kind: "open" }>): Promise<SessionAnswer> {
    switch (command.kind) {
      case "get":
        return json(200, receiptJson(recordOf(state), state.events));
      case "add_line":
        return this.addLine(state, command.input);
      case "void_line": {
        assertOpen(state.receipt.status);
        const line = state.lines.find((l) => l.id === command.lineId);
        if (!line) throw notFound("Line");
        if (line.voided) return json(200, receiptJson(recordOf(state)));
        const next = this.withEvent({ ...state, lines: state.lines.map((l) => (l.id === line.id ? { ...l, voided: true } : l)) }, "line_voided", { line_id: line.id, amount: line.amount });
        await this.save(next);
        return json(200, receiptJson(recordOf(next)));
      }
      case "add_payment": {
        assertOpen(state.receipt.status);
        const { method, amount } = command.input;
        checkPayment(computeTotals(profileFor(state.receipt.country), state.lines, state.payments), method, amount);
        // Only a standalone card terminal needs the cashier's word that it approved.
        const confirmed = method !== "card_standalone" || command.input.terminal_confirmed === true;
        const payment = { id: newId(this.ports.random, "pay"), method, amount, confirmed };
        const next = this.withEvent({ ...state, payments: [...state.payments, payment] }, "payment_added", { payment_id: payment.id, method, amount, confirmed });
        await this.save(next);
        return json(201, { ...payment, receipt: receiptJson(recordOf(next)) });
      }
      case "confirm_payment": {
        assertOpen(state.receipt.status);
        const payment = state.payments.find((p) => p.id === command.paymentId);
        if (!payment) throw notFound("Payment");
        if (payment.method !== "card_standalone") {
          throw new DomainError("conflict", "confirmation-not-needed", "Nothing to confirm", `A ${payment.method} payment needs no terminal confirmation.`);
        }
        const { amount, authorization_code: code } = command.input;
        // The amount the card terminal shows must be the payment's: a paid amount and a receipt for another is refused.
        if (amount !== undefined && amount !== payment.amount) {
          throw new DomainError(
            "unprocessable",
            "card-amount-mismatch",
            "Card terminal amount differs",
            `The card terminal shows ${amount} but the payment is ${payment.amount}. Cancel that card payment on the terminal, or void this payment and take the right amount.`,
            [{ field: "amount", message: `must be ${payment.amount}, the payment's amount` }],
          );
        }
        if (payment.confirmed) return json(200, receiptJson(recordOf(state)));
        const confirmed = { ...payment, confirmed: true, ...(code && { authorizationCode: code }) };
        const next = this.withEvent({ ...state, payments: state.payments.map((p) => (p.id === payment.id ? confirmed : p)) }, "payment_confirmed", { payment_id: payment.id, ...(code && { authorization_code: code }) });
        await this.save(next);
        return json(200, receiptJson(recordOf(next)));
      }
      case "cancel":
        return this.cancel(state);
      case "slip":
        return this.slip(state, command);
      case "identify": {
        assertOpen(state.receipt.status);
        const receipt = { ...state.receipt, customer: customerOf(command.profile, command.customer) };
        const next = this.withEvent({ ...state, receipt, customer: command.profile }, "customer_identified", { customer: command.profile.ref, known: command.profile.known });
        await this.save(next);
        return json(200, receiptJson(recordOf(next)));
      }
      case "answer_offer": {
        const { state: next, answer } = await answerOffer(this.ports, state, this.io, command);
        await this.commit(next);
        return answer;
      }
      case "finalize": {
        const { state: next, answer } = await finalize(this.ports, state, this.io, command);
        await this.commit(next);
        return answer;
      }
    }
  }

  /** A provisional or training print of the open sale: counted by the device, kept in the receipt's events; the receipt stays open. */
  private async slip(state: SessionState, command: Extract<SessionCommand, { kind: "slip" }>): Promise<SessionAnswer> {
    assertOpen(state.receipt.status);
    const doc = receiptDocument(recordOf(state));
    const { receipt } = state;
    const made = await this.ports.gate.run(receipt.deviceId, { kind: "slip", terminal: command.terminal, deviceId: receipt.deviceId, receiptId: receipt.id, slip: command.slip, amount: doc.totals.total });
    const next = this.withEvent(state, `${command.slip}_printed`, { count: made.count, shift: made.shift, amount: made.amount });
    await this.save(next);
    const slip = { kind: made.kind, count: made.count, shift: made.shift, amount: made.amount, printed_at: made.issuedAt };
    return json(201, { slip, print: slipOutput(doc, command.slip, made.issuedAt, command.columns), receipt: receiptJson(recordOf(next)) });
  }

  private async addLine(state: SessionState, input: LineInput): Promise<SessionAnswer> {
    assertOpen(state.receipt.status);
    assertRoomForLine(state.lines.length);
    const line = {
      id: newId(this.ports.random, "ln"),
      position: state.lines.reduce((max, l) => Math.max(max, l.position), 0) + 1,
      name: input.name,
      voided: false,
      ...priceLine(profileFor(state.receipt.country), input, ""),
    };
    // The display QR is offered for a while from the first line on.
    const receipt = state.receipt.qrOfferedUntil || !state.merchant.displayQr ? state.receipt : { ...state.receipt, qrOfferedUntil: this.qrWindowEnd() };
    const next = this.withEvent({ ...state, receipt, lines: [...state.lines, line] }, "line_added", { line_id: line.id });
    await this.save(next);
    const answer = receiptJson(recordOf(next));
    return json(201, { line: answer.lines.find((l) => l.id === line.id), receipt: answer });
  }

  private async cancel(state: SessionState): Promise<SessionAnswer> {
    if (state.receipt.status !== "cancelled") {
      assertOpen(state.receipt.status);
      const receipt = { ...state.receipt, status: "cancelled" as const, cancelledAt: this.now(), customer: null, qrChoiceUntil: null };
      const cancelled = this.withEvent({ ...state, receipt }, "cancelled");
      // Webhooks: a `receipt.cancelled` message for each endpoint that wants one, in the receipt's own write.
      const webhook = toRaw(webhookInsert(this.ports.database.db, this.ports, receiptCancelled(receipt)));
      const next = await writeReceipt(this.ports, { ...cancelled, unwritten: receiptWrite(cancelled, { also: [webhook] }) }, this.io, false);
      await this.commit(next);
      if (next.landedAt && (await wantsWebhooks(this.ports, receipt.merchantId))) await this.io.schedule(this.ports.clock());
      await this.storage.publish({ type: "cancelled", receipt_id: receipt.id, status: "cancelled" });
      this.ports.log.info("receipt.cancelled", { receipt_id: receipt.id, merchant_id: receipt.merchantId });
    }
    return json(200, receiptJson(recordOf(this.state ?? state)));
  }
}


const answerType = (status: number) => (status >= 400 ? "application/problem+json" : "application/json");

function problemAnswer(error: DomainError): SessionAnswer {
  return { status: error.status, contentType: "application/problem+json", body: problemJson(error.status, error.code, error.title, error.detail, error.errors), replayed: false };
}
