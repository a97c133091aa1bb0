/** A new simulated fiscal device's row: its serial from seed bytes, its key id from FISCAL_KEY_SECRET. */
import type { CountryCode } from "../../core/profiles";
import type { devices } from "../../db/schema";
import { demoRegistration, deviceSerial, initialDeviceState, SERIAL_SEED_BYTES, ZERO_HASH, type DeviceRegistration as Registration } from "../../simulator";
import { deviceKey } from "./device-keys";

export { SERIAL_SEED_BYTES };

export interface DeviceRegistration {
  id: string;
  merchantId: string;
  country: CountryCode;
  /** SERIAL_SEED_BYTES bytes: random for a new device, derived from the id for the demo ones. */
  serialSeed: Uint8Array;
  fiscalKeySecret: string;
  createdAt: string;
  /** What the device is registered with (cashier, taxation system, place); the rest is derived from its serial. */
  registration?: Partial<Registration> | undefined;
}

export async function newDeviceRow(registration: DeviceRegistration): Promise<typeof devices.$inferInsert> {
  const { kid } = await deviceKey(registration.fiscalKeySecret, registration.id);
  const serial = deviceSerial(registration.country, registration.serialSeed);
  const state = initialDeviceState(registration.id, registration.country, serial, kid, { ...demoRegistration(registration.country, serial), ...registration.registration });
  return {
    id: registration.id,
    merchantId: registration.merchantId,
    country: registration.country,
    serial,
    keyId: kid,
    lastNumber: 0,
    lastHash: ZERO_HASH,
    state: state as unknown as Record<string, unknown>,
    createdAt: registration.createdAt,
  };
}
