/**
 * The one database write of a receipt's life: the receipt as issued (or cancelled), its lines,
 * payments, fiscal document, events, outgoing messages and operator acknowledgements, in one
 * batch. The receipt goes in as `open` and is then moved on, so the database's own guards
 * (migrations/0001: totals match lines and payments, documents only for issued receipts) still
 * check every receipt that lands.
 */
import { eq } from "drizzle-orm";
import type { Db, RawStatement } from "../../db/database";
import { insertRow, insertRows } from "../../db/rows";
import { events, fiscalDocuments, operatorAcks, outbox, payments, receiptLines, receipts } from "../../db/schema";
import type { FiscalDocument, OperatorAck } from "../../simulator";
import { fiscalRowOf } from "../services/device";
import type { SessionState } from "./state";

export type OutboxRow = typeof outbox.$inferInsert;

const SET_STATUS = 'UPDATE "receipts" SET "status" = ?, "total" = ?, "issued_at" = ?, "cancelled_at" = ? WHERE "id" = ?';
const ACK = 'ON CONFLICT DO NOTHING';

export function receiptWrite(state: SessionState, extra: { outbox?: OutboxRow[]; acks?: OperatorAck[]; also?: RawStatement[]; opened?: FiscalDocument | null } = {}): RawStatement[] {
  const { receipt } = state;
  return [
    // The customer is kept as a reference (customer_id) only: their contact stays sealed in `customers`.
    insertRow(receipts, { ...receipt, customer: null, status: "open", total: null, issuedAt: null, cancelledAt: null }),
    ...insertRows(
      receiptLines,
      state.lines.map(({ id, position, name, quantityMilli, unitPrice, discount, vatRate, amount, voided }) => ({ id, receiptId: receipt.id, position, name, quantityMilli, unitPrice, discount, vatRate, amount, voided })),
    ),
    ...insertRows(
      payments,
      state.payments.map(({ id, method, amount, confirmed, authorizationCode }) => ({ id, receiptId: receipt.id, method, amount, confirmed, authorizationCode: authorizationCode ?? null, createdAt: receipt.createdAt })),
    ),
    { sql: SET_STATUS, params: [receipt.status, receipt.total, receipt.issuedAt, receipt.cancelledAt, receipt.id] },
    // A shift-opening report the device issued first comes before the receipt's document, as its number does.
    ...(extra.opened ? [insertRow(fiscalDocuments, fiscalRowOf(extra.opened))] : []),
    ...(state.fiscal ? [insertRow(fiscalDocuments, state.fiscal)] : []),
    ...insertRows(events, state.events.map((e) => ({ receiptId: receipt.id, merchantId: receipt.merchantId, type: e.type, data: e.data, at: e.at }))),
    ...insertRows(outbox, extra.outbox ?? []),
    ...insertRows(operatorAcks, (extra.acks ?? []).map(({ deviceId, number, ackId, ackedAt }) => ({ deviceId, number, ackId, ackedAt })), ACK),
    ...(extra.also ?? []),
  ];
}

/** Whether the write already landed (a retry after a lost reply must not write twice). */
export async function landed(db: Db, receiptId: string): Promise<boolean> {
  const row = await db.select({ status: receipts.status }).from(receipts).where(eq(receipts.id, receiptId)).get();
  return row !== undefined && row.status !== "open";
}
