/** Sandbox faults, armed as data in the device state so they survive restarts and replay deterministically. */
import { FiscalInputError } from "./errors";
import { restoreState } from "./state";
import { DAY_MS } from "./time";
import type { ArmedFault, DeviceState, FaultKind, FullDeviceState } from "./types";

export interface FaultSpec {
  fault: FaultKind;
  /** Operations it hits; absent = until cleared. */
  count?: number;
  /** slow: latency (0..600000, default 1000); clock_skew: device clock offset (non-zero, default 3600000). */
  ms?: number;
  /** 0..2^32-1, default 0: picks power_loss outcomes. */
  seed?: number;
}

const KINDS: readonly FaultKind[] = ["operator_offline", "paper_out", "power_loss", "reply_lost", "slow", "clock_skew"];
const MAX_SLOW_MS = 600_000;
const MAX_SKEW_MS = 366 * DAY_MS;

function fail(message: string): never {
  throw new FiscalInputError(message);
}

function faultMs(spec: FaultSpec): number | null {
  const { fault, ms } = spec;
  if (fault === "slow") {
    const v = ms ?? 1000;
    return Number.isSafeInteger(v) && v >= 0 && v <= MAX_SLOW_MS ? v : fail(`slow: ms must be an integer from 0 to ${MAX_SLOW_MS}`);
  }
  if (fault === "clock_skew") {
    const v = ms ?? 3_600_000;
    return Number.isSafeInteger(v) && v !== 0 && Math.abs(v) <= MAX_SKEW_MS ? v : fail("clock_skew: ms must be a non-zero integer within a year");
  }
  return ms === undefined ? null : fail(`${fault}: ms applies only to slow and clock_skew`);
}

/** Arms one fault (replacing one of the same kind). */
export function armFault(stored: DeviceState, spec: FaultSpec): FullDeviceState {
  const state = restoreState(stored);
  if (!KINDS.includes(spec.fault)) fail(`unknown fault ${String(spec.fault)}; use one of ${KINDS.join(", ")}`);
  const { count, seed = 0 } = spec;
  if (count !== undefined && !(Number.isSafeInteger(count) && count > 0)) fail("count must be a positive integer");
  if (!(Number.isSafeInteger(seed) && seed >= 0 && seed <= 0xffffffff)) fail("seed must be an integer from 0 to 4294967295");
  const armed: ArmedFault = { fault: spec.fault, remaining: count ?? null, ms: faultMs(spec), seed, hits: 0 };
  return { ...state, faults: [...state.faults.filter((f) => f.fault !== spec.fault), armed] };
}

/** Clears every fault, or one kind. Documents queued while offline stay queued until the next transmission. */
export function clearFaults(stored: DeviceState, fault?: FaultKind): FullDeviceState {
  const state = restoreState(stored);
  return { ...state, faults: fault === undefined ? [] : state.faults.filter((f) => f.fault !== fault) };
}

/**
 * Lets an armed fault hit this operation: returns it as it stood (its `hits` numbers this hit)
 * and the state with one use counted, the fault dropped when its count runs out.
 */
export function hitFault(state: FullDeviceState, kind: FaultKind): { fault: ArmedFault | null; state: FullDeviceState } {
  const fault = state.faults.find((f) => f.fault === kind);
  if (!fault) return { fault: null, state };
  const remaining = fault.remaining === null ? null : fault.remaining - 1;
  const faults = state.faults.flatMap((f) => (f !== fault ? [f] : remaining === 0 ? [] : [{ ...f, remaining, hits: f.hits + 1 }]));
  return { fault, state: { ...state, faults } };
}
