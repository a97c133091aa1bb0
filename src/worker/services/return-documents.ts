/**
 * A receipt's returns as the customer's documents: each return's fiscal record rendered like a
 * receipt, how it was handed over (print or its messages) and how many copies were made of it.
 */
import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import type { ReceiptDocument } from "../../core/document";
import { formatQuantity, parseQuantity } from "../../core/money";
import type { ReceiptRecord } from "../../db/receipts";
import { fiscalDocuments, outbox, returnCopies } from "../../db/schema";
import { returnDocument } from "../../render/return-document";
import { readPayload, type FiscalDocument } from "../../simulator";
import type { Ports } from "../ports";
import { receiptDocument } from "../views";
import { activeFiscalLines } from "./fiscal-lines";
import { fiscalDocumentOf } from "./device";

/** `qr`: nothing printed or sent, the till shows the return's link as a QR code. */
export type ReturnChannel = "print" | "sms" | "email" | "qr";

export interface ReturnMade {
  document: FiscalDocument;
  doc: ReceiptDocument;
  /** How the return was handed over: on paper, by the message sent with it, or (neither) at its link. */
  channel: ReturnChannel;
  messages: (typeof outbox.$inferSelect)[];
  copies: number;
}

export interface ReturnsView {
  receiptId: string;
  returns: ReturnMade[];
  /** Per active line of the sale: sold, returned so far, and what may still be returned. */
  left: { lineId: string; name: string; sold: string; returned: string; left: string; amountLeft: number }[];
}

/** The return documents issued against a receipt, in number order. */
export async function returnDocuments(ports: Ports, receiptId: string): Promise<FiscalDocument[]> {
  const rows = await ports.database.db
    .select()
    .from(fiscalDocuments)
    .where(and(eq(fiscalDocuments.receiptId, receiptId), eq(fiscalDocuments.kind, "return")))
    .orderBy(asc(fiscalDocuments.number))
    .all();
  return rows.map(fiscalDocumentOf);
}

/** Quantity (thousandths) and amount already refunded per line of the sale. */
export function refunded(returns: FiscalDocument[]): Map<number, { milli: number; amount: number }> {
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

/** A return as the customer's document, rendered under the sale's merchant and link. */
export function returnDocOf(record: ReceiptRecord, document: FiscalDocument): ReceiptDocument | null {
  return returnDocument(receiptDocument(record), { ...summaryOf(document), payload: document.payload });
}

/** Return `number` of the receipt as the customer's document (its PDF or print), without its messages and copies. */
export async function returnOf(ports: Ports, record: ReceiptRecord, number: number): Promise<{ document: FiscalDocument; doc: ReceiptDocument } | null> {
  const document = (await returnDocuments(ports, record.receipt.id)).find((d) => d.number === number);
  const doc = document && returnDocOf(record, document);
  return document && doc ? { document, doc } : null;
}

/** The returns of an issued receipt, each as the customer's document, and what is left to return. */
export async function returnsOf(ports: Ports, record: ReceiptRecord): Promise<ReturnsView> {
  const { db } = ports.database;
  const receiptId = record.receipt.id;
  const [earlier, messages, copies] = await Promise.all([
    returnDocuments(ports, receiptId),
    db.select().from(outbox).where(and(eq(outbox.receiptId, receiptId), isNotNull(outbox.returnNumber))).orderBy(asc(outbox.createdAt), asc(outbox.id)).all(),
    db
      .select({ number: returnCopies.returnNumber, copies: count() })
      .from(returnCopies)
      .where(eq(returnCopies.receiptId, receiptId))
      .groupBy(returnCopies.returnNumber)
      .all(),
  ]);
  const returns = earlier.flatMap((document): ReturnMade[] => {
    const doc = returnDocOf(record, document);
    if (!doc) return [];
    const own = messages.filter((m) => m.returnNumber === document.number);
    const first = own.find((m) => m.copy === 0);
    const channel: ReturnChannel = document.printed ? "print" : (first?.channel ?? "qr");
    return [{ document, doc, channel, messages: own, copies: copies.find((c) => c.number === document.number)?.copies ?? 0 }];
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
