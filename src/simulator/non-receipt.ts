/**
 * SE, NO: provisional (pro forma, "foreløpig") and training-mode receipts. Neither is a receipt for
 * a purchase: not numbered, not signed, not in the sales totals; the device counts each kind with
 * its amount for the shift's Z report.
 */
import { checkInstant } from "./checks";
import { FiscalError, FiscalInputError } from "./errors";
import { NO_EFFECTS } from "./fault-steps";
import { hitFault } from "./faults";
import { PROFILES } from "./profile";
import { shiftBlock, startShift } from "./shift";
import { restoreState } from "./state";
import type { DeviceState, Effects, FullDeviceState, NonReceiptKind, NonReceiptRecord } from "./types";

export async function countNonReceipt(
  stored: DeviceState,
  kind: NonReceiptKind,
  receiptId: string,
  amount: number,
  now: string,
): Promise<{ record: NonReceiptRecord; state: FullDeviceState; effects: Effects }> {
  const base = restoreState(stored);
  const nowMs = checkInstant(now, "now");
  if (!PROFILES[base.country].nonReceipts.includes(kind)) throw new FiscalInputError(`a ${kind} receipt is not offered in ${base.country}`);
  if (!Number.isSafeInteger(amount) || amount < 0) throw new FiscalInputError("amount must be a non-negative integer in minor units");
  const expired = shiftBlock(base, nowMs);
  if (expired) throw new FiscalError("shift_expired", expired);
  // Both are printed: the paper must be there.
  const paper = hitFault(base, "paper_out");
  if (paper.fault) throw new FiscalError("paper_out", "The printer is out of paper: nothing was printed. Load paper and retry.", paper.state);
  const slow = hitFault(base, "slow");
  const { state: open, shift } = slow.state.shift ? { state: slow.state, shift: slow.state.shift } : startShift(slow.state, now);
  const before = shift.totals[kind] ?? { count: 0, total: 0 };
  const tally = { count: before.count + 1, total: before.total + amount };
  const record: NonReceiptRecord = { kind, deviceId: open.deviceId, serial: open.serial, count: tally.count, shift: shift.number, amount, receiptId, issuedAt: now };
  const state: FullDeviceState = { ...open, shift: { ...shift, totals: { ...shift.totals, [kind]: tally } } };
  return { record, state, effects: { ...NO_EFFECTS, delayMs: slow.fault?.ms ?? 0 } };
}
