/**
 * What each webhook event says. No contact data: a message's recipient and a customer's phone or
 * e-mail stay out. A receipt issued to a loyalty card carries the card and the receipt's link, so
 * the loyalty system files the e-receipt in the member's history.
 */
import type { ReceiptRow } from "../../db/receipts";
import type { FiscalDocument } from "../../simulator";
import { customerUrl } from "../views";
import type { WebhookEvent } from "./webhooks";

type Issued = { receipt: ReceiptRow; fiscal: { number: number; numberText: string } | null; customer: { ref: string; loyaltyId: string | null } | null };

const where = (receipt: ReceiptRow) => ({ receipt_id: receipt.id, store_id: receipt.storeId, terminal_id: receipt.terminalId, device_id: receipt.deviceId });

export function receiptIssued({ receipt, fiscal, customer }: Issued): WebhookEvent {
  const channel = (receipt.delivery as { channel?: string } | null)?.channel ?? null;
  return {
    merchantId: receipt.merchantId,
    type: "receipt.issued",
    receiptId: receipt.id,
    data: {
      ...where(receipt),
      number: fiscal?.number ?? null,
      number_text: fiscal?.numberText ?? null,
      total: receipt.total,
      currency: receipt.currency,
      issued_at: receipt.issuedAt,
      channel,
      customer_id: customer?.ref ?? null,
      ...(customer?.loyaltyId && { loyalty_card: customer.loyaltyId, receipt_url: customerUrl(receipt.baseUrl, receipt.token) }),
    },
  };
}

export const receiptCancelled = (receipt: ReceiptRow): WebhookEvent => ({
  merchantId: receipt.merchantId,
  type: "receipt.cancelled",
  receiptId: receipt.id,
  data: { ...where(receipt), cancelled_at: receipt.cancelledAt },
});

export const receiptReturned = (merchantId: string, receiptId: string, document: FiscalDocument, total: number): WebhookEvent => ({
  merchantId,
  type: "receipt.returned",
  receiptId,
  data: { receipt_id: receiptId, device_id: document.deviceId, number: document.number, number_text: document.numberText, total, returned_at: document.issuedAt },
});

/** A customer message (SMS or e-mail) about a receipt was handed to its provider, or gave up. */
export const deliveryOutcome = (
  type: "delivery.sent" | "delivery.failed",
  message: { id: string; receiptId: string; merchantId: string; channel: string; copy: number; returnNumber: number | null },
  attempts: number,
  error: string | null,
): WebhookEvent => ({
  merchantId: message.merchantId,
  type,
  receiptId: message.receiptId,
  data: {
    receipt_id: message.receiptId,
    message_id: message.id,
    channel: message.channel,
    copy: message.copy,
    ...(message.returnNumber !== null && { return_number: message.returnNumber }),
    attempts,
    ...(error !== null && { error }),
  },
});

/** A customer's consent or preferences changed (`change` holds only what changed; never contact data). */
export const customerConsentChanged = (merchantId: string, customerId: string, change: Record<string, unknown>, source: string, at: string): Omit<WebhookEvent, "receiptId"> => ({
  merchantId,
  type: "customer.consent_changed",
  data: { customer_id: customerId, change, source, changed_at: at },
});
