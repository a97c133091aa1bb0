/** X report (current totals, informational) and Z report (closes the shift: a numbered, signed, chained document). */
import { checkInstant } from "./checks";
import { FiscalError } from "./errors";
import { afterIssue, powerLoss } from "./fault-steps";
import { issueDocument } from "./issue";
import { unsentCount } from "./operator";
import { documentTitle } from "./profile";
import { unsentCounters } from "./shift";
import { instantMs } from "./time";
import { localIso } from "./zone";
import type { UnsentCounters, ZReportPayload } from "./payload";
import { emptyTotals, restoreState } from "./state";
import type { DeviceState, Effects, FiscalDocument, FullDeviceState, GrandTotal, ShiftTotals, Signer } from "./types";

export interface ZReport {
  /** The Z report's device document number and printed number ("Z0001"). */
  number: number;
  numberText: string;
  /** The shift closed; Z reports are numbered by it, gap-free. */
  shift: number;
  openedAt: string;
  closedAt: string;
  totals: ShiftTotals;
  /** Perpetual, after this shift. */
  grandTotal: GrandTotal;
  /** Documents the operator had not acknowledged at closing (RU FFD counters), and the oldest one's time. */
  unsent: UnsentCounters;
  /** RU: the fiscal drive's validity end; null elsewhere. */
  validUntil: string | null;
}

export interface XReport {
  kind: "x_report";
  deviceId: string;
  serial: string;
  at: string;
  /** null when no shift is open (totals are then zero). */
  shift: number | null;
  openedAt: string | null;
  totals: ShiftTotals;
  grandTotal: GrandTotal;
  lastNumber: number;
  unsent: number;
}

/** Current totals without closing anything; not a fiscal document, changes nothing. */
export function xReport(stored: DeviceState, now: string): XReport {
  const state = restoreState(stored);
  checkInstant(now, "now");
  const { shift } = state;
  return {
    kind: "x_report",
    deviceId: state.deviceId,
    serial: state.serial,
    at: now,
    shift: shift?.number ?? null,
    openedAt: shift?.openedAt ?? null,
    totals: shift?.totals ?? emptyTotals(),
    grandTotal: state.counters.grandTotal,
    lastNumber: state.lastNumber,
    unsent: unsentCount(state),
  };
}

/**
 * Closes the open shift with a Z report: totals per VAT rate, sales and returns, copies and the
 * perpetual grand total, signed and chained like every document. Works when the shift has
 * expired or the offline limit is reached: closing is how a till gets out of those.
 */
export async function closeShift(
  stored: DeviceState,
  now: string,
  sign: Signer,
): Promise<{ document: FiscalDocument; report: ZReport; state: FullDeviceState; effects: Effects }> {
  const base = restoreState(stored);
  const nowMs = checkInstant(now, "now");
  const { shift } = base;
  if (!shift) throw new FiscalError("no_open_shift", "No shift is open, so there is nothing to close. The next receipt opens a shift by itself.");
  const power = powerLoss(base);
  const s = power.state;
  const payload: ZReportPayload = {
    v: 2,
    country: s.country,
    device: s.deviceId,
    serial: s.serial,
    kid: s.keyId,
    number: s.lastNumber + 1,
    kind: "z_report",
    title: documentTitle(s.country, "z_report", false),
    issuedAt: localIso(s.country, nowMs),
    shift: shift.number,
    prevHash: s.lastHash,
    openedAt: localIso(s.country, instantMs(shift.openedAt) ?? nowMs),
    totals: shift.totals,
    grandTotal: s.counters.grandTotal,
    unsent: unsentCounters(s),
    ...(s.country === "RU" && { validUntil: s.registration.validUntil }),
  };
  const document = await issueDocument(payload, sign);
  const closed: FullDeviceState = { ...s, lastNumber: payload.number, lastHash: document.hash, shift: null };
  const after = await afterIssue(closed, now, power.struck, null);
  const report: ZReport = {
    number: document.number,
    numberText: document.numberText,
    shift: shift.number,
    openedAt: payload.openedAt,
    closedAt: payload.issuedAt,
    totals: shift.totals,
    grandTotal: s.counters.grandTotal,
    unsent: payload.unsent ?? { count: 0, since: null },
    validUntil: payload.validUntil ?? null,
  };
  return { document, report, ...after };
}
