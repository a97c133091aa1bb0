/** Demo merchants for local development (API.md "Auth"); inserting twice changes nothing. */
import { PROFILES, type CountryCode } from "../../core/profiles";
import { inArray } from "drizzle-orm";
import type { Database } from "../../db/database";
import { apiKeys, devices, merchants, stores, terminals } from "../../db/schema";
import type { DeviceRegistration } from "../../simulator";
import { apiKeyRow } from "./api-keys";
import { newDevice, newDeviceInserts, SERIAL_SEED_BYTES } from "./device-registration";

interface DemoMerchant {
  country: CountryCode;
  name: string;
  address: string;
  taxId: string;
  store: string;
  /** What the demo device is registered with, besides the numbers derived from its serial. */
  registration: Partial<DeviceRegistration>;
}

export const DEMO_MERCHANTS: readonly DemoMerchant[] = [
  { country: "PL", name: "Sklep Żabka Demo Sp. z o.o.", address: "ul. Świętokrzyska 12, 00-916 Warszawa", taxId: "525-000-00-00", store: "Sklep nr 1", registration: { cashier: "Anna Kowalska" } },
  { country: "SE", name: "Kvitto Demo AB", address: "Drottninggatan 5, 111 51 Stockholm", taxId: "556000-0000", store: "Butik Centrum", registration: { cashier: "Erik Svensson" } },
  { country: "NO", name: "Kvittering Demo AS", address: "Karl Johans gate 1, 0154 Oslo", taxId: "999 999 999 MVA", store: "Butikk Sentrum", registration: { cashier: "Kari Nordmann" } },
  { country: "RU", name: "ООО «Демо Ритейл»", address: "г. Москва, ул. Тверская, д. 1", taxId: "7700000000", store: "Магазин №1", registration: { cashier: "Иванова А. А.", taxSystem: "osn", place: "Магазин №1, г. Москва, ул. Тверская, д. 1" } },
];

/** API keys: `demo-terminal-key` for PL (or DEMO_TERMINAL_KEY), `...-se`, `...-no`, `...-ru` for the others. */
export const demoApiKey = (country: CountryCode, plKey: string) => (country === "PL" ? plKey : `demo-terminal-key-${country.toLowerCase()}`);

export async function seedDemo(database: Database, options: { plApiKey: string; fiscalKeySecret: string; now: Date }): Promise<void> {
  const { db } = database;
  const createdAt = options.now.toISOString();
  // A demo device seeded before keeps its state and documents; a new one (RU) comes with its registration report.
  const deviceIds = DEMO_MERCHANTS.map((demo) => `dev_demo_${demo.country.toLowerCase()}`);
  const known = new Set((await db.select({ id: devices.id }).from(devices).where(inArray(devices.id, deviceIds)).all()).map((row) => row.id));
  for (const demo of DEMO_MERCHANTS) {
    const tag = demo.country.toLowerCase();
    const merchantId = `mer_demo_${tag}`;
    const deviceId = `dev_demo_${tag}`;
    // Serials come from the device id so every seeding of the same demo gives the same device.
    const serialSeed = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(deviceId))).slice(0, SERIAL_SEED_BYTES);
    const terminalId = `trm_demo_${tag}`;
    const device = known.has(deviceId) ? [] : newDeviceInserts(db, await newDevice({ id: deviceId, merchantId, country: demo.country, serialSeed, fiscalKeySecret: options.fiscalKeySecret, createdAt, registration: demo.registration }), true);
    await database.batch([
      db.insert(merchants).values({ id: merchantId, name: demo.name, country: demo.country, currency: PROFILES[demo.country].currency, address: demo.address, taxId: demo.taxId, createdAt }).onConflictDoNothing(),
      db.insert(stores).values({ id: `sto_demo_${tag}`, merchantId, name: demo.store, address: demo.address }).onConflictDoNothing(),
      ...device,
      db.insert(terminals).values({ id: terminalId, merchantId, storeId: `sto_demo_${tag}`, deviceId, name: "Kasa 1" }).onConflictDoNothing(),
      // Demo keys are test keys: the sandbox (faults) is theirs.
      db
        .insert(apiKeys)
        .values(await apiKeyRow(demoApiKey(demo.country, options.plApiKey), { id: `key_${terminalId}`, merchantId, terminalId, mode: "test", createdAt }))
        .onConflictDoNothing(),
    ]);
  }
}
