/** A new simulated fiscal device's row: its serial from seed bytes, its key id from FISCAL_KEY_SECRET. */
import type { CountryCode } from "../../core/profiles";
import type { devices } from "../../db/schema";
import { deviceSerial, SERIAL_SEED_BYTES, ZERO_HASH } from "../../simulator";
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
}

export async function newDeviceRow(registration: DeviceRegistration): Promise<typeof devices.$inferInsert> {
  const { kid } = await deviceKey(registration.fiscalKeySecret, registration.id);
  return {
    id: registration.id,
    merchantId: registration.merchantId,
    country: registration.country,
    serial: deviceSerial(registration.country, registration.serialSeed),
    keyId: kid,
    lastNumber: 0,
    lastHash: ZERO_HASH,
    createdAt: registration.createdAt,
  };
}
