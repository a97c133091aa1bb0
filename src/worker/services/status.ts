/** Finalize and cancel: status changes that run one at a time per fiscal device (see DeviceGate). */
import { and, eq, isNull } from "drizzle-orm";
import { decideDelivery, type Channel, type Customer } from "../../core/delivery";
import { formatQuantity } from "../../core/money";
import { profileFor } from "../../core/profiles";
import { assertOpen, assertReadyToIssue, computeTotals } from "../../core/receipt";
import type { Statement } from "../../db/database";
import { guardedBatch } from "../../db/invariants";
import type { ReceiptRecord } from "../../db/receipts";
import { receipts } from "../../db/schema";
import { fiscalize, type FiscalLine, type SaleRequest } from "../../simulator";
import type { TerminalContext } from "../auth";
import type { GateOutcome, Ports } from "../ports";
import type { FinalizeRequest } from "../schemas";
import { receiptDocument } from "../views";
import { assertChannel, assertRecipient, availableChannels, customerHash, recipientFor, rememberedChannel, rememberStatement } from "./delivery-policy";
import { deviceStep, documentInsert, fiscalRowOf, loadDevice } from "./device";
import { enqueueStatement } from "./outbox";
import { loadReceipt, receiptEvent } from "./receipts";

export async function cancelNow(ports: Ports, terminal: TerminalContext, receiptId: string): Promise<GateOutcome> {
  const record = await loadReceipt(ports, terminal, receiptId);
  if (record.receipt.status === "cancelled") return "unchanged";
  assertOpen(record.receipt.status);
  const { db } = ports.database;
  await guardedBatch(ports.database, [
    db.update(receipts).set({ status: "cancelled", cancelledAt: ports.clock().toISOString(), customer: null, qrChoiceUntil: null }).where(eq(receipts.id, receiptId)),
    receiptEvent(ports, terminal, receiptId, "cancelled"),
  ]);
  ports.log.info("receipt.cancelled", { receipt_id: receiptId, merchant_id: terminal.merchantId });
  return "cancelled";
}

/**
 * Seed 001: when the customer scanned the display QR and the till asks for `auto`, the till is
 * offered "QR receipt: OK / Change"; without an answer the receipt is issued as a QR receipt.
 */
async function offerQr(ports: Ports, terminal: TerminalContext, record: ReceiptRecord): Promise<GateOutcome> {
  if (record.receipt.qrChoiceUntil) return "offered";
  const until = new Date(ports.clock().getTime() + ports.config.qrChoiceSeconds * 1000);
  const { db } = ports.database;
  await guardedBatch(ports.database, [
    db.update(receipts).set({ qrChoiceUntil: until.toISOString() }).where(and(eq(receipts.id, record.receipt.id), isNull(receipts.qrChoiceUntil))),
    receiptEvent(ports, terminal, record.receipt.id, "qr_offered", { until: until.toISOString() }),
  ]);
  await ports.coordinator.wake(record.receipt.id, until);
  return "offered";
}

export async function finalizeNow(ports: Ports, terminal: TerminalContext, receiptId: string, request: FinalizeRequest): Promise<GateOutcome> {
  const record = await loadReceipt(ports, terminal, receiptId);
  if (record.receipt.status === "issued") return "unchanged";
  assertOpen(record.receipt.status);
  const profile = profileFor(terminal.country);
  const totals = computeTotals(profile, record.lines, record.payments);
  assertReadyToIssue(record.lines, record.payments, totals);

  const customer: Customer | null = request.customer ?? record.receipt.customer;
  const hash = await customerHash(terminal.merchantId, customer);
  const available = availableChannels(ports, profile);
  const delivery = decideDelivery({
    requested: request.delivery,
    customer,
    contact: request.contact ?? null,
    qrScanned: record.receipt.qrScannedAt !== null,
    remembered: request.delivery === "auto" ? await rememberedChannel(ports.database.db, terminal.merchantId, hash) : null,
    available,
  });
  assertChannel(delivery.channel, available, profile);
  const recipient = recipientFor(delivery.channel, request.contact, customer);
  assertRecipient(delivery.channel, recipient);
  if (request.delivery === "auto" && delivery.channel === "qr") return offerQr(ports, terminal, record);
  await issue(ports, terminal, record, totals, { ...delivery, recipient }, request.remember && hash ? hash : null);
  return "issued";
}

const INITIAL_STATUS: Record<Channel, string> = { print: "printed", qr: "sent", ebin: "discarded", sms: "queued", email: "queued" };

/**
 * Fiscalizes and issues in one transaction: device counter, fiscal document, receipt status,
 * outgoing message and event land together or not at all, so a number is never skipped or reused
 * and an acknowledged receipt never loses its message.
 */
async function issue(
  ports: Ports,
  terminal: TerminalContext,
  record: ReceiptRecord,
  totals: ReturnType<typeof computeTotals>,
  delivery: { channel: Channel; electronic: boolean; reason: string; recipient: string | null },
  rememberHash: string | null,
): Promise<void> {
  const { db } = ports.database;
  const receiptId = record.receipt.id;
  const device = await loadDevice(ports, terminal.merchantId, record.receipt.deviceId);
  const now = ports.clock();
  const fiscalRequest: SaleRequest = {
    receiptId,
    kind: "sale",
    issuedAt: now.toISOString(),
    currency: record.receipt.currency,
    total: totals.total,
    vat: totals.vat.map(({ rate, net, vat, gross }) => ({ rate, net, vat, gross })),
    lines: activeFiscalLines(record),
    payments: record.payments.map(({ method, amount }) => ({ method, amount })),
    printed: !delivery.electronic,
  };
  const issued = {
    status: "issued" as const,
    issuedAt: fiscalRequest.issuedAt,
    total: totals.total,
    electronic: delivery.electronic,
    delivery: { channel: delivery.channel, status: INITIAL_STATUS[delivery.channel], attempts: 0, reason: delivery.reason },
    expiresAt: new Date(now.getTime() + ports.config.retentionDays * 86_400_000).toISOString(),
    qrChoiceUntil: null,
  };
  const result = await deviceStep(ports, device, () => fiscalize(device.state, fiscalRequest, device.sign), ({ document, opened }) => {
    const statements: Statement[] = [
      // RU: the shift-opening report the sale issued first (fiscal helper).
      ...(opened ? [documentInsert(db, opened)] : []),
      db.update(receipts).set(issued).where(and(eq(receipts.id, receiptId), eq(receipts.status, "open"))),
      documentInsert(db, document),
      receiptEvent(ports, terminal, receiptId, "issued", { device_id: device.row.id, number: document.number, channel: delivery.channel, reason: delivery.reason, total: totals.total }),
    ];
    if (delivery.recipient && (delivery.channel === "sms" || delivery.channel === "email")) {
      const doc = receiptDocument({ ...record, receipt: { ...record.receipt, ...issued }, fiscal: fiscalRowOf(document) });
      statements.push(enqueueStatement(ports, record, doc, { channel: delivery.channel, recipient: delivery.recipient, copy: 0 }));
    }
    if (rememberHash) statements.push(rememberStatement(db, terminal.merchantId, rememberHash, delivery.channel, now.toISOString()));
    return statements;
  });
  ports.log.info("receipt.issued", { receipt_id: receiptId, merchant_id: terminal.merchantId, device_id: device.row.id, number: result.document.number, channel: delivery.channel });
}

/** The sale's lines as the device records them; a return names them by this position. */
export const activeFiscalLines = (record: ReceiptRecord): FiscalLine[] =>
  record.lines
    .filter((l) => !l.voided)
    .map((l) => ({ name: l.name, quantity: formatQuantity(l.quantityMilli), unitPrice: l.unitPrice, amount: l.amount, vatRate: l.vatRate }));
