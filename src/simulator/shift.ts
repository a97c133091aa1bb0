/** Shifts: opened explicitly or by the first receipt, closed only by a Z report, never longer than 24 hours. */
import { checkInstant } from "./checks";
import { FiscalError } from "./errors";
import { afterIssue, NO_EFFECTS, powerLoss } from "./fault-steps";
import { issueDocument } from "./issue";
import { unsentCount } from "./operator";
import type { ShiftOpenPayload, UnsentCounters } from "./payload";
import { documentTitle, PROFILES, SHIFT_MAX_MS } from "./profile";
import { emptyTotals, restoreState } from "./state";
import { instantMs, isoFromMs } from "./time";
import type { DeviceState, Effects, FiscalDocument, FullDeviceState, OpenShift, Signer } from "./types";
import { localIso } from "./zone";

export function startShift(state: FullDeviceState, now: string): { state: FullDeviceState; shift: OpenShift } {
  const shift: OpenShift = { number: state.counters.shifts + 1, openedAt: now, totals: emptyTotals() };
  return { shift, state: { ...state, counters: { ...state.counters, shifts: shift.number }, shift } };
}

/** Opens the next shift. Receipts open one by themselves when none is open; this is for tills that open it at the start of the day. */
export function openShift(stored: DeviceState, now: string): { state: FullDeviceState; shift: OpenShift } {
  const state = restoreState(stored);
  checkInstant(now, "now");
  if (state.shift) {
    const { number, openedAt } = state.shift;
    throw new FiscalError("shift_open", `Shift ${number} has been open since ${openedAt}. Close it with a Z report before opening another.`);
  }
  return startShift(state, now);
}

export function unsentCounters(state: FullDeviceState): UnsentCounters {
  const since = state.operator.unsentSince;
  const sinceMs = since === null ? null : instantMs(since);
  return { count: unsentCount(state), since: sinceMs === null ? null : localIso(state.country, sinceMs) };
}

/**
 * RU: the shift-opening report for the shift just started in `state`, numbered and chained like
 * every document. `issuedAt` is local time with its offset.
 */
export async function shiftOpenDocument(
  state: FullDeviceState,
  issuedAt: string,
  cashier: string,
  sign: Signer,
): Promise<{ document: FiscalDocument; state: FullDeviceState }> {
  const shift = state.shift;
  if (!shift) throw new RangeError("shiftOpenDocument needs the shift just opened");
  const payload: ShiftOpenPayload = {
    v: 2,
    country: state.country,
    device: state.deviceId,
    serial: state.serial,
    kid: state.keyId,
    number: state.lastNumber + 1,
    kind: "shift_open",
    title: documentTitle(state.country, "shift_open", false),
    issuedAt,
    shift: shift.number,
    prevHash: state.lastHash,
    cashier,
    validUntil: state.registration.validUntil,
    unsent: unsentCounters(state),
  };
  const document = await issueDocument(payload, sign);
  return { document, state: { ...state, lastNumber: payload.number, lastHash: document.hash } };
}

/**
 * Opens the next shift; on RU devices with the shift-opening report, a fiscal document the host
 * persists with the state (document is null elsewhere). Refused while a shift is open.
 */
export async function openShiftReport(
  stored: DeviceState,
  now: string,
  sign: Signer,
  cashier?: string,
): Promise<{ state: FullDeviceState; shift: OpenShift; document: FiscalDocument | null; effects: Effects }> {
  const checked = openShift(stored, now);
  if (!PROFILES[checked.state.country].shiftDocuments) {
    return { ...checked, document: null, effects: { ...NO_EFFECTS, shiftOpened: checked.shift.number } };
  }
  // A power loss before the report is complete leaves the shift closed.
  const power = powerLoss(restoreState(stored));
  const opened = startShift(power.state, now);
  const local = localIso(opened.state.country, checkInstant(now, "now"));
  const name = cashier?.trim() || opened.state.registration.cashier;
  const { document, state } = await shiftOpenDocument(opened.state, local, name, sign);
  const after = await afterIssue(state, now, power.struck, opened.shift.number);
  return { shift: opened.shift, document, ...after };
}

export function shiftExpiresAt(shift: OpenShift): string {
  return isoFromMs((instantMs(shift.openedAt) ?? 0) + SHIFT_MAX_MS);
}

/** Why an open shift stops receipts at device time nowMs (it is over 24 hours old); null if it does not. */
export function shiftBlock(state: FullDeviceState, nowMs: number): string | null {
  const { shift } = state;
  if (!shift || nowMs - (instantMs(shift.openedAt) ?? nowMs) <= SHIFT_MAX_MS) return null;
  return (
    `Shift ${shift.number} was opened at ${shift.openedAt}, more than 24 hours ago: receipts are blocked. ` +
    "Close the shift (Z report), then sell again; the next receipt opens a new shift."
  );
}
