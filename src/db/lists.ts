/**
 * Receipt and delivery lists for a merchant, newest first. Pages are cut by (time, id) of the last
 * row, so rows added while a client pages never repeat or shift what it has not read yet.
 */
import { and, desc, eq, gte, inArray, lt, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { decodeCursor, pageFrom } from "./cursor";
import type { Db } from "./database";
import { outbox, receipts } from "./schema";

export const RECEIPT_STATUSES = ["issued", "cancelled"] as const;
export const DELIVERY_STATUSES = ["printed", "discarded", "queued", "sent", "opened", "failed"] as const;
export const OUTBOX_STATUSES = ["queued", "sending", "sent", "delivered", "failed"] as const;

export interface ReceiptFilter {
  status?: (typeof RECEIPT_STATUSES)[number] | undefined;
  /** Inclusive lower and exclusive upper bound on the receipt's time (issued or cancelled), ISO-8601. */
  from?: string | undefined;
  to?: string | undefined;
  deliveryStatus?: (typeof DELIVERY_STATUSES)[number] | undefined;
  /** Loyalty id, phone or e-mail exactly as the till sent it. */
  customer?: string | undefined;
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

/** When a receipt left the till: issued or cancelled (open receipts are not listed). */
const listedAt = sql<string>`coalesce(${receipts.issuedAt}, ${receipts.cancelledAt}, ${receipts.createdAt})`;

/** Rows strictly after the cursor in (time desc, id desc) order. */
const before = (time: SQL | SQLWrapper, id: SQLWrapper, cursor: { at: string; id: string }) => sql`(${time} < ${cursor.at} OR (${time} = ${cursor.at} AND ${id} < ${cursor.id}))`;

export async function listReceipts(db: Db, merchantId: string, filter: ReceiptFilter, page: PageRequest) {
  const cursor = decodeCursor(page.cursor);
  const rows = await db
    .select({ receipt: receipts, listedAt })
    .from(receipts)
    .where(
      and(
        eq(receipts.merchantId, merchantId),
        filter.status ? eq(receipts.status, filter.status) : inArray(receipts.status, [...RECEIPT_STATUSES]),
        filter.from ? gte(listedAt, filter.from) : undefined,
        filter.to ? lt(listedAt, filter.to) : undefined,
        filter.deliveryStatus ? sql`json_extract(${receipts.delivery}, '$.status') = ${filter.deliveryStatus}` : undefined,
        filter.customer !== undefined ? eq(receipts.customerId, filter.customer) : undefined,
        cursor ? before(listedAt, receipts.id, cursor) : undefined,
      ),
    )
    .orderBy(desc(listedAt), desc(receipts.id))
    .limit(page.limit + 1)
    .all();
  return pageFrom(rows, page.limit, (r) => ({ at: r.listedAt, id: r.receipt.id }));
}

export interface DeliveryFilter {
  status?: (typeof OUTBOX_STATUSES)[number] | undefined;
  channel?: "sms" | "email" | undefined;
  receiptId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listDeliveries(db: Db, merchantId: string, filter: DeliveryFilter, page: PageRequest) {
  const cursor = decodeCursor(page.cursor);
  const rows = await db
    .select()
    .from(outbox)
    .where(
      and(
        eq(outbox.merchantId, merchantId),
        filter.status ? eq(outbox.status, filter.status) : undefined,
        filter.channel ? eq(outbox.channel, filter.channel) : undefined,
        filter.receiptId ? eq(outbox.receiptId, filter.receiptId) : undefined,
        filter.from ? gte(outbox.createdAt, filter.from) : undefined,
        filter.to ? lt(outbox.createdAt, filter.to) : undefined,
        cursor ? before(outbox.createdAt, outbox.id, cursor) : undefined,
      ),
    )
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(page.limit + 1)
    .all();
  return pageFrom(rows, page.limit, (r) => ({ at: r.createdAt, id: r.id }));
}
