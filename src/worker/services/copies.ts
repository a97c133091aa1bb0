/** Receipt copies (seed 001): marked as a copy, saying how the original was issued; counted and logged. */
import { eq, sql } from "drizzle-orm";
import { DomainError } from "../../core/errors";
import { profileFor } from "../../core/profiles";
import type { Statement } from "../../db/database";
import { guardedBatch } from "../../db/invariants";
import { receipts } from "../../db/schema";
import { originalIssueLabel } from "../../render/messages";
import type { PrintColumns } from "../../render/print-text";
import type { TerminalContext } from "../auth";
import type { Ports } from "../ports";
import { receiptDocument } from "../views";
import { assertChannel, assertRecipient, availableChannels, recipientFor } from "./delivery-policy";
import { enqueueStatement, originalChannel } from "./outbox";
import { printOutput } from "./print";
import { loadReceipt, receiptEvent } from "./receipts";

export interface CopyRequest {
  channel: "print" | "sms" | "email";
  contact?: { phone?: string | undefined; email?: string | undefined } | undefined;
}

export async function issueCopy(ports: Ports, terminal: TerminalContext, receiptId: string, request: CopyRequest, columns: PrintColumns) {
  const record = await loadReceipt(ports, terminal, receiptId);
  if (record.receipt.status !== "issued") {
    throw new DomainError("conflict", "receipt-not-issued", "Receipt not issued", "Only an issued receipt has copies.");
  }
  const profile = profileFor(record.receipt.country);
  assertChannel(request.channel, availableChannels(ports, profile), profile);
  const recipient = recipientFor(request.channel, request.contact, record.receipt.customer);
  assertRecipient(request.channel, recipient);

  const { db } = ports.database;
  // The count is taken atomically first, so two copies at once get two numbers, never one twice.
  const counted = await db
    .update(receipts)
    .set({ copies: sql`${receipts.copies} + 1` })
    .where(eq(receipts.id, receiptId))
    .returning({ copies: receipts.copies });
  const number = counted[0]!.copies;
  const original = originalIssueLabel(originalChannel(record), profile.language);
  const statements: [Statement, ...Statement[]] = [receiptEvent(ports, terminal, receiptId, "copy_issued", { copy: number, channel: request.channel, original })];
  if (recipient && (request.channel === "sms" || request.channel === "email")) {
    statements.push(enqueueStatement(ports, record, receiptDocument(record), { channel: request.channel, recipient, copy: number }));
  }
  await guardedBatch(ports.database, statements);
  if (request.channel !== "print") await ports.coordinator.wake(receiptId, ports.clock());
  const after = await loadReceipt(ports, terminal, receiptId);
  return {
    copy: { number, channel: request.channel, original },
    record: after,
    ...(request.channel === "print" && { print: printOutput(receiptDocument(after), columns, original) }),
  };
}
