/** Where a later message about an issued receipt (a copy, a return) goes. */
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { ReceiptRecord } from "../../db/receipts";
import { outbox } from "../../db/schema";
import { customerOf } from "../customers/profile";
import { findCustomer, profileOf } from "../customers/store";
import type { Ports } from "../ports";
import { recipientFor } from "./delivery-policy";

type Contact = { phone?: string | undefined; email?: string | undefined } | undefined;

/**
 * The contact the till gives; without one, the customer on file (or their default e-mail); and
 * failing that the address the receipt itself was sent to on this channel (once it was sent: an
 * erasure clears it then, so an erased customer's address is never used again).
 */
export async function laterRecipient(ports: Ports, record: ReceiptRecord, channel: "print" | "qr" | "sms" | "email", contact: Contact): Promise<string | null> {
  if (channel !== "sms" && channel !== "email") return null;
  const { receipt } = record;
  const onFile = !contact && receipt.customerId ? await findCustomer(ports, receipt.merchantId, receipt.customerId) : null;
  const known = onFile ? await profileOf(ports, onFile, null) : null;
  const named = recipientFor(channel, contact, known ? customerOf(known, null) : receipt.customer, known?.defaultEmail ?? null);
  if (named || contact) return named;
  const sent = await ports.database.db
    .select({ recipient: outbox.recipient })
    .from(outbox)
    .where(and(eq(outbox.receiptId, receipt.id), eq(outbox.channel, channel), eq(outbox.copy, 0), isNull(outbox.returnNumber), inArray(outbox.status, ["sent", "delivered"])))
    .get();
  return sent?.recipient ?? null;
}
