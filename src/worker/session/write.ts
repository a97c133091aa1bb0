/**
 * The one database write of a receipt's life: the receipt as issued (or cancelled), its lines,
 * payments, fiscal document, events, outgoing messages and operator acknowledgements, in one
 * batch. The receipt goes in as `open` and is then moved on, so the database's own guards
 * (migrations/0001: totals match lines and payments, documents only for issued receipts) still
 * check every receipt that lands.
 */
import { eq } from "drizzle-orm";
import { toRaw, type Db, type RawStatement, type Statement } from "../../db/database";
import { ackInserts } from "../services/device";
import { events, fiscalDocuments, openReceipts, outbox, payments, receiptLines, receipts } from "../../db/schema";
import type { OperatorAck } from "../../simulator";
import type { SessionState } from "./state";

export type OutboxRow = typeof outbox.$inferInsert;

export function receiptWrite(db: Db, state: SessionState, extra: { outbox?: OutboxRow[]; acks?: OperatorAck[]; also?: Statement[] } = {}): RawStatement[] {
  const { receipt } = state;
  const statements: Statement[] = [
    db.insert(receipts).values({ ...receipt, status: "open", total: null, issuedAt: null, cancelledAt: null }),
    ...state.lines.map(({ id, position, name, quantityMilli, unitPrice, discount, vatRate, amount, voided }) =>
      db.insert(receiptLines).values({ id, receiptId: receipt.id, position, name, quantityMilli, unitPrice, discount, vatRate, amount, voided }),
    ),
    ...state.payments.map(({ id, method, amount, confirmed }) => db.insert(payments).values({ id, receiptId: receipt.id, method, amount, confirmed, createdAt: receipt.createdAt })),
    db.update(receipts).set({ status: receipt.status, total: receipt.total, issuedAt: receipt.issuedAt, cancelledAt: receipt.cancelledAt }).where(eq(receipts.id, receipt.id)),
    ...(state.fiscal ? [db.insert(fiscalDocuments).values(state.fiscal)] : []),
    ...state.events.map((e) => db.insert(events).values({ receiptId: receipt.id, merchantId: receipt.merchantId, type: e.type, data: e.data, at: e.at })),
    ...(extra.outbox ?? []).map((row) => db.insert(outbox).values(row)),
    ...ackInserts(db, { acks: extra.acks ?? [] }),
    ...(extra.also ?? []),
    // On Deno/Node the open receipt's row goes in the same transaction; on Workers the table is empty.
    db.delete(openReceipts).where(eq(openReceipts.id, receipt.id)),
  ];
  return statements.map(toRaw);
}

/** Whether the write already landed (a retry after a lost reply must not write twice). */
export async function landed(db: Db, receiptId: string): Promise<boolean> {
  const row = await db.select({ status: receipts.status }).from(receipts).where(eq(receipts.id, receiptId)).get();
  return row !== undefined && row.status !== "open";
}
