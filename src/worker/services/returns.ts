/**
 * Returns: a refund is its own fiscal document referencing the sale, by lines or whole; the
 * device refuses more than was sold (the sale's payload and earlier returns are the evidence).
 */
import { DomainError, invalid } from "../../core/errors";
import { divRound, formatQuantity, parseQuantity } from "../../core/money";
import { profileFor } from "../../core/profiles";
import type { PaymentMethod } from "../../core/receipt";
import { vatBreakdown } from "../../core/vat";
import type { ReceiptRecord } from "../../db/receipts";
import { outbox } from "../../db/schema";
import { fiscalize, type FiscalDocument, type ReturnLine, type ReturnRequest } from "../../simulator";
import type { TerminalContext } from "../auth";
import type { Ports } from "../ports";
import { assertChannel, assertRecipient, availableChannels } from "./delivery-policy";
import { deviceStep, documentInsert, fiscalDocumentOf, loadDevice } from "./device";
import { activeFiscalLines } from "./fiscal-lines";
import { originalChannel, outboxRow, type OutboxInsert } from "./outbox";
import { loadReceipt, receiptEvent } from "./receipts";
import { laterRecipient } from "./recipients";
import { refunded, returnDocOf, returnDocuments, type ReturnChannel } from "./return-documents";
import { receiptReturned } from "./webhook-events";
import { wakeForWebhooks, webhookInsert } from "./webhooks";

export interface ReturnBody {
  lines?: { line_id: string; quantity: string }[] | undefined;
  payments?: { method: PaymentMethod; amount: number }[] | undefined;
  /** How the customer gets the return; by default the way they got the receipt (SMS, e-mail), else on paper. */
  delivery?: ReturnChannel | undefined;
  contact?: { phone?: string | undefined; email?: string | undefined } | undefined;
}

export interface ReturnIssued {
  document: FiscalDocument;
  delivery: { channel: ReturnChannel; message_id?: string };
}

/**
 * The channel the till asked for; else the receipt's own when it was sent (SMS, e-mail) and there
 * is still an address for it; else paper (a receipt taken on paper, by QR or to the e-bin, or one
 * whose customer's address was erased).
 */
async function deliveryOf(ports: Ports, record: ReceiptRecord, body: ReturnBody): Promise<{ channel: ReturnChannel; recipient: string | null }> {
  if (body.delivery) return { channel: body.delivery, recipient: await laterRecipient(ports, record, body.delivery, body.contact) };
  const original = originalChannel(record);
  if (original !== "sms" && original !== "email") return { channel: "print", recipient: null };
  const recipient = await laterRecipient(ports, record, original, body.contact);
  return recipient ? { channel: original, recipient } : { channel: "print", recipient: null };
}

export async function issueReturn(ports: Ports, terminal: TerminalContext, receiptId: string, body: ReturnBody): Promise<ReturnIssued> {
  const record = await loadReceipt(ports, terminal, receiptId);
  if (record.receipt.status !== "issued" || !record.fiscal) {
    throw new DomainError("conflict", "receipt-not-issued", "Receipt not issued", "Only an issued receipt can be returned.");
  }
  const { db } = ports.database;
  const earlier = await returnDocuments(ports, receiptId);
  const sold = activeFiscalLines(record.lines);
  const activeIds = record.lines.filter((l) => !l.voided).map((l) => l.id);
  const done = refunded(earlier);
  const wanted =
    body.lines ??
    activeIds.flatMap((id, i) => {
      const left = (parseQuantity(sold[i]!.quantity) ?? 0) - (done.get(i)?.milli ?? 0);
      return left > 0 ? [{ line_id: id, quantity: formatQuantity(left) }] : [];
    });
  if (wanted.length === 0) throw new DomainError("conflict", "nothing-to-return", "Nothing left to return", "Every line of this receipt has been returned already.");
  const lines: ReturnLine[] = wanted.map((w, i) => {
    const index = activeIds.indexOf(w.line_id);
    const line = sold[index];
    if (!line) throw invalid(`lines[${i}].line_id`, "is not an active line of this receipt");
    const milli = parseQuantity(w.quantity);
    if (milli === null || milli === 0) throw invalid(`lines[${i}].quantity`, "must be a decimal string > 0 with at most 3 decimals");
    const soldMilli = parseQuantity(line.quantity) ?? 0;
    const before = done.get(index) ?? { milli: 0, amount: 0 };
    // The last part of a line refunds exactly what is left, so rounding never leaves a cent behind.
    const amount = before.milli + milli === soldMilli ? line.amount - before.amount : divRound(line.amount * milli, soldMilli);
    return { ...line, quantity: w.quantity, amount, originalLine: index };
  });
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const firstMethod = record.payments[0]?.method === "card_standalone" ? "card" : (record.payments[0]?.method ?? "cash");
  const payments = body.payments ?? [{ method: firstMethod, amount: total }];
  if (payments.reduce((s, p) => s + p.amount, 0) !== total) throw invalid("payments", `refund payments must add up to the return's total ${total}`);
  const profile = profileFor(record.receipt.country);
  const { channel, recipient } = await deliveryOf(ports, record, body);
  assertChannel(channel, availableChannels(ports, profile), profile);
  assertRecipient(channel, recipient);

  const device = await loadDevice(ports, terminal.merchantId, record.receipt.deviceId);
  const request: ReturnRequest = {
    receiptId,
    kind: "return",
    issuedAt: ports.clock().toISOString(),
    currency: record.receipt.currency,
    total,
    vat: vatBreakdown(profile, lines).map(({ rate, net, vat, gross }) => ({ rate, net, vat, gross })),
    lines,
    payments,
    printed: channel === "print",
    original: fiscalDocumentOf(record.fiscal),
    earlierReturns: earlier,
  };
  // The message is rendered from the document the device signs, inside the device's step.
  const sent: { message: OutboxInsert | null } = { message: null };
  const { document } = await deviceStep(ports, device, () => fiscalize(device.state, request, device.sign), ({ document, opened }) => {
    const doc = returnDocOf(record, document);
    const message = doc && recipient && (channel === "sms" || channel === "email") ? outboxRow(ports, record, doc, { channel, recipient, copy: 0, returnNumber: document.number }) : null;
    sent.message = message;
    return [
      ...(opened ? [documentInsert(db, opened)] : []),
      documentInsert(db, document),
      receiptEvent(ports, terminal, receiptId, "returned", { device_id: device.row.id, number: document.number, total, lines: lines.length, channel }),
      ...(message ? [db.insert(outbox).values(message)] : []),
      webhookInsert(db, ports, receiptReturned(terminal.merchantId, receiptId, document, total)),
    ];
  });
  // Its message goes out with the receipt's due work, as the webhook does.
  if (sent.message) await ports.sessions.wake(receiptId, ports.clock());
  else await wakeForWebhooks(ports, terminal.merchantId, receiptId);
  ports.log.info("receipt.returned", { receipt_id: receiptId, merchant_id: terminal.merchantId, number: document.number, total, channel });
  return { document, delivery: { channel, ...(sent.message && { message_id: sent.message.id }) } };
}
