/**
 * Finalize: decide the delivery, have the device fiscalize (once per receipt, whatever is retried),
 * write the issued receipt to the database in one batch, tell the waiting pages. If the write
 * fails the receipt is still issued and readable here; the alarm writes it until it lands.
 */
import { DomainError } from "../../core/errors";
import { toRaw } from "../../db/database";
import { decideDelivery, type Channel, type Customer } from "../../core/delivery";
import { profileFor } from "../../core/profiles";
import { assertOpen, assertReadyToIssue, computeTotals } from "../../core/receipt";
import type { FiscalDocument } from "../../simulator";
import type { TerminalContext } from "../auth";
import type { Ports } from "../ports";
import type { FinalizeRequest } from "../schemas";
import { customerOf, type CustomerProfile } from "../customers/profile";
import { normalized } from "../customers/protect";
import { customerWrite } from "../customers/store";
import { assertChannel, assertRecipient, availableChannels, recipientFor } from "../services/delivery-policy";
import { fiscalRowOf } from "../services/device";
import { activeFiscalLines } from "../services/fiscal-lines";
import { outboxRow, type OutboxInsert } from "../services/outbox";
import { pdfKeyFor } from "../services/pdf";
import { printOutput } from "../services/print";
import { receiptIssued } from "../services/webhook-events";
import { wantsWebhooks, webhookInsert } from "../services/webhooks";
import { receiptDocument, receiptJson } from "../views";
import type { Columns, SessionAnswer } from "./commands";
import { recordOf, terminalOf, type FinalizePlan, type SessionState } from "./state";
import type { SessionStorage } from "./storage";
import { landed, receiptWrite } from "./write";

export interface SessionIo extends Pick<SessionStorage, "schedule" | "publish"> {
  save(state: SessionState): Promise<void>;
}

const INITIAL_STATUS: Record<Channel, string> = { print: "printed", qr: "sent", ebin: "discarded", sms: "queued", email: "queued" };
/** An interrupted finalize is picked up again by the alarm after this long, if the till has not retried. */
const RESUME_AFTER_MS = 30_000;

const answer = (status: number, state: SessionState, columns: Columns): SessionAnswer => {
  const record = recordOf(state);
  const json = receiptJson(record);
  const body = json.delivery?.channel === "print" && state.receipt.status === "issued" ? { ...json, print: printOutput(receiptDocument(record), columns) } : json;
  return { status, contentType: "application/json", body: JSON.stringify(body), replayed: false };
};

export async function finalize(
  ports: Ports,
  state: SessionState,
  io: SessionIo,
  command: { terminal: TerminalContext; request: FinalizeRequest; columns: Columns; profile?: CustomerProfile | null | undefined },
  reason?: string,
): Promise<{ state: SessionState; answer: SessionAnswer }> {
  if (state.receipt.status === "issued") return { state, answer: answer(200, state, command.columns) };
  assertOpen(state.receipt.status);
  // A finalize the device may already have done goes on as it was decided.
  if (state.finalizing) {
    const next = await issue(ports, state, state.finalizing, io, true);
    return { state: next, answer: answer(200, next, command.columns) };
  }
  const { request } = command;
  const { receipt } = state;
  const country = profileFor(receipt.country);
  const totals = computeTotals(country, state.lines, state.payments);
  assertReadyToIssue(state.lines, state.payments, totals);

  const known = command.profile ?? state.customer;
  const customer: Customer | null = known ? customerOf(known, request.customer ?? receipt.customer) : (request.customer ?? receipt.customer);
  // A merchant with e-receipts off prints (or, where allowed, uses the e-bin).
  const available = availableChannels(ports, country).filter((c) => state.merchant.eReceipts || c === "print" || c === "ebin");
  const decided = decideDelivery({
    requested: request.delivery,
    customer,
    contact: request.contact ?? null,
    qrScanned: receipt.qrScannedAt !== null,
    remembered: known?.preferredChannel ?? null,
    paperRefused: known?.paperRefused ?? false,
    defaultEmail: known?.defaultEmail ?? null,
    available,
  });
  assertChannel(decided.channel, available, country);
  const recipient = recipientFor(decided.channel, request.contact, customer, known?.defaultEmail ?? null);
  assertRecipient(decided.channel, recipient);
  const current = { ...state, customer: known, receipt: { ...receipt, customer } };
  if (decided.offer) return offer(ports, current, io, decided.channel, recipient, command.columns);
  const fallback = await operatorFallback(ports, current, decided.channel);
  if (fallback) return finalize(ports, fallback, io, { ...command, request: { ...request, delivery: "print" } }, "the fiscal data operator cannot be reached: printed instead");

  const plan: FinalizePlan = {
    sale: {
      receiptId: receipt.id,
      kind: "sale",
      issuedAt: ports.clock().toISOString(),
      currency: receipt.currency,
      total: totals.total,
      vat: totals.vat.map(({ rate, net, vat, gross }) => ({ rate, net, vat, gross })),
      lines: activeFiscalLines(state.lines),
      payments: state.payments.map(({ method, amount }) => ({ method, amount })),
      printed: !decided.electronic,
      ...(request.cashier && { cashier: request.cashier }),
      ...(request.buyer_tax_id && { buyerTaxId: request.buyer_tax_id }),
      // The buyer's contact goes into the fiscal document when the receipt is sent electronically (RU tag 1008).
      ...(recipient && (decided.channel === "sms" || decided.channel === "email") && { buyerContact: normalized(decided.channel === "sms" ? "phone" : "email", recipient) }),
    },
    delivery: { channel: decided.channel, electronic: decided.electronic, reason: reason ?? decided.reason, recipient },
    remember: request.remember === true && known !== null,
    // Messages to the receipt go on paper only (seed 002: a customer who refused paper does not get them).
    ...(request.messages?.length && { messages: decided.channel === "print" ? { printed: request.messages, dropped: 0 } : { printed: [], dropped: request.messages.length } }),
  };
  const next = await issue(ports, current, plan, io, false);
  return { state: next, answer: answer(200, next, command.columns) };
}

/**
 * When the fiscal data operator sends e-receipts and the device cannot reach it, the merchant's
 * rule may say paper (autonomous mode): the receipt is printed and the event log says why.
 */
async function operatorFallback(ports: Ports, state: SessionState, channel: Channel): Promise<SessionState | null> {
  const { merchant, receipt } = state;
  if (merchant.receiptSender !== "operator" || !merchant.operatorOfflinePaper || (channel !== "sms" && channel !== "email")) return null;
  const status = await ports.gate.run(receipt.deviceId, { kind: "status", terminal: terminalOf(receipt), deviceId: receipt.deviceId });
  if (status.operator.online) return null;
  ports.log.info("receipt.operator_offline_paper", { receipt_id: receipt.id, merchant_id: receipt.merchantId });
  return { ...state, events: [...state.events, { type: "operator_offline_fallback", at: ports.clock().toISOString(), data: { wanted: channel, delivered: "print" } }] };
}

/** The alarm's turn: a finalize that was interrupted after it was decided. */
export async function resumeFinalize(ports: Ports, state: SessionState, io: SessionIo): Promise<SessionState> {
  return state.finalizing ? issue(ports, state, state.finalizing, io, true) : state;
}

/**
 * The till is offered "QR receipt: OK / Change" when the customer scanned the display QR, or the
 * customer's remembered channel ("E-mail to j***@example.com: OK / Change"); with no answer in
 * time the alarm issues it on the offered channel.
 */
async function offer(ports: Ports, state: SessionState, io: SessionIo, channel: Channel, recipient: string | null, columns: Columns): Promise<{ state: SessionState; answer: SessionAnswer }> {
  if (state.receipt.qrChoiceUntil) return { state, answer: answer(202, state, columns) };
  const until = new Date(ports.clock().getTime() + ports.config.qrChoiceSeconds * 1000).toISOString();
  const next: SessionState = {
    ...state,
    receipt: { ...state.receipt, qrChoiceUntil: until },
    offer: { channel, recipient },
    events: [...state.events, { type: channel === "qr" ? "qr_offered" : "channel_offered", at: ports.clock().toISOString(), data: { channel, until } }],
  };
  await io.save(next);
  await io.schedule(new Date(until));
  return { state: next, answer: answer(202, next, columns) };
}

/** The offer taken: at the till ("OK") or by the alarm when no answer came in time. */
export function acceptOffer(ports: Ports, state: SessionState, io: SessionIo, terminal: TerminalContext, columns: Columns, reason: string) {
  const channel = state.offer?.channel ?? "qr";
  const recipient = state.offer?.recipient ?? undefined;
  const contact = channel === "sms" ? { phone: recipient } : channel === "email" ? { email: recipient } : undefined;
  const cleared = { ...state, offer: null, receipt: { ...state.receipt, qrChoiceUntil: null } };
  return finalize(ports, cleared, io, { terminal, request: { delivery: channel, ...(contact && { contact }) }, columns }, reason);
}

/** The till's answer to an offer: OK issues it on the offered channel; Change withdraws it for another finalize. */
export async function answerOffer(ports: Ports, state: SessionState, io: SessionIo, command: { terminal: TerminalContext; answer: "ok" | "change"; columns: Columns }) {
  assertOpen(state.receipt.status);
  if (!state.receipt.qrChoiceUntil) {
    throw new DomainError("conflict", "no-offer", "Nothing offered", "The till has no \"OK / Change\" to answer: finalize with delivery \"auto\" first, or finalize with the channel the customer wants.");
  }
  if (command.answer === "ok") return acceptOffer(ports, state, io, command.terminal, command.columns, "offer accepted at the till");
  const next: SessionState = {
    ...state,
    offer: null,
    receipt: { ...state.receipt, qrChoiceUntil: null },
    events: [...state.events, { type: "offer_changed", at: ports.clock().toISOString(), data: { channel: state.offer?.channel ?? "qr" } }],
  };
  await io.save(next);
  return { state: next, answer: answer(200, next, command.columns) };
}

async function issue(ports: Ports, state: SessionState, plan: FinalizePlan, io: SessionIo, retry: boolean): Promise<SessionState> {
  const { receipt } = state;
  const marked: SessionState = { ...state, finalizing: plan };
  if (!retry) {
    await io.save(marked);
    await io.schedule(new Date(ports.clock().getTime() + RESUME_AFTER_MS));
  }
  let issued: SessionState | undefined;
  const terminal = terminalOf(receipt);
  let sale;
  try {
    sale = await ports.gate.sale(terminal, receipt.id, plan.sale, ({ document, opened, acks }) => {
      const ack = acks.find((a) => a.number === document.number);
      issued = { ...issuedState(ports, marked, plan, document), operatorAck: ack ? { ackId: ack.ackId, ackedAt: ack.ackedAt } : null };
      const outbox = messagesFor(ports, issued, plan);
      const remember = plan.remember ? { channel: plan.delivery.channel as Channel, by: `till:${receipt.terminalId}` } : null;
      const also = state.customer ? customerWrite(state.customer, plan.sale.issuedAt, remember) : [];
      // Webhooks: a `receipt.issued` message for each endpoint that wants one, in the receipt's own write.
      const webhook = toRaw(webhookInsert(ports.database.db, ports, receiptIssued(issued)));
      return receiptWrite(issued, { outbox, acks, also: [...also, webhook], opened });
    });
  } catch (error) {
    // A refusal leaves nothing fiscalized: the receipt stays open for the till to fix and retry.
    // A lost reply or power loss may have left a document: the mark stays, the retry gets it.
    if (!(error instanceof DomainError && error.status === 503)) await io.save(state);
    throw error;
  }
  // A repeat: the device made this document before (and on Deno/Node wrote the receipt with it).
  issued ??= { ...issuedState(ports, marked, plan, sale.document), operatorAck: null };
  let next: SessionState = issued;
  if (!sale.written) next = await writeReceipt(ports, { ...issued, unwritten: sale.statements }, io, retry);
  else next = landedState(ports, issued);
  if (next !== issued) await io.save(next);
  ports.log.info("receipt.issued", { receipt_id: receipt.id, merchant_id: receipt.merchantId, device_id: receipt.deviceId, number: sale.document.number, channel: plan.delivery.channel, landed: next.landedAt !== null });
  await io.publish({ type: "issued", receipt_id: receipt.id, status: "issued" });
  const messages = plan.delivery.channel === "sms" || plan.delivery.channel === "email" || (await wantsWebhooks(ports, receipt.merchantId));
  if (next.landedAt && messages) await io.schedule(ports.clock());
  return next;
}

/**
 * Writes the issued or cancelled receipt kept in `unwritten`. A retry first asks whether an
 * earlier attempt landed after all (a lost reply), so the write is never applied twice.
 */
export async function writeReceipt(ports: Ports, state: SessionState, io: Pick<SessionIo, "schedule">, retry: boolean): Promise<SessionState> {
  const statements = state.unwritten ?? receiptWrite(state);
  try {
    if (!(retry && (await landed(ports.database.db, state.receipt.id)))) await ports.database.batchRaw(statements);
  } catch (error) {
    ports.log.warn("receipt.write_failed", { receipt_id: state.receipt.id, error: error instanceof Error ? error.message : String(error) });
    await io.schedule(new Date(ports.clock().getTime() + ports.config.retryBaseMs));
    return { ...state, unwritten: statements };
  }
  const next = landedState(ports, state);
  const channel = (state.receipt.delivery as { channel?: string } | null)?.channel;
  if (retry && (channel === "sms" || channel === "email")) await io.schedule(ports.clock());
  return next;
}

/** In the database now: only the answers kept for Idempotency-Keys stay here, without personal data. */
const landedState = (ports: Ports, state: SessionState): SessionState => ({
  ...state,
  receipt: { ...state.receipt, customer: null },
  customer: null,
  offer: null,
  finalizing: null,
  unwritten: null,
  landedAt: ports.clock().toISOString(),
});

function issuedState(ports: Ports, state: SessionState, plan: FinalizePlan, document: FiscalDocument): SessionState {
  const { receipt } = state;
  const channel = plan.delivery.channel as Channel;
  // The instant in UTC, as every other time the service keeps; the document carries the local time it prints.
  const issuedAt = plan.sale.issuedAt;
  const record = {
    ...receipt,
    status: "issued" as const,
    issuedAt,
    total: plan.sale.total,
    electronic: plan.delivery.electronic,
    delivery: {
      channel,
      status: INITIAL_STATUS[channel],
      attempts: 0,
      reason: plan.delivery.reason,
      ...(plan.messages?.printed.length && { messages: plan.messages.printed }),
      // Who sends it: this service, or the fiscal data operator (which sends only what it acknowledged).
      ...((channel === "sms" || channel === "email") && { sender: state.merchant.receiptSender }),
    },
    expiresAt: new Date(Date.parse(issuedAt) + (state.merchant.retentionDays ?? ports.config.retentionDays) * 86_400_000).toISOString(),
    qrChoiceUntil: null,
    customerId: state.customer?.ref ?? null,
  };
  const withKey = { ...record, pdfKey: pdfKeyFor({ receipt: record }) };
  const event = { type: "issued", at: issuedAt, data: { device_id: receipt.deviceId, number: document.number, channel, reason: plan.delivery.reason, total: plan.sale.total } };
  const dropped = plan.messages?.dropped
    ? [{ type: "receipt_messages_not_printed", at: issuedAt, data: { count: plan.messages.dropped, channel, reason: state.customer?.paperRefused ? "the customer refused paper receipts" : "the receipt is electronic" } }]
    : [];
  return { ...state, receipt: withKey, fiscal: fiscalRowOf(document), events: [...state.events, event, ...dropped], finalizing: null };
}

function messagesFor(ports: Ports, state: SessionState, plan: FinalizePlan): OutboxInsert[] {
  const { channel, recipient } = plan.delivery;
  if (!recipient || (channel !== "sms" && channel !== "email")) return [];
  const record = recordOf(state);
  return [outboxRow(ports, record, receiptDocument(record), { channel, recipient, copy: 0 })];
}
