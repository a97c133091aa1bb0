/** Finalize and cancel: the status changes that run one at a time per fiscal device (see StatusGate). */
import { and, eq } from "drizzle-orm";
import { decideDelivery, type Channel } from "../../core/delivery";
import { DomainError } from "../../core/errors";
import { formatQuantity } from "../../core/money";
import { profileFor } from "../../core/profiles";
import { assertOpen, assertReadyToIssue, computeTotals } from "../../core/receipt";
import { guardedBatch } from "../../db/invariants";
import { devices, fiscalDocuments, receipts } from "../../db/schema";
import { fiscalize, type DeviceState, type FiscalCountry, type FiscalRequest } from "../../simulator";
import type { TerminalContext } from "../auth";
import type { Ports, StatusChange } from "../ports";
import type { FinalizeRequest } from "../schemas";
import { signerFor } from "./device-keys";
import { loadReceipt, receiptEvent } from "./receipts";

/** Channels that deliver today; sms, email and ebin arrive with the delivery work. */
export const AVAILABLE_CHANNELS: readonly Channel[] = ["print", "qr"];

export async function applyStatusChange(ports: Ports, change: StatusChange): Promise<void> {
  if (change.kind === "cancel") return cancelNow(ports, change.terminal, change.receiptId);
  return issueNow(ports, change.terminal, change.receiptId, change.request);
}

async function cancelNow(ports: Ports, terminal: TerminalContext, receiptId: string): Promise<void> {
  const record = await loadReceipt(ports, terminal, receiptId);
  if (record.receipt.status === "cancelled") return;
  assertOpen(record.receipt.status);
  const { db } = ports.database;
  await guardedBatch(ports.database, [
    db.update(receipts).set({ status: "cancelled", cancelledAt: ports.clock().toISOString(), customer: null }).where(eq(receipts.id, receiptId)),
    receiptEvent(ports, terminal, receiptId, "cancelled"),
  ]);
  ports.log.info("receipt.cancelled", { receipt_id: receiptId, merchant_id: terminal.merchantId });
}

function unavailable(channel: Channel): DomainError {
  return new DomainError(
    "unprocessable",
    "channel-unavailable",
    "Delivery channel not available",
    `Delivery "${channel}" is not available yet on this service; use "print", "qr" or "auto".`,
    [{ field: "delivery", message: `"${channel}" is not available` }],
  );
}

/**
 * Fiscalizes and issues in one transaction: device counter, fiscal document, receipt status and
 * event land together or not at all, so a number is never skipped or reused. A receipt already
 * issued is answered as it is: a till retrying after a lost reply never gets a second document.
 */
async function issueNow(ports: Ports, terminal: TerminalContext, receiptId: string, request: FinalizeRequest): Promise<void> {
  const record = await loadReceipt(ports, terminal, receiptId);
  if (record.receipt.status === "issued") return;
  assertOpen(record.receipt.status);
  const profile = profileFor(terminal.country);
  const totals = computeTotals(profile, record.lines, record.payments);
  assertReadyToIssue(record.lines, record.payments, totals);

  const delivery = decideDelivery({
    requested: request.delivery,
    customer: request.customer ?? record.receipt.customer,
    contact: request.contact ?? null,
    qrScanned: record.receipt.qrScannedAt !== null,
    available: AVAILABLE_CHANNELS,
  });
  if (!AVAILABLE_CHANNELS.includes(delivery.channel)) throw unavailable(delivery.channel);

  const { db } = ports.database;
  const device = await db.select().from(devices).where(eq(devices.id, record.receipt.deviceId)).get();
  if (!device) throw new Error(`device ${record.receipt.deviceId} missing`);
  const state: DeviceState = {
    deviceId: device.id,
    country: device.country as FiscalCountry,
    serial: device.serial,
    lastNumber: device.lastNumber,
    lastHash: device.lastHash,
    keyId: device.keyId,
  };
  const now = ports.clock();
  const active = record.lines.filter((l) => !l.voided);
  const fiscalRequest: FiscalRequest = {
    receiptId,
    kind: "sale",
    issuedAt: now.toISOString(),
    currency: record.receipt.currency,
    total: totals.total,
    vat: totals.vat.map(({ rate, net, vat, gross }) => ({ rate, net, vat, gross })),
    lines: active.map((l) => ({ name: l.name, quantity: formatQuantity(l.quantityMilli), unitPrice: l.unitPrice, amount: l.amount, vatRate: l.vatRate })),
    payments: record.payments.map(({ method, amount }) => ({ method, amount })),
    printed: !delivery.electronic,
  };
  const { document, state: next } = await fiscalize(state, fiscalRequest, await signerFor(ports.config.fiscalKeySecret, device.id));
  const expiresAt = new Date(now.getTime() + ports.config.retentionDays * 86_400_000).toISOString();
  const deliveryState = {
    channel: delivery.channel,
    status: delivery.channel === "print" ? "printed" : "sent",
    attempts: 0,
    reason: delivery.reason,
  };

  await guardedBatch(ports.database, [
    db
      .update(receipts)
      .set({ status: "issued", issuedAt: document.issuedAt, total: totals.total, electronic: delivery.electronic, delivery: deliveryState, expiresAt })
      .where(and(eq(receipts.id, receiptId), eq(receipts.status, "open"))),
    db.insert(fiscalDocuments).values({
      deviceId: document.deviceId,
      number: document.number,
      numberText: document.numberText,
      receiptId,
      kind: document.kind,
      issuedAt: document.issuedAt,
      printed: document.printed,
      payload: document.payload,
      prevHash: document.prevHash,
      hash: document.hash,
      signature: document.signature,
      keyId: document.keyId,
      qrPayload: document.qrPayload,
    }),
    db
      .update(devices)
      .set({ lastNumber: next.lastNumber, lastHash: next.lastHash })
      .where(and(eq(devices.id, device.id), eq(devices.lastNumber, state.lastNumber))),
    receiptEvent(ports, terminal, receiptId, "issued", {
      device_id: device.id,
      number: document.number,
      channel: delivery.channel,
      reason: delivery.reason,
      total: totals.total,
    }),
  ]);
  ports.log.info("receipt.issued", { receipt_id: receiptId, merchant_id: terminal.merchantId, device_id: device.id, number: document.number, channel: delivery.channel });
}
