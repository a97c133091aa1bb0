/**
 * Copies (seed 001) of a receipt or of one of its returns: marked as a copy, saying how the original
 * was issued; counted by the fiscal device (not re-signed) and logged; by print, SMS or e-mail,
 * never to the e-bin.
 */
import { eq, sql } from "drizzle-orm";
import type { ReceiptDocument } from "../../core/document";
import { DomainError, notFound } from "../../core/errors";
import { profileFor } from "../../core/profiles";
import type { Statement } from "../../db/database";
import type { ReceiptRecord } from "../../db/receipts";
import { receipts, returnCopies } from "../../db/schema";
import { originalIssueLabel, type IssueChannel } from "../../render/messages";
import { copyOf, type CopyRecord, type FiscalDocument } from "../../simulator";
import type { TerminalContext } from "../auth";
import type { Ports } from "../ports";
import { receiptDocument } from "../views";
import { assertChannel, assertRecipient, availableChannels } from "./delivery-policy";
import { deviceStep, fiscalDocumentOf, loadDevice } from "./device";
import { enqueueStatement, originalChannel } from "./outbox";
import { loadReceipt, receiptEvent } from "./receipts";
import { laterRecipient } from "./recipients";
import { returnsOf } from "./return-documents";

export interface CopyRequest {
  channel: "print" | "sms" | "email";
  contact?: { phone?: string | undefined; email?: string | undefined } | undefined;
}

export interface CopyMade {
  number: number;
  original: string;
}

/** What is copied: the fiscal document, its customer's document, and how it was first handed over. */
interface Original {
  fiscal: FiscalDocument;
  doc: ReceiptDocument;
  channel: IssueChannel;
  earlierCopies: number;
  /** The return's fiscal number; undefined for the sale's receipt. */
  returnNumber?: number;
  /** The copy's own rows, in the device step's write. */
  record: (copy: CopyRecord, number: number, original: string) => Statement[];
}

async function issuedRecord(ports: Ports, terminal: TerminalContext, receiptId: string): Promise<ReceiptRecord> {
  const record = await loadReceipt(ports, terminal, receiptId);
  if (record.receipt.status !== "issued" || !record.fiscal) {
    throw new DomainError("conflict", "receipt-not-issued", "Receipt not issued", "Only an issued receipt has copies.");
  }
  return record;
}

/** Runs inside the device gate, so a receipt's copies are numbered one after another. */
export async function issueCopy(ports: Ports, terminal: TerminalContext, receiptId: string, request: CopyRequest): Promise<CopyMade> {
  const record = await issuedRecord(ports, terminal, receiptId);
  const { db } = ports.database;
  return makeCopy(ports, terminal, record, request, {
    fiscal: fiscalDocumentOf(record.fiscal!),
    doc: receiptDocument(record),
    channel: originalChannel(record),
    earlierCopies: record.receipt.copies,
    record: (copy, number, original) => [
      db.update(receipts).set({ copies: sql`${receipts.copies} + 1` }).where(eq(receipts.id, receiptId)),
      receiptEvent(ports, terminal, receiptId, "copy_issued", { copy: number, device_copy: copy.copyNumber, channel: request.channel, original }),
    ],
  });
}

/** A copy of return `returnNumber` of the receipt, counted against that return's own limit. */
export async function issueReturnCopy(ports: Ports, terminal: TerminalContext, receiptId: string, returnNumber: number, request: CopyRequest): Promise<CopyMade> {
  const record = await issuedRecord(ports, terminal, receiptId);
  const made = (await returnsOf(ports, record)).returns.find((r) => r.document.number === returnNumber);
  if (!made) throw notFound("Return");
  const { db } = ports.database;
  return makeCopy(ports, terminal, record, request, {
    fiscal: made.document,
    doc: made.doc,
    channel: made.channel,
    earlierCopies: made.copies,
    returnNumber,
    record: (copy, number, original) => [
      db.insert(returnCopies).values({ deviceId: copy.deviceId, copyNumber: copy.copyNumber, receiptId, returnNumber, channel: request.channel, issuedAt: copy.issuedAt }),
      receiptEvent(ports, terminal, receiptId, "return_copy_issued", { return_number: returnNumber, copy: number, device_copy: copy.copyNumber, channel: request.channel, original }),
    ],
  });
}

async function makeCopy(ports: Ports, terminal: TerminalContext, record: ReceiptRecord, request: CopyRequest, of: Original): Promise<CopyMade> {
  const profile = profileFor(record.receipt.country);
  assertChannel(request.channel, availableChannels(ports, profile), profile);
  const recipient = await laterRecipient(ports, record, request.channel, request.contact);
  assertRecipient(request.channel, recipient);

  const number = of.earlierCopies + 1;
  const original = originalIssueLabel(of.channel, profile.language);
  const device = await loadDevice(ports, terminal.merchantId, record.receipt.deviceId);
  const { channel } = request;
  const printed = channel === "print";
  await deviceStep(ports, device, () => copyOf(device.state, of.fiscal, ports.clock().toISOString(), printed, of.earlierCopies), ({ copy }) => [
    ...of.record(copy, number, original),
    ...(recipient && channel !== "print"
      ? [enqueueStatement(ports, record, of.doc, { channel, recipient, copy: number, issuedAs: of.channel, ...(of.returnNumber !== undefined && { returnNumber: of.returnNumber }) })]
      : []),
  ]);
  if (!printed) await ports.sessions.wake(record.receipt.id, ports.clock());
  return { number, original };
}
