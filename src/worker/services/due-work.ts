/**
 * Work that falls due after a request has been answered: the seed-001 auto-finalize of a QR
 * receipt 30 s after the offer, and outbox deliveries. Idempotent, so an alarm that fires twice
 * (at-least-once) or a sweep that overlaps an alarm does no harm.
 */
import { and, eq, lte } from "drizzle-orm";
import type { CountryCode } from "../../core/profiles";
import type { ReceiptRow } from "../../db/receipts";
import { receipts } from "../../db/schema";
import type { TerminalContext } from "../auth";
import type { Ports } from "../ports";
import { deliverDue } from "./outbox";
import { afterIssue } from "./issued";

export const terminalOf = (receipt: ReceiptRow): TerminalContext => ({
  merchantId: receipt.merchantId,
  storeId: receipt.storeId,
  terminalId: receipt.terminalId,
  deviceId: receipt.deviceId,
  country: receipt.country as CountryCode,
});

async function autoFinalize(ports: Ports, receipt: ReceiptRow): Promise<void> {
  const terminal = terminalOf(receipt);
  const outcome = await ports.gate.run(receipt.deviceId, { kind: "finalize", terminal, receiptId: receipt.id, request: { delivery: "qr" } });
  if (outcome === "issued") {
    ports.log.info("receipt.auto_finalized", { receipt_id: receipt.id, merchant_id: receipt.merchantId });
    await afterIssue(ports, terminal, receipt.id);
  }
}

/** Runs one receipt's due work; returns when its next work falls due, or null. */
export async function runDueWork(ports: Ports, receiptId: string): Promise<Date | null> {
  const { db } = ports.database;
  const receipt = await db.select().from(receipts).where(eq(receipts.id, receiptId)).get();
  if (!receipt) return null;
  const now = ports.clock();
  let qrDue: Date | null = null;
  if (receipt.status === "open" && receipt.qrChoiceUntil) {
    if (new Date(receipt.qrChoiceUntil) <= now) await autoFinalize(ports, receipt);
    else qrDue = new Date(receipt.qrChoiceUntil);
  }
  const outboxDue = await deliverDue(ports, receiptId);
  const next = [qrDue, outboxDue].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime());
  return next[0] ?? null;
}

/** The sweep: every receipt with due work (cron on Workers, the worker loop on Deno/Node). */
export async function runAllDue(ports: Ports): Promise<void> {
  const now = ports.clock().toISOString();
  const offers = await ports.database.db
    .select()
    .from(receipts)
    .where(and(eq(receipts.status, "open"), lte(receipts.qrChoiceUntil, now)))
    .limit(100)
    .all();
  for (const receipt of offers) await autoFinalize(ports, receipt);
  await deliverDue(ports);
}
