/** The simulated fiscal device issuing receipts: one pure step from (state, request) to (document, next state). */
import { checkInstant, checkRequest } from "./checks";
import { FiscalError, type FiscalErrorCode } from "./errors";
import { afterIssue, powerLoss } from "./fault-steps";
import { hitFault } from "./faults";
import { issueDocument } from "./issue";
import { offlineBlock } from "./operator";
import { pickLine, pickPayment, pickReturnLine, pickVat, type ReceiptPayload } from "./payload";
import { documentTitle, PROFILES } from "./profile";
import { checkReturn } from "./returns";
import { shiftBlock, startShift } from "./shift";
import { restoreState } from "./state";
import { isoFromMs } from "./time";
import { addGrand, addReceipt, receiptsIn } from "./totals";
import type { DeviceState, Effects, FiscalDocument, FiscalRequest, FullDeviceState, Signer } from "./types";

export interface FiscalResult {
  document: FiscalDocument;
  state: FullDeviceState;
  effects: Effects;
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
  const { issuedMs, date } = checkRequest(request);
  const deviceNow = now ?? request.issuedAt;
  const nowMs = checkInstant(deviceNow, "now");
  const body =
    request.kind === "sale"
      ? { kind: "sale" as const, lines: request.lines.map(pickLine) }
      : { kind: "return" as const, lines: request.lines.map(pickReturnLine), original: await checkReturn(request) };
  const refuse: Refuse = (code, message, s) => new FiscalError(code, message, s === base ? null : s);

  let s = checkClock(base, { issuedAt: request.issuedAt, issuedMs, date }, nowMs, refuse);
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
    issuedAt: request.issuedAt,
    shift: shift.number,
    prevHash: s.lastHash,
    seq,
    receiptId: request.receiptId,
    currency: request.currency,
    total: request.total,
    vat: request.vat.map(pickVat),
    payments: request.payments.map(pickPayment),
    printed: request.printed,
    ...body,
  };
  const document = await issueDocument(payload, sign);

  const issued: FullDeviceState = {
    ...s,
    lastNumber: number,
    lastHash: document.hash,
    counters: { ...s.counters, receipts, day, grandTotal: addGrand(s.counters.grandTotal, request.kind, request.total) },
    shift: { ...shift, totals: addReceipt(shift.totals, request.kind, request.total, request.vat) },
  };
  const after = await afterIssue(issued, deviceNow, power.struck, power.state.shift ? null : shift.number);
  return { document, ...after };
}
