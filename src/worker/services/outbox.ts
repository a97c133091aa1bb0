/**
 * The outbox: messages are written in the transaction that issues the receipt (or its copy), then
 * delivered at least once — each attempt claimed, logged as an event, retried with backoff and
 * jitter up to a bound, with the message id as the provider's idempotency key.
 */
import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "../../core/backoff";
import type { ReceiptDocument } from "../../core/document";
import { guardedBatch } from "../../db/invariants";
import { eventInsert, findReceipt, type ReceiptRecord } from "../../db/receipts";
import { outbox, receipts } from "../../db/schema";
import { buildEmail } from "../../render/email";
import { emailContent, originalIssueLabel, smsText, type IssueChannel } from "../../render/messages";
import { newId } from "../ids";
import type { Ports } from "../ports";
import { renderReceiptPdf } from "../../render/pdf";
import { receiptDocument } from "../views";
import { loadPdf } from "./pdf";
import { returnsOf } from "./return-documents";
import { deliveryOutcome } from "./webhook-events";
import { deliverWebhooksDue, webhookInsert } from "./webhooks";

export type OutboxRow = typeof outbox.$inferSelect;
/** A claimed message whose sender died is tried again after this long. */
const LEASE_MS = 60_000;

export type OutboxInsert = typeof outbox.$inferInsert;

/**
 * The links a message carries: the customer's page and the PDF of what it delivers (the receipt,
 * or return n under the receipt's link). When the fiscal data operator sends, its receipt check
 * (the public verification of the fiscal QR stands in for it here) replaces the page.
 */
function linksOf(record: ReceiptRecord, doc: ReceiptDocument, returnNumber: number | null) {
  const page = doc.customerUrl;
  const pdf = returnNumber === null ? `${page}/pdf` : `${page}/returns/${returnNumber}/pdf`;
  const check = record.merchant.receiptSender === "operator" && doc.fiscal ? `${record.receipt.baseUrl}/verify?qr=${encodeURIComponent(doc.fiscal.qrPayload)}` : null;
  // An SMS has room for one link: the receipt's page, or the return itself.
  return { page: check ?? page, pdf, sms: check ?? (returnNumber === null ? page : pdf) };
}

/** `issuedAs`: how the copied document was first handed over (the receipt's or the return's channel). */
function emailOf(record: ReceiptRecord, doc: ReceiptDocument, copy: number, returnNumber: number | null, issuedAs: IssueChannel) {
  const links = linksOf(record, doc, returnNumber);
  const copyOf = copy > 0 ? { originalChannel: originalIssueLabel(issuedAs, doc.profile.language) } : undefined;
  return emailContent({ doc, mode: record.merchant.emailMode, link: links.page, pdfUrl: links.pdf, ...(copyOf && { copy: copyOf }) });
}

/** A message to send for this receipt or one of its returns (the original delivery, or copy n), rendered now for the record. */
export function outboxRow(
  ports: Ports,
  record: ReceiptRecord,
  doc: ReceiptDocument,
  message: { channel: "sms" | "email"; recipient: string; copy: number; returnNumber?: number; issuedAs?: IssueChannel },
): OutboxInsert {
  const { receipt, merchant } = record;
  const returnNumber = message.returnNumber ?? null;
  const content =
    message.channel === "sms"
      ? {
          subject: null,
          body: smsText({
            merchantName: merchant.name,
            total: doc.totals.total,
            currency: receipt.currency,
            link: linksOf(record, doc, returnNumber).sms,
            language: doc.profile.language,
            copy: message.copy > 0,
            document: returnNumber === null ? "receipt" : "return",
          }),
        }
      : (() => {
          const email = emailOf(record, doc, message.copy, returnNumber, message.issuedAs ?? originalChannel(record));
          return { subject: email.subject, body: email.text };
        })();
  const now = ports.clock().toISOString();
  return {
    id: newId(ports.random, "msg"),
    receiptId: receipt.id,
    merchantId: receipt.merchantId,
    channel: message.channel,
    recipient: message.recipient,
    copy: message.copy,
    returnNumber,
    status: "queued",
    nextAttemptAt: now,
    ...content,
    createdAt: now,
  };
}

export const enqueueStatement = (...args: Parameters<typeof outboxRow>) => args[0].database.db.insert(outbox).values(outboxRow(...args));

export const originalChannel = (record: ReceiptRecord) => ((record.receipt.delivery as { channel?: string } | null)?.channel ?? "print") as "print" | "sms" | "email" | "ebin" | "qr";

/** The document a message delivers, and its PDF: the receipt's stored one, or the return's rendered now. */
async function deliveredDocument(ports: Ports, row: OutboxRow, record: ReceiptRecord) {
  if (row.returnNumber === null) {
    const doc = receiptDocument(record);
    return { doc, issuedAs: originalChannel(record), pdf: () => loadPdf(ports, record), name: `receipt-${doc.fiscal?.numberText ?? doc.id}.pdf` };
  }
  const made = (await returnsOf(ports, record)).returns.find((r) => r.document.number === row.returnNumber);
  if (!made) throw new Error(`outbox ${row.id}: return ${row.returnNumber} missing`);
  return { doc: made.doc, issuedAs: made.channel, pdf: () => renderReceiptPdf(made.doc), name: `return-${made.document.numberText}.pdf` };
}

async function send(ports: Ports, row: OutboxRow, record: ReceiptRecord): Promise<"sent" | "dev"> {
  const recipient = row.recipient;
  if (!recipient) throw new Error("recipient was erased before delivery");
  if (row.channel === "sms") {
    if (!ports.messengers.sms) return "dev";
    await ports.messengers.sms({ to: recipient, text: row.body, idempotencyKey: row.id, ...(record.merchant.smsSender && { from: record.merchant.smsSender }) });
    return "sent";
  }
  if (!ports.messengers.email) return "dev";
  const { doc, issuedAs, pdf, name } = await deliveredDocument(ports, row, record);
  const mode = record.merchant.emailMode;
  const from = record.merchant.emailFrom ?? ports.config.emailFrom;
  const mime = buildEmail({
    from: { name: record.merchant.receiptSender === "operator" ? OPERATOR_NAME : (record.merchant.emailSenderName ?? record.merchant.name), addr: from },
    to: recipient,
    content: emailOf(record, doc, row.copy, row.returnNumber, issuedAs),
    ...(mode === "pdf" && { attachment: { filename: name, bytes: await pdf(), contentType: "application/pdf" } }),
    messageId: `<${row.id}@${from.split("@")[1] ?? "ereceipt.local"}>`,
    date: ports.clock(),
  });
  await ports.messengers.email({ from, to: recipient, mime, idempotencyKey: row.id });
  return "sent";
}

/** Claims one message; false if another sender has it or it is not due. */
async function claim(ports: Ports, row: OutboxRow, now: Date): Promise<boolean> {
  const claimed = await ports.database.db
    .update(outbox)
    .set({ status: "sending", nextAttemptAt: new Date(now.getTime() + LEASE_MS).toISOString() })
    .where(and(eq(outbox.id, row.id), eq(outbox.status, row.status), eq(outbox.nextAttemptAt, row.nextAttemptAt)))
    .returning({ id: outbox.id });
  return claimed.length === 1;
}

function deliveryUpdate(ports: Ports, record: ReceiptRecord, row: OutboxRow, status: string, attempts: number) {
  const current = (record.receipt.delivery ?? {}) as Record<string, unknown>;
  return ports.database.db
    .update(receipts)
    .set({ delivery: { ...current, status, attempts } })
    .where(eq(receipts.id, row.receiptId));
}

/** Sent by the fiscal data operator: it sends only what it has acknowledged, so the message waits for that. */
const OPERATOR_NAME = "Fiscal data operator (simulated)";

async function attempt(ports: Ports, row: OutboxRow): Promise<void> {
  const now = ports.clock();
  if (!(await claim(ports, row, now))) return;
  const record = await findReceipt(ports.database.db, row.merchantId, row.receiptId);
  if (!record) throw new Error(`outbox ${row.id}: receipt missing`);
  if (record.merchant.receiptSender === "operator" && !record.operatorAck) {
    const later = new Date(now.getTime() + ports.config.retryBaseMs).toISOString();
    await ports.database.db.update(outbox).set({ status: "queued", nextAttemptAt: later }).where(eq(outbox.id, row.id));
    return;
  }
  const attempts = row.attempts + 1;
  const { db } = ports.database;
  const at = ports.clock().toISOString();
  const event = (type: string, data: Record<string, unknown>) =>
    eventInsert(db, {
      receiptId: row.receiptId,
      merchantId: row.merchantId,
      type,
      data: { message_id: row.id, channel: row.channel, copy: row.copy, ...(row.returnNumber !== null && { return_number: row.returnNumber }), attempt: attempts, ...data },
      at,
    });
  // The receipt's delivery status follows its own message, not those of copies or returns.
  const original = row.copy === 0 && row.returnNumber === null;
  try {
    const how = await send(ports, row, record);
    await guardedBatch(ports.database, [
      db.update(outbox).set({ status: "sent", attempts, sentAt: at, lastError: null }).where(eq(outbox.id, row.id)),
      event("delivery_sent", { via: how === "dev" ? "dev-outbox" : "provider", sender: record.merchant.receiptSender }),
      ...(original ? [deliveryUpdate(ports, record, row, "sent", attempts)] : []),
      webhookInsert(db, ports, deliveryOutcome("delivery.sent", row, attempts, null)),
    ]);
    ports.log.info("outbox.sent", { message_id: row.id, receipt_id: row.receiptId, channel: row.channel, attempts });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const final = attempts >= MAX_DELIVERY_ATTEMPTS;
    const retryAt = new Date(now.getTime() + retryDelayMs(attempts, ports.random(1)[0]! / 255, ports.config.retryBaseMs)).toISOString();
    await guardedBatch(ports.database, [
      db.update(outbox).set({ status: final ? "failed" : "queued", attempts, lastError: reason.slice(0, 500), nextAttemptAt: final ? at : retryAt }).where(eq(outbox.id, row.id)),
      event(final ? "delivery_failed" : "delivery_retry", { error: reason.slice(0, 200), ...(!final && { retry_at: retryAt }) }),
      ...(original ? [deliveryUpdate(ports, record, row, final ? "failed" : "queued", attempts)] : []),
      ...(final ? [webhookInsert(db, ports, deliveryOutcome("delivery.failed", row, attempts, reason.slice(0, 200)))] : []),
    ]);
    ports.log.warn(final ? "outbox.failed" : "outbox.retry", { message_id: row.id, receipt_id: row.receiptId, channel: row.channel, attempts });
  }
}

const due = (now: string) => and(inArray(outbox.status, ["queued", "sending"]), lte(outbox.nextAttemptAt, now));

/** Delivers what is due (for one receipt, or all); returns when the next message falls due. */
export async function deliverDue(ports: Ports, receiptId?: string): Promise<Date | null> {
  const { db } = ports.database;
  const now = ports.clock();
  const scope = receiptId ? eq(outbox.receiptId, receiptId) : undefined;
  const rows = await db.select().from(outbox).where(and(due(now.toISOString()), scope)).orderBy(asc(outbox.nextAttemptAt)).limit(50).all();
  for (const row of rows) await attempt(ports, row);
  const next = await db
    .select({ at: sql<string | null>`min(${outbox.nextAttemptAt})` })
    .from(outbox)
    .where(and(or(eq(outbox.status, "queued"), eq(outbox.status, "sending")), scope))
    .get();
  // Webhook messages (their own table) ride on the same alarm and sweep.
  const webhooks = await deliverWebhooksDue(ports, receiptId);
  const messages = next?.at ? new Date(next.at) : null;
  return messages && (!webhooks || messages < webhooks) ? messages : webhooks;
}
