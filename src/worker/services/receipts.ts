/** Receipts the database holds (issued or cancelled): read by id for this merchant, and link visits. */
import { and, eq } from "drizzle-orm";
import { notFound } from "../../core/errors";
import { guardedBatch } from "../../db/invariants";
import { eventInsert, findReceipt, type ReceiptRecord } from "../../db/receipts";
import { receipts } from "../../db/schema";
import type { TerminalContext } from "../auth";
import type { Ports } from "../ports";

export async function loadReceipt(ports: Ports, terminal: TerminalContext, id: string): Promise<ReceiptRecord> {
  const record = await findReceipt(ports.database.db, terminal.merchantId, id);
  if (!record) throw notFound("Receipt");
  return record;
}

export const receiptEvent = (ports: Ports, terminal: TerminalContext, receiptId: string, type: string, data: Record<string, unknown> = {}) =>
  eventInsert(ports.database.db, { receiptId, merchantId: terminal.merchantId, type, data, at: ports.clock().toISOString() });

/** A link sent by SMS or e-mail was opened: its delivery is "opened". */
export async function recordVisit(ports: Ports, record: ReceiptRecord): Promise<void> {
  const { receipt } = record;
  const delivery = receipt.delivery as { channel?: string; status?: string } | null;
  if (receipt.status !== "issued" || (delivery?.channel !== "sms" && delivery?.channel !== "email") || delivery.status !== "sent") return;
  const at = ports.clock().toISOString();
  const { db } = ports.database;
  await guardedBatch(ports.database, [
    db.update(receipts).set({ delivery: { ...delivery, status: "opened", opened_at: at } }).where(and(eq(receipts.id, receipt.id), eq(receipts.status, "issued"))),
    eventInsert(db, { receiptId: receipt.id, merchantId: receipt.merchantId, type: "receipt_opened", at }),
  ]);
}
