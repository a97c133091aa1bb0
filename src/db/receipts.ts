/** Receipt queries. Every read by id is scoped by merchant: a terminal never sees another's receipts. */
import { and, asc, eq } from "drizzle-orm";
import type { Channel } from "../core/delivery";
import type { Line, Payment } from "../core/receipt";
import type { CustomerProfile } from "../worker/customers/profile";
import type { Db } from "./database";
import { events, fiscalDocuments, merchants, operatorAcks, payments, receiptLines, receipts, stores } from "./schema";

export type ReceiptRow = typeof receipts.$inferSelect;
export type FiscalRow = typeof fiscalDocuments.$inferSelect;
export type EventRow = typeof events.$inferSelect;

export interface ReceiptRecord {
  receipt: ReceiptRow;
  merchant: typeof merchants.$inferSelect;
  store: typeof stores.$inferSelect;
  lines: Line[];
  payments: Payment[];
  fiscal: FiscalRow | null;
  /** The simulated fiscal data operator's acknowledgement of the sale document, once it came. */
  operatorAck: { ackId: string; ackedAt: string } | null;
  /** While the receipt is open: the identified customer and what the till was offered. */
  profile?: CustomerProfile | null;
  offer?: { channel: Channel; recipient: string | null } | null;
}

async function complete(db: Db, receipt: ReceiptRow | undefined): Promise<ReceiptRecord | null> {
  if (!receipt) return null;
  const [merchant, store, lineRows, paymentRows, fiscal] = await Promise.all([
    db.select().from(merchants).where(eq(merchants.id, receipt.merchantId)).get(),
    db.select().from(stores).where(eq(stores.id, receipt.storeId)).get(),
    db.select().from(receiptLines).where(eq(receiptLines.receiptId, receipt.id)).orderBy(asc(receiptLines.position)).all(),
    db.select().from(payments).where(eq(payments.receiptId, receipt.id)).orderBy(asc(payments.createdAt), asc(payments.id)).all(),
    db.select().from(fiscalDocuments).where(and(eq(fiscalDocuments.receiptId, receipt.id), eq(fiscalDocuments.kind, "sale"))).get(),
  ]);
  if (!merchant || !store) throw new Error(`receipt ${receipt.id} has no merchant or store`);
  const ack = fiscal
    ? await db
        .select({ ackId: operatorAcks.ackId, ackedAt: operatorAcks.ackedAt })
        .from(operatorAcks)
        .where(and(eq(operatorAcks.deviceId, fiscal.deviceId), eq(operatorAcks.number, fiscal.number)))
        .get()
    : undefined;
  return {
    receipt,
    merchant,
    store,
    lines: lineRows.map(({ receiptId: _r, ...line }) => line),
    payments: paymentRows.map(({ id, method, amount, confirmed, authorizationCode }) => ({ id, method, amount, confirmed, authorizationCode })),
    fiscal: fiscal ?? null,
    operatorAck: ack ?? null,
  };
}

export async function findReceipt(db: Db, merchantId: string, id: string): Promise<ReceiptRecord | null> {
  const row = await db.select().from(receipts).where(and(eq(receipts.id, id), eq(receipts.merchantId, merchantId))).get();
  return complete(db, row);
}

export async function findReceiptByToken(db: Db, token: string): Promise<ReceiptRecord | null> {
  return complete(db, await db.select().from(receipts).where(eq(receipts.token, token)).get());
}

export function receiptEvents(db: Db, receiptId: string): Promise<EventRow[]> {
  return db.select().from(events).where(eq(events.receiptId, receiptId)).orderBy(asc(events.id)).all();
}

export function eventInsert(db: Db, row: { receiptId: string; merchantId: string; type: string; data?: Record<string, unknown>; at: string }) {
  return db.insert(events).values({ ...row, data: row.data ?? {} });
}
