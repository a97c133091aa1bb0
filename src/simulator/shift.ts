/** Shifts: opened explicitly or by the first receipt, closed only by a Z report, never longer than 24 hours. */
import { checkInstant } from "./checks";
import { FiscalError } from "./errors";
import { SHIFT_MAX_MS } from "./profile";
import { emptyTotals, restoreState } from "./state";
import { instantMs, isoFromMs } from "./time";
import type { DeviceState, FullDeviceState, OpenShift } from "./types";

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
