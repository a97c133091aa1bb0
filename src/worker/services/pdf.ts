/** The receipt PDF is rendered once and kept in the blob store until the receipt expires. */
import { eq } from "drizzle-orm";
import type { ReceiptRecord } from "../../db/receipts";
import { receipts } from "../../db/schema";
import { renderReceiptPdf } from "../../render/pdf";
import type { Ports } from "../ports";
import { receiptDocument } from "../views";

export const pdfKeyFor = (record: { receipt: Pick<ReceiptRecord["receipt"], "merchantId" | "id"> }) => `receipts/${record.receipt.merchantId}/${record.receipt.id}.pdf`;

export async function storePdf(ports: Ports, record: ReceiptRecord): Promise<Uint8Array> {
  const { receipt } = record;
  if (receipt.status !== "issued" || !receipt.expiresAt) throw new Error(`receipt ${receipt.id} is not issued`);
  const bytes = await renderReceiptPdf(receiptDocument(record));
  const key = pdfKeyFor(record);
  await ports.blobs.put(key, bytes, { contentType: "application/pdf", expiresAt: receipt.expiresAt });
  if (receipt.pdfKey !== key) await ports.database.db.update(receipts).set({ pdfKey: key }).where(eq(receipts.id, receipt.id));
  return bytes;
}

/** The stored PDF, or a fresh rendering of the stored data if the blob went missing. */
export async function loadPdf(ports: Ports, record: ReceiptRecord): Promise<Uint8Array> {
  const stored = record.receipt.pdfKey ? await ports.blobs.get(record.receipt.pdfKey) : null;
  return stored?.bytes ?? storePdf(ports, record);
}
