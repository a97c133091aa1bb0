/** X report (current totals, informational) and Z report (closes the shift: a numbered, signed, chained document). */
import { checkInstant } from "./checks";
import { FiscalError } from "./errors";
import { afterIssue, powerLoss } from "./fault-steps";
import { issueDocument } from "./issue";
import { unsentCount } from "./operator";
import type { ZReportPayload } from "./payload";
import { documentTitle } from "./profile";
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
  checkInstant(now, "now");
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
    issuedAt: now,
    shift: shift.number,
    prevHash: s.lastHash,
    openedAt: shift.openedAt,
    totals: shift.totals,
    grandTotal: s.counters.grandTotal,
  };
  const document = await issueDocument(payload, sign);
  const closed: FullDeviceState = { ...s, lastNumber: payload.number, lastHash: document.hash, shift: null };
  const after = await afterIssue(closed, now, power.struck, null);
  const report: ZReport = {
    number: document.number,
    numberText: document.numberText,
    shift: shift.number,
    openedAt: shift.openedAt,
    closedAt: now,
    totals: shift.totals,
    grandTotal: s.counters.grandTotal,
  };
  return { document, report, ...after };
}
