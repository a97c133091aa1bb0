/** What a till or developer sees of a device: counters, shift, operator queue, faults, and whether it can sell. */
import { checkInstant } from "./checks";
import type { FiscalErrorCode } from "./errors";
import { offlineBlock, unsentCount } from "./operator";
import { PROFILES, type OfflineLimit } from "./profile";
import { shiftBlock, shiftExpiresAt } from "./shift";
import { restoreState } from "./state";
import { receiptsIn } from "./totals";
import type { ArmedFault, DeviceState, FiscalCountry, GrandTotal, ShiftTotals } from "./types";

export interface DeviceStatus {
  deviceId: string;
  country: FiscalCountry;
  serial: string;
  keyId: string;
  lastNumber: number;
  lastHash: string;
  receipts: number;
  copies: number;
  /** Z reports issued so far (= the last closed shift's number). */
  zReports: number;
  grandTotal: GrandTotal;
  shift: { number: number; openedAt: string; expiresAt: string; receipts: number; totals: ShiftTotals } | null;
  operator: { online: boolean; acked: number; unsent: number; unsentSince: string | null; limit: OfflineLimit };
  faults: ArmedFault[];
  /** Why the next sale would be refused, if it would (faults aside). */
  blocked: { code: FiscalErrorCode; message: string } | null;
}

export function deviceStatus(stored: DeviceState, now: string): DeviceStatus {
  const state = restoreState(stored);
  const nowMs = checkInstant(now, "now");
  const { shift, counters, operator } = state;
  const expired = shiftBlock(state, nowMs);
  const offline = offlineBlock(state, nowMs);
  return {
    deviceId: state.deviceId,
    country: state.country,
    serial: state.serial,
    keyId: state.keyId,
    lastNumber: state.lastNumber,
    lastHash: state.lastHash,
    receipts: counters.receipts,
    copies: counters.copies,
    zReports: shift ? counters.shifts - 1 : counters.shifts,
    grandTotal: counters.grandTotal,
    shift: shift && {
      number: shift.number,
      openedAt: shift.openedAt,
      expiresAt: shiftExpiresAt(shift),
      receipts: receiptsIn(shift.totals),
      totals: shift.totals,
    },
    operator: {
      online: !state.faults.some((f) => f.fault === "operator_offline"),
      acked: operator.acked,
      unsent: unsentCount(state),
      unsentSince: operator.unsentSince,
      limit: PROFILES[state.country].offlineLimit,
    },
    faults: state.faults,
    blocked: expired ? { code: "shift_expired", message: expired } : offline ? { code: "offline_limit", message: offline } : null,
  };
}
