/**
 * A new simulated fiscal device: its serial from seed bytes, its key id from FISCAL_KEY_SECRET and,
 * RU, its registration report (the fiscal drive's document 1), issued as it is registered.
 */
import type { CountryCode } from "../../core/profiles";
import type { Db, Statement } from "../../db/database";
import { devices, fiscalDocuments } from "../../db/schema";
import {
  demoRegistration,
  deviceSerial,
  ed25519Signer,
  initialDeviceState,
  registrationReport,
  SERIAL_SEED_BYTES,
  type DeviceRegistration as Registration,
  type Effects,
  type FiscalDocument,
} from "../../simulator";
import { ackInserts, fiscalRowOf } from "./device";
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

export interface NewDevice {
  row: typeof devices.$inferInsert;
  /** RU: the registration report and what issuing it did (an operator acknowledgement). */
  registration: { document: FiscalDocument; effects: Effects } | null;
}

export async function newDevice(registration: DeviceRegistration): Promise<NewDevice> {
  const key = await deviceKey(registration.fiscalKeySecret, registration.id);
  const serial = deviceSerial(registration.country, registration.serialSeed);
  const initial = initialDeviceState(registration.id, registration.country, serial, key.kid, { ...demoRegistration(registration.country, serial), ...registration.registration });
  const report = registration.country === "RU" ? await registrationReport(initial, registration.createdAt, ed25519Signer(key.privateKey)) : null;
  const state = report?.state ?? initial;
  return {
    row: {
      id: registration.id,
      merchantId: registration.merchantId,
      country: registration.country,
      serial,
      keyId: key.kid,
      lastNumber: state.lastNumber,
      lastHash: state.lastHash,
      state: state as unknown as Record<string, unknown>,
      createdAt: registration.createdAt,
    },
    registration: report && { document: report.document, effects: report.effects },
  };
}

/**
 * The device's row and its registration report, to be written together. `seeding`: a demo device
 * another isolate seeded first wins, row and report alike (the same device number 1).
 */
export function newDeviceInserts(db: Db, device: NewDevice, seeding = false): [Statement, ...Statement[]] {
  const row = db.insert(devices).values(device.row);
  const report = device.registration && db.insert(fiscalDocuments).values(fiscalRowOf(device.registration.document));
  return [
    seeding ? row.onConflictDoNothing() : row,
    ...(report ? [seeding ? report.onConflictDoNothing() : report, ...ackInserts(db, device.registration!.effects)] : []),
  ];
}
