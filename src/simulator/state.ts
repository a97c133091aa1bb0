/** Device state: a fresh device, and reading a stored one (older stored states lack the newer parts). */
import { checkState, ZERO_HASH } from "./checks";
import { checkRegistration, demoRegistration } from "./registration";
import type { DeviceRegistration, DeviceState, FiscalCountry, FullDeviceState, ShiftTotals } from "./types";

export function emptyTotals(): ShiftTotals {
  return { sales: { count: 0, total: 0 }, returns: { count: 0, total: 0 }, vat: [], copies: 0, copyTotal: 0, discounts: { count: 0, total: 0 }, payments: [] };
}

/** A new device; without `registration` it is registered with demo values derived from its serial. */
export function initialDeviceState(deviceId: string, country: FiscalCountry, serial: string, keyId: string, registration?: DeviceRegistration): FullDeviceState {
  return restoreState({ deviceId, country, serial, lastNumber: 0, lastHash: ZERO_HASH, keyId, ...(registration && { registration }) });
}

/**
 * Fills what an older stored state lacks: no shift, no faults, and everything issued so far
 * counted as receipts (those devices issued nothing else) and as acknowledged (they had no
 * operator queue). Checks the state.
 */
export function restoreState(state: DeviceState): FullDeviceState {
  const full: FullDeviceState = {
    deviceId: state.deviceId,
    country: state.country,
    serial: state.serial,
    lastNumber: state.lastNumber,
    lastHash: state.lastHash,
    keyId: state.keyId,
    registration: state.registration ?? demoRegistration(state.country, state.serial),
    counters: state.counters ?? { receipts: state.lastNumber, shifts: 0, copies: 0, grandTotal: { sales: 0, returns: 0 }, day: null },
    shift: state.shift ?? null,
    operator: state.operator ?? { acked: state.lastNumber, unsentSince: null },
    faults: state.faults ?? [],
  };
  checkState(full);
  checkRegistration(full.country, full.registration);
  return full;
}
