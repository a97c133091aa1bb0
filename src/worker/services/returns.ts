/**
 * Returns: a refund is its own fiscal document referencing the sale, by lines or whole; the
 * device refuses more than was sold (the sale's payload and earlier returns are the evidence).
 */
import { and, asc, eq } from "drizzle-orm";
import { DomainError, invalid } from "../../core/errors";
import { divRound, formatQuantity, parseQuantity } from "../../core/money";
import { profileFor } from "../../core/profiles";
import type { PaymentMethod } from "../../core/receipt";
import { vatBreakdown } from "../../core/vat";
import { fiscalDocuments } from "../../db/schema";
import { fiscalize, readPayload, type FiscalDocument, type ReturnLine, type ReturnRequest } from "../../simulator";
import type { ReceiptDocument } from "../../core/document";
import { returnDocument } from "../../render/return-document";
import type { TerminalContext } from "../auth";
import { receiptDocument } from "../views";
import type { Ports } from "../ports";
import { deviceStep, documentInsert, fiscalDocumentOf, loadDevice } from "./device";
import { loadReceipt, receiptEvent } from "./receipts";
import { activeFiscalLines } from "./fiscal-lines";
import { receiptReturned } from "./webhook-events";
import { wakeForWebhooks, webhookInsert } from "./webhooks";

export interface ReturnBody {
  lines?: { line_id: string; quantity: string }[] | undefined;
  payments?: { method: PaymentMethod; amount: number }[] | undefined;
}

/** Quantity (thousandths) and amount already refunded per line of the sale. */
function refunded(returns: FiscalDocument[]): Map<number, { milli: number; amount: number }> {
  const out = new Map<number, { milli: number; amount: number }>();
  for (const doc of returns) {
    const payload = readPayload(doc.payload);
    if (payload?.kind !== "return") continue;
    for (const line of payload.lines) {
      const prev = out.get(line.originalLine) ?? { milli: 0, amount: 0 };
      out.set(line.originalLine, { milli: prev.milli + (parseQuantity(line.quantity) ?? 0), amount: prev.amount + line.amount });
    }
  }
  return out;
}

/** The return documents issued against a receipt, in number order. */
async function returnDocuments(ports: Ports, receiptId: string): Promise<FiscalDocument[]> {
  const rows = await ports.database.db
    .select()
    .from(fiscalDocuments)
    .where(and(eq(fiscalDocuments.receiptId, receiptId), eq(fiscalDocuments.kind, "return")))
    .orderBy(asc(fiscalDocuments.number))
    .all();
  return rows.map(fiscalDocumentOf);
}

export async function issueReturn(ports: Ports, terminal: TerminalContext, receiptId: string, body: ReturnBody): Promise<FiscalDocument> {
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

  const device = await loadDevice(ports, terminal.merchantId, record.receipt.deviceId);
  const request: ReturnRequest = {
    receiptId,
    kind: "return",
    issuedAt: ports.clock().toISOString(),
    currency: record.receipt.currency,
    total,
    vat: vatBreakdown(profileFor(record.receipt.country), lines).map(({ rate, net, vat, gross }) => ({ rate, net, vat, gross })),
    lines,
    payments,
    printed: true,
    original: fiscalDocumentOf(record.fiscal),
    earlierReturns: earlier,
  };
  const { document } = await deviceStep(ports, device, () => fiscalize(device.state, request, device.sign), ({ document, opened }) => [
    ...(opened ? [documentInsert(db, opened)] : []),
    documentInsert(db, document),
    receiptEvent(ports, terminal, receiptId, "returned", { device_id: device.row.id, number: document.number, total, lines: lines.length }),
    webhookInsert(db, ports, receiptReturned(terminal.merchantId, receiptId, document, total)),
  ]);
  await wakeForWebhooks(ports, terminal.merchantId, receiptId);
  ports.log.info("receipt.returned", { receipt_id: receiptId, merchant_id: terminal.merchantId, number: document.number, total });
  return document;
}

export interface ReturnsView {
  receiptId: string;
  returns: { document: FiscalDocument; doc: ReceiptDocument }[];
  /** Per active line of the sale: sold, returned so far, and what may still be returned. */
  left: { lineId: string; name: string; sold: string; returned: string; left: string; amountLeft: number }[];
}

/** The returns of an issued receipt, each as the customer's document, and what is left to return. */
export async function returnsView(ports: Ports, terminal: TerminalContext, receiptId: string): Promise<ReturnsView> {
  const record = await loadReceipt(ports, terminal, receiptId);
  const earlier = await returnDocuments(ports, receiptId);
  const original = receiptDocument(record);
  const returns = earlier.flatMap((document) => {
    const doc = returnDocument(original, { ...summaryOf(document), payload: document.payload });
    return doc ? [{ document, doc }] : [];
  });
  const done = refunded(earlier);
  const sold = record.fiscal ? activeFiscalLines(record.lines) : [];
  const active = record.lines.filter((l) => !l.voided);
  const left = sold.map((line, i) => {
    const soldMilli = parseQuantity(line.quantity) ?? 0;
    const back = done.get(i) ?? { milli: 0, amount: 0 };
    return {
      lineId: active[i]?.id ?? "",
      name: line.name,
      sold: line.quantity,
      returned: formatQuantity(back.milli),
      left: formatQuantity(soldMilli - back.milli),
      amountLeft: line.amount - back.amount,
    };
  });
  return { receiptId, returns, left };
}

/** What a renderer needs of a fiscal document. */
function summaryOf(d: FiscalDocument) {
  return { deviceId: d.deviceId, deviceSerial: d.serial, number: d.number, numberText: d.numberText, issuedAt: d.issuedAt, signature: d.signature, hash: d.hash, prevHash: d.prevHash, qrPayload: d.qrPayload, printed: d.printed };
}
