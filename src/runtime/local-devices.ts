/**
 * Fiscal devices on a single node: one queue per device (as the FiscalDevice Durable Object runs
 * one operation at a time), the state kept in memory and committed to libsql with the documents
 * and the issued receipt in one synced transaction.
 */
import { toRaw } from "../db/database";
import type { FullDeviceState, DeviceState } from "../simulator";
import type { DeviceGate, DeviceStore, Ports, SaleResult } from "../worker/ports";
import { freshDeviceRow, fiscalSale, saveDevice, stateFromRow } from "../worker/services/device";
import { applyDeviceOp } from "../worker/services/device-gate";
import type { LocalDatabase } from "./libsql";

export const FORGET_OPEN = 'DELETE FROM "open_receipts" WHERE "id" = ?';

/** Sales remembered for a finalize retried after a lost reply; a crash forgets them with the session that asked. */
const SALES_KEPT = 10_000;

export function localDeviceStore(database: LocalDatabase, ports: () => Ports): DeviceStore {
  const states = new Map<string, DeviceState>();
  const sales = new Map<string, SaleResult>();
  const load = async (deviceId: string): Promise<DeviceState | null> => {
    const known = states.get(deviceId);
    if (known) return known;
    const row = await freshDeviceRow(ports(), deviceId);
    return row ? stateFromRow(row) : null;
  };
  return {
    load,
    async commit(deviceId, next: FullDeviceState, statements, sale) {
      const previous = await load(deviceId);
      if (!previous) throw new Error(`device ${deviceId} has no row`);
      // A sale's issued receipt leaves the open receipts in the same transaction.
      const forget = sale ? [{ sql: FORGET_OPEN, params: [sale.receiptId] }] : [];
      await database.batchRaw([toRaw(saveDevice(database.db, deviceId, previous.lastNumber, next)), ...statements, ...forget], { synced: true });
      states.set(deviceId, next);
      if (sale) {
        sales.set(`${deviceId}\u0000${sale.receiptId}`, sale.result);
        if (sales.size > SALES_KEPT) sales.delete(sales.keys().next().value!);
      }
    },
    sale: async (deviceId, receiptId) => sales.get(`${deviceId}\u0000${receiptId}`) ?? null,
  };
}

export function localGate(ports: () => Ports): DeviceGate {
  const queues = new Map<string, Promise<unknown>>();
  const enqueue = <T>(deviceId: string, step: () => Promise<T>): Promise<T> => {
    const run = (queues.get(deviceId) ?? Promise.resolve()).then(step);
    const settled = run.catch(() => undefined);
    queues.set(deviceId, settled);
    void settled.then(() => {
      if (queues.get(deviceId) === settled) queues.delete(deviceId);
    });
    return run;
  };
  return {
    run: (deviceId, op) => enqueue(deviceId, () => applyDeviceOp(ports(), op)),
    // The issued receipt goes in the device's own transaction, so the write is done when this returns.
    sale: (terminal, receiptId, request, write) =>
      enqueue(terminal.deviceId, async () => ({ document: (await fiscalSale(ports(), terminal, receiptId, request, write)).result.document, written: true, statements: [] })),
  };
}
