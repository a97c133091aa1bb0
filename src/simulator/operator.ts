/**
 * The simulated fiscal data operator: receives each device's documents in order and acknowledges
 * each. While `operator_offline` is armed, documents queue in the device and go out, in order, at
 * the first contact after it clears.
 */
import { checkInstant } from "./checks";
import { sha256Hex } from "./digest";
import { hitFault } from "./faults";
import { PROFILES } from "./profile";
import { restoreState } from "./state";
import { DAY_MS, HOUR_MS, instantMs } from "./time";
import type { DeviceState, FullDeviceState, OperatorAck } from "./types";

export function unsentCount(state: FullDeviceState): number {
  return state.lastNumber - state.operator.acked;
}

/** Why the profile's offline limit stops receipts now, as a message for the till; null if it does not. */
export function offlineBlock(state: FullDeviceState, nowMs: number): string | null {
  const { maxAgeMs, maxUnsent } = PROFILES[state.country].offlineLimit;
  const unsent = unsentCount(state);
  const since = state.operator.unsentSince;
  const sinceMs = since === null ? null : instantMs(since);
  const tooOld = maxAgeMs !== null && sinceMs !== null && nowMs - sinceMs > maxAgeMs;
  const tooMany = maxUnsent !== null && unsent >= maxUnsent;
  if (!tooOld && !tooMany) return null;
  const limit =
    maxAgeMs === null ? `${maxUnsent ?? 0} documents` : maxAgeMs % DAY_MS === 0 ? `${maxAgeMs / DAY_MS} days` : `${maxAgeMs / HOUR_MS} hours`;
  return (
    `${unsent} documents have not reached the fiscal data operator since ${since ?? "?"} (limit ${limit}): ` +
    "sales are blocked. Restore the operator connection (clear the operator_offline fault) and transmit the queue, then sell again."
  );
}

async function ack(deviceId: string, number: number, ackedAt: string): Promise<OperatorAck> {
  const ackId = (await sha256Hex(`ofd-ack/${deviceId}/${number}/${ackedAt}`)).slice(0, 20);
  return { deviceId, number, ackId, ackedAt };
}

/** One contact with the operator at device time `now`: everything unsent goes out in order, or stays queued while offline. */
export async function contactOperator(state: FullDeviceState, now: string): Promise<{ state: FullDeviceState; acks: OperatorAck[] }> {
  const offline = hitFault(state, "operator_offline");
  if (offline.fault) {
    const s = offline.state;
    const queued = unsentCount(s) > 0;
    return { state: { ...s, operator: { acked: s.operator.acked, unsentSince: queued ? (s.operator.unsentSince ?? now) : null } }, acks: [] };
  }
  const acks: OperatorAck[] = [];
  for (let n = state.operator.acked + 1; n <= state.lastNumber; n++) acks.push(await ack(state.deviceId, n, now));
  return { state: { ...state, operator: { acked: state.lastNumber, unsentSince: null } }, acks };
}

/** Sends the queue now (e.g. after clearing operator_offline); acks are in document order. */
export async function transmit(stored: DeviceState, now: string): Promise<{ acks: OperatorAck[]; state: FullDeviceState }> {
  const state = restoreState(stored);
  checkInstant(now, "now");
  return contactOperator(state, now);
}

/** Queues a document without contacting the operator (the power went before it could be sent). */
export function queueUnsent(state: FullDeviceState, now: string): FullDeviceState {
  return { ...state, operator: { acked: state.operator.acked, unsentSince: state.operator.unsentSince ?? now } };
}
