/** A stored receipt as the API answers it, and as the renderers read it. */
import type { ReceiptDocument } from "../core/document";
import { formatQuantity } from "../core/money";
import { profileFor } from "../core/profiles";
import { computeTotals } from "../core/receipt";
import type { EventRow, ReceiptRecord } from "../db/receipts";
import { customerView } from "./customers/profile";
import { mask } from "./customers/protect";

export const customerUrl = (baseUrl: string, token: string) => `${baseUrl}/r/${token}`;

const recipientMask = (offer: { channel: string; recipient: string | null } | null) =>
  offer?.recipient ? mask(offer.channel === "sms" ? "phone" : "email", offer.recipient) : null;

export function receiptDocument(record: ReceiptRecord): ReceiptDocument {
  const { receipt, merchant, store, fiscal } = record;
  const profile = profileFor(receipt.country);
  return {
    id: receipt.id,
    status: receipt.status,
    profile,
    merchant: { name: merchant.name, address: store.address || merchant.address, taxId: merchant.taxId, storeName: store.name },
    createdAt: receipt.createdAt,
    lines: record.lines,
    payments: record.payments,
    totals: computeTotals(profile, record.lines, record.payments),
    electronic: receipt.electronic,
    fiscal: fiscal && {
      deviceId: fiscal.deviceId,
      deviceSerial: JSON.parse(fiscal.payload).serial as string,
      number: fiscal.number,
      numberText: fiscal.numberText,
      issuedAt: fiscal.issuedAt,
      signature: fiscal.signature,
      hash: fiscal.hash,
      prevHash: fiscal.prevHash,
      qrPayload: fiscal.qrPayload,
      printed: fiscal.printed,
      payload: fiscal.payload,
    },
    customerUrl: customerUrl(receipt.baseUrl, receipt.token),
    messages: (receipt.delivery as { messages?: string[] } | null)?.messages ?? [],
  };
}

export function receiptJson(record: ReceiptRecord, events?: Pick<EventRow, "type" | "at" | "data">[]) {
  const doc = receiptDocument(record);
  const { receipt } = record;
  const { totals } = doc;
  return {
    id: receipt.id,
    status: receipt.status,
    country: receipt.country,
    currency: receipt.currency,
    lines: record.lines.map((l) => ({
      id: l.id,
      name: l.name,
      quantity: formatQuantity(l.quantityMilli),
      unit_price: l.unitPrice,
      discount: l.discount,
      vat_rate: l.vatRate,
      amount: l.amount,
      voided: l.voided,
    })),
    total: totals.total,
    vat: totals.vat,
    payments: record.payments.map(({ id, method, amount, confirmed, authorizationCode }) => ({ id, method, amount, confirmed, ...(authorizationCode && { authorization_code: authorizationCode }) })),
    paid: totals.paid,
    change: totals.change,
    due: Math.max(0, totals.total - totals.paid),
    customer_url: doc.customerUrl,
    qr_svg_url: `${receipt.baseUrl}/v1/receipts/${receipt.id}/qr.svg`,
    qr_scanned_at: receipt.qrScannedAt,
    qr_offered_until: receipt.qrOfferedUntil,
    qr_choice:
      receipt.status === "open" && receipt.qrChoiceUntil
        ? {
            offered: record.offer?.channel ?? ("qr" as const),
            to: recipientMask(record.offer ?? null),
            options: ["ok" as const, "change" as const],
            until: receipt.qrChoiceUntil,
            answer: `${receipt.baseUrl}/v1/receipts/${receipt.id}/qr-choice`,
          }
        : null,
    customer: record.profile ? customerView(record.profile) : receipt.customerId ? { ref: receipt.customerId } : null,
    copies: receipt.copies,
    created_at: receipt.createdAt,
    issued_at: receipt.issuedAt,
    fiscal: doc.fiscal && {
      device_id: doc.fiscal.deviceId,
      serial: doc.fiscal.deviceSerial,
      number: doc.fiscal.number,
      number_text: doc.fiscal.numberText,
      signature: doc.fiscal.signature,
      hash: doc.fiscal.hash,
      prev_hash: doc.fiscal.prevHash,
      key_id: record.fiscal?.keyId ?? "",
      qr_payload: doc.fiscal.qrPayload,
      printed: doc.fiscal.printed,
      jws: record.fiscal?.jws ?? null,
      operator_ack: record.operatorAck && { ack_id: record.operatorAck.ackId, acked_at: record.operatorAck.ackedAt },
    },
    delivery: (receipt.delivery as { channel: string; status: string; attempts: number; reason: string } | null) ?? null,
    pdf_url: receipt.status === "issued" ? `${doc.customerUrl}/pdf` : null,
    ...(events && { events: events.map((e) => ({ type: e.type, at: e.at, data: e.data })) }),
  };
}
