/** Onboarding: merchants and their settings, stores, fiscal devices and terminals (docs/admin.md). */
import { and, desc, eq, lt, or } from "drizzle-orm";
import { DomainError, invalid, notFound } from "../../core/errors";
import { PROFILES, type CountryCode } from "../../core/profiles";
import { taxIdProblem } from "../../core/tax-id";
import { decodeCursor, pageFrom } from "../../db/cursor";
import type { Db } from "../../db/database";
import { devices, merchants, stores, terminals } from "../../db/schema";
import { newId } from "../ids";
import type { Ports } from "../ports";
import { newDevice, newDeviceInserts, SERIAL_SEED_BYTES } from "./device-registration";

export type MerchantRow = typeof merchants.$inferSelect;
export type StoreRow = typeof stores.$inferSelect;
export type DeviceRow = typeof devices.$inferSelect;
export type TerminalRow = typeof terminals.$inferSelect;

export interface MerchantInput {
  legal_name: string;
  tax_id: string;
  country: CountryCode;
  currency?: string | undefined;
  address: string;
  time_zone?: string | undefined;
}

export interface SettingsPatch {
  e_receipts?: boolean | undefined;
  display_qr?: boolean | undefined;
  email_mode?: "pdf" | "link" | undefined;
  receipt_sender?: "service" | "operator" | undefined;
  retention_days?: number | null | undefined;
  sms_sender?: string | null | undefined;
  email_sender_name?: string | null | undefined;
  email_from?: string | null | undefined;
  operator_offline_paper?: boolean | undefined;
}

function checkTaxId(country: CountryCode, taxId: string): void {
  const problem = taxIdProblem(country, taxId);
  if (problem) throw invalid("tax_id", problem);
}

function checkTimeZone(zone: string): void {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    throw invalid("time_zone", "is not an IANA time zone (e.g. Europe/Warsaw)");
  }
}

export const merchantJson = (m: MerchantRow) => ({
  id: m.id,
  legal_name: m.name,
  tax_id: m.taxId,
  country: m.country as CountryCode,
  currency: m.currency,
  address: m.address,
  time_zone: m.timeZone ?? PROFILES[m.country as CountryCode].timeZone,
  created_at: m.createdAt,
});

export const settingsJson = (m: MerchantRow) => ({
  e_receipts: m.eReceipts,
  display_qr: m.displayQr,
  email_mode: m.emailMode,
  receipt_sender: m.receiptSender,
  retention_days: m.retentionDays,
  sms_sender: m.smsSender,
  email_sender_name: m.emailSenderName,
  email_from: m.emailFrom,
  operator_offline_paper: m.operatorOfflinePaper,
});

export const storeJson = (s: StoreRow) => ({ id: s.id, merchant_id: s.merchantId, name: s.name, address: s.address });
export const deviceJson = (d: DeviceRow) => ({ id: d.id, merchant_id: d.merchantId, profile: d.country, serial: d.serial, key_id: d.keyId, created_at: d.createdAt });
export const terminalJson = (t: TerminalRow) => ({ id: t.id, merchant_id: t.merchantId, store_id: t.storeId, device_id: t.deviceId, name: t.name });

export async function createMerchant(ports: Ports, input: MerchantInput): Promise<MerchantRow> {
  const profile = PROFILES[input.country];
  if (input.currency !== undefined && input.currency !== profile.currency) {
    throw invalid("currency", `receipts in ${input.country} are in ${profile.currency}`);
  }
  checkTaxId(input.country, input.tax_id);
  if (input.time_zone !== undefined) checkTimeZone(input.time_zone);
  const row = {
    id: newId(ports.random, "mer"),
    name: input.legal_name,
    taxId: input.tax_id,
    country: input.country,
    currency: profile.currency,
    address: input.address,
    timeZone: input.time_zone ?? null,
    createdAt: ports.clock().toISOString(),
  };
  await ports.database.db.insert(merchants).values(row);
  return getMerchant(ports.database.db, row.id);
}

export async function getMerchant(db: Db, id: string): Promise<MerchantRow> {
  const row = await db.select().from(merchants).where(eq(merchants.id, id)).get();
  if (!row) throw notFound("Merchant");
  return row;
}

export async function listMerchants(db: Db, limit: number, cursorText: string | undefined) {
  const cursor = decodeCursor(cursorText);
  const rows = await db
    .select()
    .from(merchants)
    .where(cursor ? or(lt(merchants.createdAt, cursor.at), and(eq(merchants.createdAt, cursor.at), lt(merchants.id, cursor.id))) : undefined)
    .orderBy(desc(merchants.createdAt), desc(merchants.id))
    .limit(limit + 1)
    .all();
  return pageFrom(rows, limit, (m) => ({ at: m.createdAt, id: m.id }));
}

export async function updateMerchant(db: Db, id: string, patch: Partial<Omit<MerchantInput, "country" | "currency">>): Promise<MerchantRow> {
  const current = await getMerchant(db, id);
  if (patch.tax_id !== undefined) checkTaxId(current.country as CountryCode, patch.tax_id);
  if (patch.time_zone !== undefined) checkTimeZone(patch.time_zone);
  const set = {
    ...(patch.legal_name !== undefined && { name: patch.legal_name }),
    ...(patch.tax_id !== undefined && { taxId: patch.tax_id }),
    ...(patch.address !== undefined && { address: patch.address }),
    ...(patch.time_zone !== undefined && { timeZone: patch.time_zone }),
  };
  if (Object.keys(set).length > 0) await db.update(merchants).set(set).where(eq(merchants.id, id));
  return getMerchant(db, id);
}

export async function updateSettings(db: Db, id: string, patch: SettingsPatch): Promise<MerchantRow> {
  await getMerchant(db, id);
  const set = {
    ...(patch.e_receipts !== undefined && { eReceipts: patch.e_receipts }),
    ...(patch.display_qr !== undefined && { displayQr: patch.display_qr }),
    ...(patch.email_mode !== undefined && { emailMode: patch.email_mode }),
    ...(patch.receipt_sender !== undefined && { receiptSender: patch.receipt_sender }),
    ...(patch.retention_days !== undefined && { retentionDays: patch.retention_days }),
    ...(patch.sms_sender !== undefined && { smsSender: patch.sms_sender }),
    ...(patch.email_sender_name !== undefined && { emailSenderName: patch.email_sender_name }),
    ...(patch.email_from !== undefined && { emailFrom: patch.email_from }),
    ...(patch.operator_offline_paper !== undefined && { operatorOfflinePaper: patch.operator_offline_paper }),
  };
  if (Object.keys(set).length > 0) await db.update(merchants).set(set).where(eq(merchants.id, id));
  return getMerchant(db, id);
}

export async function createStore(ports: Ports, merchantId: string, input: { name: string; address: string }): Promise<StoreRow> {
  await getMerchant(ports.database.db, merchantId);
  const row = { id: newId(ports.random, "sto"), merchantId, name: input.name, address: input.address };
  await ports.database.db.insert(stores).values(row);
  return row;
}

export async function getStore(db: Db, merchantId: string, id: string): Promise<StoreRow> {
  const row = await db.select().from(stores).where(and(eq(stores.id, id), eq(stores.merchantId, merchantId))).get();
  if (!row) throw notFound("Store");
  return row;
}

export const listStores = (db: Db, merchantId: string) => db.select().from(stores).where(eq(stores.merchantId, merchantId)).orderBy(stores.id).all();

export async function updateStore(db: Db, merchantId: string, id: string, patch: { name?: string | undefined; address?: string | undefined }): Promise<StoreRow> {
  await getStore(db, merchantId, id);
  const set = { ...(patch.name !== undefined && { name: patch.name }), ...(patch.address !== undefined && { address: patch.address }) };
  if (Object.keys(set).length > 0) await db.update(stores).set(set).where(eq(stores.id, id));
  return getStore(db, merchantId, id);
}

/** Registers a simulated fiscal device: a fresh serial, its signing key derived from FISCAL_KEY_SECRET. */
export async function createDevice(ports: Ports, merchantId: string, profile: CountryCode | undefined): Promise<DeviceRow> {
  const merchant = await getMerchant(ports.database.db, merchantId);
  if (profile !== undefined && profile !== merchant.country) {
    throw invalid("profile", `the merchant is in ${merchant.country}; its devices follow that country's fiscal rules`);
  }
  const device = await newDevice({
    id: newId(ports.random, "dev"),
    merchantId,
    country: merchant.country as CountryCode,
    serialSeed: ports.random(SERIAL_SEED_BYTES),
    fiscalKeySecret: ports.config.fiscalKeySecret,
    createdAt: ports.clock().toISOString(),
  });
  await ports.database.batch(newDeviceInserts(ports.database.db, device));
  return getDevice(ports.database.db, merchantId, device.row.id);
}

export async function getDevice(db: Db, merchantId: string, id: string): Promise<DeviceRow> {
  const row = await db.select().from(devices).where(and(eq(devices.id, id), eq(devices.merchantId, merchantId))).get();
  if (!row) throw notFound("Device");
  return row;
}

export const listDevices = (db: Db, merchantId: string) => db.select().from(devices).where(eq(devices.merchantId, merchantId)).orderBy(devices.createdAt, devices.id).all();

const refuseOther = (field: string, what: string) =>
  new DomainError("unprocessable", "validation", "Invalid request", `${field}: no ${what} with that id belongs to this merchant`, [{ field, message: `no ${what} with that id belongs to this merchant` }]);

async function checkOwned(db: Db, merchantId: string, input: { store_id?: string | undefined; device_id?: string | undefined }): Promise<void> {
  if (input.store_id !== undefined) await getStore(db, merchantId, input.store_id).catch(() => Promise.reject(refuseOther("store_id", "store")));
  if (input.device_id !== undefined) await getDevice(db, merchantId, input.device_id).catch(() => Promise.reject(refuseOther("device_id", "device")));
}

export async function createTerminal(ports: Ports, merchantId: string, input: { store_id: string; device_id: string; name: string }): Promise<TerminalRow> {
  const { db } = ports.database;
  await getMerchant(db, merchantId);
  await checkOwned(db, merchantId, input);
  const row = { id: newId(ports.random, "trm"), merchantId, storeId: input.store_id, deviceId: input.device_id, name: input.name };
  await db.insert(terminals).values(row);
  return row;
}

export async function getTerminal(db: Db, merchantId: string, id: string): Promise<TerminalRow> {
  const row = await db.select().from(terminals).where(and(eq(terminals.id, id), eq(terminals.merchantId, merchantId))).get();
  if (!row) throw notFound("Terminal");
  return row;
}

export const listTerminals = (db: Db, merchantId: string) => db.select().from(terminals).where(eq(terminals.merchantId, merchantId)).orderBy(terminals.id).all();

/** Tokens already given out keep naming the old store/device until they expire (TOKEN_TTL_SECONDS). */
export async function updateTerminal(
  db: Db,
  merchantId: string,
  id: string,
  patch: { store_id?: string | undefined; device_id?: string | undefined; name?: string | undefined },
): Promise<TerminalRow> {
  await getTerminal(db, merchantId, id);
  await checkOwned(db, merchantId, patch);
  const set = {
    ...(patch.store_id !== undefined && { storeId: patch.store_id }),
    ...(patch.device_id !== undefined && { deviceId: patch.device_id }),
    ...(patch.name !== undefined && { name: patch.name }),
  };
  if (Object.keys(set).length > 0) await db.update(terminals).set(set).where(eq(terminals.id, id));
  return getTerminal(db, merchantId, id);
}
