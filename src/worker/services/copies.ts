/**
 * Receipt copies (seed 001): marked as a copy, saying how the original was issued; counted by the
 * fiscal device (not re-signed) and logged; by print, SMS or e-mail, never to the e-bin.
 */
import { eq, sql } from "drizzle-orm";
import { DomainError } from "../../core/errors";
import { profileFor } from "../../core/profiles";
import { receipts } from "../../db/schema";
import { originalIssueLabel } from "../../render/messages";
import { copyOf } from "../../simulator";
import type { TerminalContext } from "../auth";
import { customerOf } from "../customers/profile";
import { findCustomer, profileOf } from "../customers/store";
import type { Ports } from "../ports";
import { receiptDocument } from "../views";
import { assertChannel, assertRecipient, availableChannels, recipientFor } from "./delivery-policy";
import { deviceStep, fiscalDocumentOf, loadDevice } from "./device";
import { enqueueStatement, originalChannel } from "./outbox";
import { loadReceipt, receiptEvent } from "./receipts";

export interface CopyRequest {
  channel: "print" | "sms" | "email";
  contact?: { phone?: string | undefined; email?: string | undefined } | undefined;
}

/** Runs inside the device gate, so a receipt's copies are numbered one after another. */
export async function issueCopy(ports: Ports, terminal: TerminalContext, receiptId: string, request: CopyRequest): Promise<{ number: number; original: string }> {
  const record = await loadReceipt(ports, terminal, receiptId);
  if (record.receipt.status !== "issued" || !record.fiscal) {
    throw new DomainError("conflict", "receipt-not-issued", "Receipt not issued", "Only an issued receipt has copies.");
  }
  const profile = profileFor(record.receipt.country);
  assertChannel(request.channel, availableChannels(ports, profile), profile);
  // Without a contact at the till the copy goes where the customer's contact on file says.
  const onFile = !request.contact && record.receipt.customerId ? await findCustomer(ports, record.receipt.merchantId, record.receipt.customerId) : null;
  const known = onFile ? await profileOf(ports, onFile, null) : null;
  const recipient = recipientFor(request.channel, request.contact, known ? customerOf(known, null) : record.receipt.customer, known?.defaultEmail ?? null);
  assertRecipient(request.channel, recipient);

  const number = record.receipt.copies + 1;
  const original = originalIssueLabel(originalChannel(record), profile.language);
  const device = await loadDevice(ports, terminal.merchantId, record.receipt.deviceId);
  const { db } = ports.database;
  const fiscal = fiscalDocumentOf(record.fiscal);
  await deviceStep(ports, device, () => copyOf(device.state, fiscal, ports.clock().toISOString(), request.channel === "print", record.receipt.copies), ({ copy }) => [
    db.update(receipts).set({ copies: sql`${receipts.copies} + 1` }).where(eq(receipts.id, receiptId)),
    receiptEvent(ports, terminal, receiptId, "copy_issued", { copy: number, device_copy: copy.copyNumber, channel: request.channel, original }),
    ...(recipient && (request.channel === "sms" || request.channel === "email")
      ? [enqueueStatement(ports, record, receiptDocument(record), { channel: request.channel, recipient, copy: number })]
      : []),
  ]);
  if (request.channel !== "print") await ports.sessions.wake(receiptId, ports.clock());
  return { number, original };
}
