/**
 * The host side of a simulated fiscal device: its state is read from and committed to the
 * device's own store with every document, faults' side effects are carried out, and the device's
 * refusals become problems the till can act on.
 */
import { and, eq } from "drizzle-orm";
import { DomainError, notFound, type ProblemKind } from "../../core/errors";
import { toRaw, type Db, type RawStatement, type Statement } from "../../db/database";
import { devices, fiscalDocuments, operatorAcks } from "../../db/schema";
import {
  ed25519Signer,
  fiscalize,
  FiscalError,
  type FiscalResult,
  type SaleRequest,
  restoreState,
  type DeviceState,
  type Effects,
  type FiscalCountry,
  type FiscalDocument,
  type FiscalErrorCode,
  type FullDeviceState,
  type Signer,
} from "../../simulator";
import type { TerminalContext } from "../auth";
import { cachePerDatabase } from "../cache";
import type { Ports, SaleResult } from "../ports";
import { deviceKey } from "./device-keys";

export type DeviceRow = typeof devices.$inferSelect;

export interface LoadedDevice {
  row: DeviceRow;
  state: FullDeviceState;
  sign: Signer;
}

/** Device rows hardly change (id, merchant, serial): read once a minute per isolate, not per operation. */
const rows = cachePerDatabase<DeviceRow | null>(60_000);

export async function deviceRow(ports: Ports, deviceId: string): Promise<DeviceRow | null> {
  return rows(ports.database).get(deviceId, () => freshDeviceRow(ports, deviceId));
}

/** The row as it is now: where a device's state starts, it must not come from a cache. */
export async function freshDeviceRow(ports: Ports, deviceId: string): Promise<DeviceRow | null> {
  return (await ports.database.db.select().from(devices).where(eq(devices.id, deviceId)).get()) ?? null;
}

/** A device's state as its database row holds it: where a device starts before it has state of its own. */
export function stateFromRow(row: DeviceRow): DeviceState {
  const stored = (row.state as DeviceState | null) ?? { deviceId: row.id, country: row.country as FiscalCountry, serial: row.serial, lastNumber: row.lastNumber, lastHash: row.lastHash, keyId: row.keyId };
  return { ...stored, lastNumber: row.lastNumber, lastHash: row.lastHash };
}

/** Loads a device of this merchant, with its state and a signer for the current key. */
export async function loadDevice(ports: Ports, merchantId: string, deviceId: string): Promise<LoadedDevice> {
  const row = await deviceRow(ports, deviceId);
  if (!row || row.merchantId !== merchantId) throw notFound("Device");
  const stored = await ports.deviceStore.load(deviceId);
  if (!stored) throw notFound("Device");
  const key = await deviceKey(ports.config.fiscalKeySecret, row.id);
  // After a key rotation the device signs with the key of the current secret from its next document on.
  const state = restoreState({ ...stored, keyId: key.kid });
  return { row, state, sign: ed25519Signer(key.privateKey) };
}

/** Writes the next state, guarded by the number it was read at (a lost race aborts the transaction). */
export function saveDevice(db: Db, deviceId: string, previousNumber: number, next: FullDeviceState): Statement {
  return db
    .update(devices)
    .set({ state: next as unknown as Record<string, unknown>, lastNumber: next.lastNumber, lastHash: next.lastHash, keyId: next.keyId })
    .where(and(eq(devices.id, deviceId), eq(devices.lastNumber, previousNumber)));
}

export function documentInsert(db: Db, document: FiscalDocument): Statement {
  return db.insert(fiscalDocuments).values(fiscalRowOf(document));
}

export function ackInserts(db: Db, effects: Pick<Effects, "acks">): Statement[] {
  return effects.acks.map((ack) => db.insert(operatorAcks).values({ deviceId: ack.deviceId, number: ack.number, ackId: ack.ackId, ackedAt: ack.ackedAt }).onConflictDoNothing());
}

export const fiscalDocumentOf = (row: typeof fiscalDocuments.$inferSelect): FiscalDocument => ({
  deviceId: row.deviceId,
  serial: (JSON.parse(row.payload) as { serial: string }).serial,
  number: row.number,
  numberText: row.numberText,
  kind: row.kind,
  receiptId: row.receiptId ?? "",
  issuedAt: row.issuedAt,
  printed: row.printed,
  payload: row.payload,
  prevHash: row.prevHash,
  hash: row.hash,
  signature: row.signature,
  keyId: row.keyId,
  qrPayload: row.qrPayload,
  ...(row.jws && { jws: row.jws }),
});

const KIND: Record<FiscalErrorCode, ProblemKind> = {
  invalid_request: "unprocessable",
  return_exceeds_sale: "unprocessable",
  shift_open: "conflict",
  no_open_shift: "conflict",
  shift_expired: "conflict",
  offline_limit: "conflict",
  paper_out: "conflict",
  clock_skew: "conflict",
  power_loss: "unavailable",
};

/** The device's refusal as a problem for the till; the device's message says what to do. */
export function deviceProblem(error: FiscalError): DomainError {
  return new DomainError(KIND[error.code], `device-${error.code.replace(/_/g, "-")}`, `Fiscal device: ${error.code.replace(/_/g, " ")}`, error.message);
}

/**
 * Runs one device step. A refusal whose fault consumed a count still saves that state; the
 * refusal then reaches the till as a problem. Slow, lost-reply and power-loss effects are
 * carried out after the state is safely stored.
 */
export async function deviceStep<T extends { state: FullDeviceState; effects: Effects }>(
  ports: Ports,
  device: LoadedDevice,
  step: () => Promise<T>,
  persist: (result: T) => Statement[],
): Promise<T> {
  const { db } = ports.database;
  return rawStep(ports, device, step, (result) => [...persist(result), ...ackInserts(db, result.effects)].map(toRaw));
}

async function rawStep<T extends { state: FullDeviceState; effects: Effects }>(
  ports: Ports,
  device: LoadedDevice,
  step: () => Promise<T>,
  persist: (result: T) => RawStatement[],
  sale?: (result: T) => { receiptId: string; result: SaleResult },
): Promise<T> {
  let result: T;
  try {
    result = await step();
  } catch (error) {
    if (!(error instanceof FiscalError)) throw error;
    if (error.state) await ports.deviceStore.commit(device.row.id, error.state, []);
    ports.log.warn("device.refused", { device_id: device.row.id, code: error.code });
    throw deviceProblem(error);
  }
  await ports.deviceStore.commit(device.row.id, result.state, persist(result), sale?.(result));
  const { delayMs, replyLost, powerLoss } = result.effects;
  if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  if (replyLost || powerLoss) {
    throw new DomainError(
      "unavailable",
      replyLost ? "device-reply-lost" : "device-power-loss",
      replyLost ? "Fiscal device reply lost" : "Fiscal device lost power",
      "The fiscal device did not answer. The document may exist: retry the same request with the same Idempotency-Key to get it.",
    );
  }
  return result;
}

/**
 * Fiscalizes a sale once per receipt: a repeat (a retried finalize after a lost reply) gets the
 * document the device already made. `write` builds the issued receipt's write from the document;
 * the device store commits it with the device's state where it can.
 */
export async function fiscalSale(ports: Ports, terminal: TerminalContext, receiptId: string, request: SaleRequest, write: (result: SaleResult) => RawStatement[]): Promise<{ result: SaleResult; repeat: boolean }> {
  const known = await ports.deviceStore.sale(terminal.deviceId, receiptId);
  if (known) return { result: known, repeat: true };
  const device = await loadDevice(ports, terminal.merchantId, terminal.deviceId);
  const outcome = (r: FiscalResult): SaleResult => ({ document: r.document, opened: r.opened, acks: r.effects.acks });
  const result = await rawStep(ports, device, () => fiscalize(device.state, request, device.sign), (r) => write(outcome(r)), (r) => ({ receiptId, result: outcome(r) }));
  return { result: outcome(result), repeat: false };
}

/** The stored row a document becomes, for rendering before it is read back. */
export const fiscalRowOf = (document: FiscalDocument): typeof fiscalDocuments.$inferSelect => ({
  deviceId: document.deviceId,
  number: document.number,
  numberText: document.numberText,
  receiptId: document.receiptId || null,
  kind: document.kind,
  issuedAt: document.issuedAt,
  printed: document.printed,
  payload: document.payload,
  prevHash: document.prevHash,
  hash: document.hash,
  signature: document.signature,
  keyId: document.keyId,
  qrPayload: document.qrPayload,
  jws: document.jws ?? null,
});
