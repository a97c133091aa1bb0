/** Open receipts: create, add and void lines, take and confirm payments. */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Customer } from "../../core/delivery";
import { DomainError, notFound } from "../../core/errors";
import { assertOpen, assertRoomForLine, checkPayment, computeTotals, priceLine, type LineInput, type PaymentMethod } from "../../core/receipt";
import { profileFor, type CountryProfile } from "../../core/profiles";
import type { Db } from "../../db/database";
import { guardedBatch } from "../../db/invariants";
import { eventInsert, findReceipt, type ReceiptRecord } from "../../db/receipts";
import { payments, receiptLines, receipts } from "../../db/schema";
import type { TerminalContext } from "../auth";
import { newId, newToken } from "../ids";
import type { Ports } from "../ports";

export async function loadReceipt(ports: Ports, terminal: TerminalContext, id: string): Promise<ReceiptRecord> {
  const record = await findReceipt(ports.database.db, terminal.merchantId, id);
  if (!record) throw notFound("Receipt");
  return record;
}

async function loadOpen(ports: Ports, terminal: TerminalContext, id: string): Promise<ReceiptRecord> {
  const record = await loadReceipt(ports, terminal, id);
  assertOpen(record.receipt.status);
  return record;
}

/** The next position is computed inside the INSERT, so concurrent adds never collide. */
function lineInsert(db: Db, profile: CountryProfile, receiptId: string, lineId: string, input: LineInput, field: string) {
  const priced = priceLine(profile, input, field);
  const position = sql`(SELECT coalesce(max(${receiptLines.position}), 0) + 1 FROM ${receiptLines} WHERE ${receiptLines.receiptId} = ${receiptId})`;
  return db.insert(receiptLines).values({ id: lineId, receiptId, position, name: input.name, ...priced });
}

const qrWindowEnd = (ports: Ports) => new Date(ports.clock().getTime() + ports.config.qrWindowSeconds * 1000).toISOString();

const event = (ports: Ports, terminal: TerminalContext, receiptId: string, type: string, data: Record<string, unknown> = {}) =>
  eventInsert(ports.database.db, { receiptId, merchantId: terminal.merchantId, type, data, at: ports.clock().toISOString() });

export async function openReceipt(
  ports: Ports,
  terminal: TerminalContext,
  body: { lines?: LineInput[] | undefined; customer?: Customer | undefined },
  baseUrl: string,
): Promise<string> {
  const { db } = ports.database;
  const profile = profileFor(terminal.country);
  const id = newId(ports.random, "rcp");
  const lines = (body.lines ?? []).map((line, i) => lineInsert(db, profile, id, newId(ports.random, "ln"), line, `lines[${i}]`));
  await guardedBatch(ports.database, [
    db.insert(receipts).values({
      id,
      merchantId: terminal.merchantId,
      storeId: terminal.storeId,
      terminalId: terminal.terminalId,
      deviceId: terminal.deviceId,
      status: "open",
      currency: profile.currency,
      country: profile.country,
      token: newToken(ports.random),
      customer: body.customer ?? null,
      createdAt: ports.clock().toISOString(),
      qrOfferedUntil: lines.length > 0 ? qrWindowEnd(ports) : null,
      baseUrl,
    }),
    ...lines,
    event(ports, terminal, id, "opened", { terminal_id: terminal.terminalId, lines: lines.length }),
  ]);
  ports.log.info("receipt.opened", { receipt_id: id, merchant_id: terminal.merchantId, lines: lines.length });
  return id;
}

export async function addLine(ports: Ports, terminal: TerminalContext, receiptId: string, input: LineInput): Promise<string> {
  const record = await loadOpen(ports, terminal, receiptId);
  assertRoomForLine(record.lines.length);
  const lineId = newId(ports.random, "ln");
  const { db } = ports.database;
  await guardedBatch(ports.database, [
    lineInsert(db, profileFor(terminal.country), receiptId, lineId, input, ""),
    // Seed 001: the display QR is offered for a while from the first line on.
    db.update(receipts).set({ qrOfferedUntil: qrWindowEnd(ports) }).where(and(eq(receipts.id, receiptId), isNull(receipts.qrOfferedUntil))),
    event(ports, terminal, receiptId, "line_added", { line_id: lineId }),
  ]);
  return lineId;
}

export async function voidLine(ports: Ports, terminal: TerminalContext, receiptId: string, lineId: string): Promise<void> {
  const record = await loadOpen(ports, terminal, receiptId);
  const line = record.lines.find((l) => l.id === lineId);
  if (!line) throw notFound("Line");
  if (line.voided) return;
  const { db } = ports.database;
  await guardedBatch(ports.database, [
    db.update(receiptLines).set({ voided: true }).where(and(eq(receiptLines.id, lineId), eq(receiptLines.receiptId, receiptId))),
    event(ports, terminal, receiptId, "line_voided", { line_id: lineId, amount: line.amount }),
  ]);
}

export async function addPayment(
  ports: Ports,
  terminal: TerminalContext,
  receiptId: string,
  input: { method: PaymentMethod; amount: number; terminal_confirmed?: boolean | undefined },
): Promise<string> {
  const record = await loadOpen(ports, terminal, receiptId);
  checkPayment(computeTotals(profileFor(terminal.country), record.lines, record.payments), input.method, input.amount);
  // Only a standalone card terminal needs the cashier's word that it approved (seed 004).
  const confirmed = input.method !== "card_standalone" || input.terminal_confirmed === true;
  const id = newId(ports.random, "pay");
  const { db } = ports.database;
  await guardedBatch(ports.database, [
    db.insert(payments).values({ id, receiptId, method: input.method, amount: input.amount, confirmed, createdAt: ports.clock().toISOString() }),
    event(ports, terminal, receiptId, "payment_added", { payment_id: id, method: input.method, amount: input.amount, confirmed }),
  ]);
  return id;
}

export async function confirmPayment(ports: Ports, terminal: TerminalContext, receiptId: string, paymentId: string): Promise<void> {
  const record = await loadOpen(ports, terminal, receiptId);
  const payment = record.payments.find((p) => p.id === paymentId);
  if (!payment) throw notFound("Payment");
  if (payment.method !== "card_standalone") {
    throw new DomainError("conflict", "confirmation-not-needed", "Nothing to confirm", `A ${payment.method} payment needs no terminal confirmation.`);
  }
  if (payment.confirmed) return;
  const { db } = ports.database;
  await guardedBatch(ports.database, [
    db.update(payments).set({ confirmed: true }).where(and(eq(payments.id, paymentId), eq(payments.receiptId, receiptId))),
    event(ports, terminal, receiptId, "payment_confirmed", { payment_id: paymentId }),
  ]);
}

/**
 * The customer's page was opened. While the receipt is open that is the display-QR scan (the till
 * sees `qr_scanned_at`); once a link sent by SMS or e-mail is opened, its delivery is "opened".
 */
export async function recordVisit(ports: Ports, record: ReceiptRecord): Promise<void> {
  const { receipt } = record;
  const { db } = ports.database;
  const at = ports.clock().toISOString();
  const visit = (type: string) => eventInsert(db, { receiptId: receipt.id, merchantId: receipt.merchantId, type, at });
  if (receipt.status === "open" && !receipt.qrScannedAt) {
    await guardedBatch(ports.database, [
      db.update(receipts).set({ qrScannedAt: at }).where(and(eq(receipts.id, receipt.id), isNull(receipts.qrScannedAt))),
      visit("qr_scanned"),
    ]);
    return;
  }
  const delivery = receipt.delivery as { channel?: string; status?: string } | null;
  if (receipt.status === "issued" && (delivery?.channel === "sms" || delivery?.channel === "email") && delivery.status === "sent") {
    await guardedBatch(ports.database, [db.update(receipts).set({ delivery: { ...delivery, status: "opened", opened_at: at } }).where(eq(receipts.id, receipt.id)), visit("receipt_opened")]);
  }
}

export { event as receiptEvent };
