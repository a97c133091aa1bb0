/**
 * GET /v1/receipts and GET /v1/deliveries: a merchant's issued and cancelled receipts and its
 * outgoing messages, newest first with cursor pages (docs/admin.md "Lists").
 */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { DELIVERY_STATUSES, listDeliveries, listReceipts, OUTBOX_STATUSES, RECEIPT_STATUSES } from "../../db/lists";
import type { outbox, receipts } from "../../db/schema";
import type { AppEnv } from "../app";
import { customerByAnyIdentifier } from "../customers/store";
import type { Ports } from "../ports";
import { bearer, jsonContent, problems } from "./openapi";

const tags = ["lists"];
const security = bearer;
const instant = z.iso.datetime({ offset: true }).transform((text) => new Date(text).toISOString());
const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().openapi({ description: "`next_cursor` of the previous page" }),
};

const ReceiptListQuery = z.object({
  status: z.enum(RECEIPT_STATUSES).optional(),
  from: instant.optional().openapi({ description: "Issued or cancelled at or after (ISO-8601)" }),
  to: instant.optional().openapi({ description: "Issued or cancelled before (ISO-8601)" }),
  delivery_status: z.enum(DELIVERY_STATUSES).optional(),
  customer: z.string().min(1).max(300).optional().openapi({ description: "The customer's `cus_...` reference, or their loyalty id, phone or e-mail" }),
  ...page,
});

const DeliveryListQuery = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().openapi({ description: "`failed`: messages that never arrived; hand these receipts over another way" }),
  channel: z.enum(["sms", "email"]).optional(),
  receipt_id: z.string().max(64).optional(),
  from: instant.optional(),
  to: instant.optional(),
  ...page,
});

const ReceiptSummarySchema = z
  .object({
    id: z.string(),
    status: z.enum(RECEIPT_STATUSES),
    store_id: z.string(),
    terminal_id: z.string(),
    currency: z.string(),
    total: z.number().nullable(),
    created_at: z.string(),
    issued_at: z.string().nullable(),
    cancelled_at: z.string().nullable(),
    delivery: z.object({ channel: z.string(), status: z.string(), attempts: z.number() }).nullable(),
  })
  .openapi("ReceiptSummary");

const DeliverySchema = z
  .object({
    id: z.string(),
    receipt_id: z.string(),
    channel: z.enum(["sms", "email"]),
    recipient: z.string().nullable().openapi({ description: "Phone or e-mail; erased with the receipt's personal data" }),
    copy: z.number().openapi({ description: "0 for the receipt (or return) itself, n for its n-th copy" }),
    return_number: z.number().nullable().openapi({ description: "The return's fiscal number when the message delivers a return; null for the sale's receipt" }),
    status: z.enum(OUTBOX_STATUSES),
    attempts: z.number(),
    last_error: z.string().nullable(),
    next_attempt_at: z.string(),
    created_at: z.string(),
    sent_at: z.string().nullable(),
  })
  .openapi("Delivery");

const routes = {
  receipts: createRoute({
    method: "get", path: "/v1/receipts", operationId: "listReceipts", tags, security, summary: "This merchant's issued and cancelled receipts, newest first",
    request: { query: ReceiptListQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(ReceiptSummarySchema), next_cursor: z.string().nullable() }).openapi("ReceiptPage"), "A page of receipts"), ...problems("lists", 401, 422) },
  }),
  deliveries: createRoute({
    method: "get", path: "/v1/deliveries", operationId: "listDeliveries", tags, security, summary: "This merchant's SMS and e-mail deliveries, newest first",
    request: { query: DeliveryListQuery },
    responses: { 200: jsonContent(z.object({ items: z.array(DeliverySchema), next_cursor: z.string().nullable() }).openapi("DeliveryPage"), "A page of deliveries"), ...problems("lists", 401, 422) },
  }),
};

const summaryOf = (r: typeof receipts.$inferSelect) => {
  const delivery = r.delivery as { channel: string; status: string; attempts: number } | null;
  return {
    id: r.id,
    status: r.status as (typeof RECEIPT_STATUSES)[number],
    store_id: r.storeId,
    terminal_id: r.terminalId,
    currency: r.currency,
    total: r.total,
    created_at: r.createdAt,
    issued_at: r.issuedAt,
    cancelled_at: r.cancelledAt,
    delivery: delivery && { channel: delivery.channel, status: delivery.status, attempts: delivery.attempts },
  };
};

const deliveryOf = (o: typeof outbox.$inferSelect) => ({
  id: o.id,
  receipt_id: o.receiptId,
  channel: o.channel,
  recipient: o.recipient,
  copy: o.copy,
  return_number: o.returnNumber,
  status: o.status,
  attempts: o.attempts,
  last_error: o.lastError,
  next_attempt_at: o.nextAttemptAt,
  created_at: o.createdAt,
  sent_at: o.sentAt,
});

export function listRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  app.openapi(routes.receipts, async (c) => {
    const q = c.req.valid("query");
    const merchantId = c.get("terminal").merchantId;
    // The customer by reference or by the identifier the till used; an unknown one has no receipts.
    const customer = q.customer === undefined ? undefined : ((await customerByAnyIdentifier(ports, merchantId, q.customer))?.id ?? "");
    const filter = { status: q.status, from: q.from, to: q.to, deliveryStatus: q.delivery_status, customer };
    const found = await listReceipts(ports.database.db, merchantId, filter, q);
    return c.json({ items: found.items.map((row) => summaryOf(row.receipt)), next_cursor: found.nextCursor }, 200);
  });
  app.openapi(routes.deliveries, async (c) => {
    const q = c.req.valid("query");
    const filter = { status: q.status, channel: q.channel, receiptId: q.receipt_id, from: q.from, to: q.to };
    const found = await listDeliveries(ports.database.db, c.get("terminal").merchantId, filter, q);
    return c.json({ items: found.items.map(deliveryOf), next_cursor: found.nextCursor }, 200);
  });
}
