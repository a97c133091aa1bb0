/** The simulated fiscal device issuing receipts: one pure step from (state, request) to (document, next state). */
import { checkInstant, checkRequest } from "./checks";
import { FiscalError, FiscalInputError, type FiscalErrorCode } from "./errors";
import { afterIssue, powerLoss } from "./fault-steps";
import { hitFault } from "./faults";
import { issueDocument } from "./issue";
import { offlineBlock } from "./operator";
import { pickLine, pickPayment, pickReturnLine, pickVat, type ReceiptPayload } from "./payload";
import { documentTitle, PROFILES, vatRefusal } from "./profile";
import { checkBuyerContact, normalizeNip, ruHead, ruLineTags } from "./registration";
import { checkReturn } from "./returns";
import { shiftBlock, shiftOpenDocument, startShift } from "./shift";
import { restoreState } from "./state";
import { isoFromMs } from "./time";
import { addGrand, addReceipt, receiptsIn } from "./totals";
import type { Correction, DeviceState, Effects, FiscalDocument, FiscalLine, FiscalRequest, FullDeviceState, Signer } from "./types";
import { localIso } from "./zone";

export interface FiscalResult {
  document: FiscalDocument;
  /**
   * RU: the shift-opening report the receipt issued first when no shift was open (number
   * document.number - 1); persist it with the receipt. null otherwise.
   */
  opened: FiscalDocument | null;
  state: FullDeviceState;
  effects: Effects;
}

const CASHIER_MAX = 64;

/** The optional parts of a request the device signs, checked: cashier, buyer contact (RU, electronic), buyer NIP (PL). */
function receiptExtras(state: FullDeviceState, request: FiscalRequest) {
  const cashier = (request.cashier ?? state.registration.cashier).trim();
  if (cashier === "" || cashier.length > CASHIER_MAX) throw new FiscalInputError(`cashier must be 1-${CASHIER_MAX} characters`);
  let buyerTaxId: string | undefined;
  if (request.buyerTaxId !== undefined) {
    if (state.country !== "PL") throw new FiscalInputError("buyerTaxId (NIP) is printed by PL devices only");
    buyerTaxId = normalizeNip(request.buyerTaxId) ?? undefined;
    if (buyerTaxId === undefined) throw new FiscalInputError("buyerTaxId must be a valid NIP: 10 digits with a correct checksum");
  }
  // Tag 1008 goes into the fiscal document when the receipt is sent instead of printed.
  const buyer = request.buyerContact !== undefined && state.country === "RU" && !request.printed ? checkBuyerContact(request.buyerContact) : undefined;
  return { cashier, buyer, buyerTaxId };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkCorrection(c: Correction, sign: unknown, date: string): Correction {
  if (sign !== "sale" && sign !== "return") throw new FiscalInputError('a correction receipt needs sign "sale" or "return"');
  if (!c || (c.type !== "self" && c.type !== "order")) throw new FiscalInputError('correction.type must be "self" or "order"');
  if (typeof c.date !== "string" || !DAY.test(c.date) || c.date > date) throw new FiscalInputError("correction.date must be the day (YYYY-MM-DD) of the settlement corrected, not after today");
  if (typeof c.order !== "string" || c.order.length > 64 || (c.type === "order") !== (c.order.trim() !== "")) {
    throw new FiscalInputError("correction.order names the tax order (up to 64 characters) exactly when type is \"order\"");
  }
  return { type: c.type, date: c.date, order: c.order.trim() };
}

/** The kind-specific part of the signed payload: lines (with RU tags), the sale a return refunds, a correction's reason. */
async function requestBody(state: FullDeviceState, request: FiscalRequest, tags: (l: FiscalLine) => object) {
  switch (request.kind) {
    case "sale":
      return { kind: "sale" as const, lines: request.lines.map((l) => ({ ...pickLine(l), ...tags(l) })) };
    case "return":
      return { kind: "return" as const, lines: request.lines.map((l) => ({ ...pickReturnLine(l), ...tags(l) })), original: await checkReturn(request) };
    case "correction":
      if (state.country !== "RU") throw new FiscalInputError("correction receipts are issued by RU devices only");
      return {
        kind: "correction" as const,
        sign: request.sign,
        lines: request.lines.map((l) => ({ ...pickLine(l), ...tags(l) })),
        correction: checkCorrection(request.correction, request.sign, localIso(state.country, checkInstant(request.issuedAt, "issuedAt")).slice(0, 10)),
      };
  }
}

function checkVatRates(state: FullDeviceState, lines: readonly FiscalLine[], date: string): void {
  for (const [i, line] of lines.entries()) {
    const why = vatRefusal(state.country, line.vatRate, date, state.registration.taxSystem);
    if (why) throw new FiscalInputError(`lines[${i}]: ${why}`);
  }
}

/** Refuses unless the till's time is within the profile's tolerance of the device clock (shifted by an armed clock_skew). */
function checkClock(state: FullDeviceState, till: { issuedAt: string; issuedMs: number; date: string }, nowMs: number, refuse: Refuse): FullDeviceState {
  const skew = hitFault(state, "clock_skew");
  const deviceMs = nowMs + (skew.fault?.ms ?? 0);
  const tolerance = PROFILES[state.country].clockToleranceMs;
  if (Math.abs(till.issuedMs - deviceMs) > tolerance) {
    throw refuse(
      "clock_skew",
      `The till's time ${till.issuedAt} is ${Math.round((till.issuedMs - deviceMs) / 1000)} s off the device clock ${isoFromMs(deviceMs)} ` +
        `(tolerance ${tolerance / 1000} s). Set the till's clock (NTP) and retry; if the device clock is wrong, clear the clock_skew fault.`,
      skew.state,
    );
  }
  // Receipt numbers restart each day (PL): a day that went back could repeat one.
  const day = state.counters.day;
  if (day && till.date < day.date) {
    throw refuse("clock_skew", `The till's date ${till.date} is before the device's last receipt day ${day.date}. Set the till's clock and retry.`, skew.state);
  }
  return skew.state;
}

type Refuse = (code: FiscalErrorCode, message: string, state: FullDeviceState) => FiscalError;

/**
 * Issues the next sale or return. Nothing is mutated: the host persists the returned state with
 * the document (in one transaction) so a number is never reused or skipped. With no open shift
 * the receipt opens one (as many tills expect). `now` is the device clock (default: the request's
 * issuedAt). Throws FiscalError before anything is numbered; its `state`, when set, must be persisted.
 */
export async function fiscalize(stored: DeviceState, request: FiscalRequest, sign: Signer, now?: string): Promise<FiscalResult> {
  const base = restoreState(stored);
  const { issuedMs } = checkRequest(request);
  // Printed, signed and in the QR: the receipt's local time with its offset, whatever zone the till wrote.
  const issuedAt = localIso(base.country, issuedMs);
  const date = issuedAt.slice(0, 10);
  const deviceNow = now ?? request.issuedAt;
  const nowMs = checkInstant(deviceNow, "now");
  // A correction charges the VAT of the day it corrects.
  checkVatRates(base, request.lines, request.kind === "correction" && typeof request.correction?.date === "string" ? request.correction.date : date);
  const extras = receiptExtras(base, request);
  const tags = base.country === "RU" ? ruLineTags : () => ({});
  const body = await requestBody(base, request, tags);
  const settlement = request.kind === "correction" ? request.sign : request.kind;
  const refuse: Refuse = (code, message, s) => new FiscalError(code, message, s === base ? null : s);

  let s = checkClock(base, { issuedAt, issuedMs, date }, nowMs, refuse);
  const expired = shiftBlock(s, nowMs);
  if (expired) throw refuse("shift_expired", expired, s);
  const offline = offlineBlock(s, nowMs);
  if (offline) throw refuse("offline_limit", offline, s);
  if (request.printed) {
    const paper = hitFault(s, "paper_out");
    if (paper.fault) {
      throw refuse(
        "paper_out",
        "The printer is out of paper: nothing was fiscalized. Load paper and retry, or issue the receipt electronically (without print: SMS, e-mail or QR).",
        paper.state,
      );
    }
  }
  const power = powerLoss(s);
  const { state: open, shift } = power.state.shift ? { state: power.state, shift: power.state.shift } : startShift(power.state, deviceNow);
  s = open;
  let opened: FiscalDocument | null = null;
  if (!power.state.shift && PROFILES[s.country].shiftDocuments) {
    ({ document: opened, state: s } = await shiftOpenDocument(s, issuedAt, extras.cashier, sign));
  }
  const day = { date, seq: s.counters.day?.date === date ? s.counters.day.seq + 1 : 1 };
  const receipts = s.counters.receipts + 1;
  const seq = { PL: day.seq, SE: receipts, NO: receipts, RU: receiptsIn(shift.totals) + 1 }[s.country];
  const number = s.lastNumber + 1;

  const payload: ReceiptPayload = {
    v: 2,
    country: s.country,
    device: s.deviceId,
    serial: s.serial,
    kid: s.keyId,
    number,
    title: documentTitle(s.country, request.kind, request.printed),
    issuedAt,
    shift: shift.number,
    prevHash: s.lastHash,
    seq,
    receiptId: request.receiptId,
    currency: request.currency,
    total: request.total,
    vat: request.vat.map(pickVat),
    payments: request.payments.map(pickPayment),
    printed: request.printed,
    register: s.registration.registerNumber,
    cashier: extras.cashier,
    ...(extras.buyer !== undefined && { buyer: extras.buyer }),
    ...(extras.buyerTaxId !== undefined && { buyerTaxId: extras.buyerTaxId }),
    ...(s.country === "RU" && { ru: ruHead(s.registration) }),
    ...body,
  };
  const document = await issueDocument(payload, sign);

  const issued: FullDeviceState = {
    ...s,
    lastNumber: number,
    lastHash: document.hash,
    counters: { ...s.counters, receipts, day, grandTotal: addGrand(s.counters.grandTotal, settlement, request.total) },
    shift: { ...shift, totals: addReceipt(shift.totals, settlement, request.total, request.vat, request.payments, body.lines) },
  };
  const after = await afterIssue(issued, deviceNow, power.struck, power.state.shift ? null : shift.number);
  return { document, opened, ...after };
}
