/** Shifts, reports, faults and the journal of a simulated fiscal device, as the till's API sees them. */
import { asc, eq } from "drizzle-orm";
import { DomainError, notFound } from "../../core/errors";
import { fiscalDocuments, slips } from "../../db/schema";
import {
  armFault,
  clearFaults,
  closeShift,
  countNonReceipt,
  deviceStatus,
  journalLine,
  NO_EFFECTS,
  openShiftReport,
  transmit,
  type DeviceStatus,
  type FaultSpec,
  type FiscalDocument,
  type NonReceiptKind,
  type NonReceiptRecord,
  type ZReport,
} from "../../simulator";
import type { TerminalContext } from "../auth";
import type { Ports } from "../ports";
import { deviceRow, deviceStep, documentInsert, fiscalDocumentOf, loadDevice } from "./device";

const now = (ports: Ports) => ports.clock().toISOString();

export async function readStatus(ports: Ports, terminal: TerminalContext, deviceId: string): Promise<DeviceStatus> {
  const device = await loadDevice(ports, terminal.merchantId, deviceId);
  return deviceStatus(device.state, now(ports));
}

/** The device journal as JSON lines, oldest first, streamed page by page so a long journal stays cheap. */
export async function journal(ports: Ports, terminal: TerminalContext, deviceId: string): Promise<ReadableStream<Uint8Array>> {
  const row = await deviceRow(ports, deviceId);
  if (row?.merchantId !== terminal.merchantId) throw notFound("Device");
  const encoder = new TextEncoder();
  let after = 0;
  return new ReadableStream({
    async pull(controller) {
      const rows = await ports.database.db
        .select()
        .from(fiscalDocuments)
        .where(eq(fiscalDocuments.deviceId, deviceId))
        .orderBy(asc(fiscalDocuments.number))
        .limit(500)
        .offset(after)
        .all();
      if (rows.length === 0) return controller.close();
      after += rows.length;
      controller.enqueue(encoder.encode(rows.map((row) => `${journalLine(fiscalDocumentOf(row))}\n`).join("")));
    },
  });
}

export async function shiftOpen(ports: Ports, terminal: TerminalContext, deviceId: string): Promise<DeviceStatus> {
  const device = await loadDevice(ports, terminal.merchantId, deviceId);
  // RU: the shift-opening report is a fiscal document (fiscal helper).
  const { state } = await deviceStep(ports, device, () => openShiftReport(device.state, now(ports), device.sign), ({ document }) => (document ? [documentInsert(ports.database.db, document)] : []));
  return deviceStatus(state, now(ports));
}

export async function shiftClose(ports: Ports, terminal: TerminalContext, deviceId: string): Promise<{ document: FiscalDocument; report: ZReport }> {
  const device = await loadDevice(ports, terminal.merchantId, deviceId);
  const { db } = ports.database;
  const { document, report } = await deviceStep(ports, device, () => closeShift(device.state, now(ports), device.sign), ({ document }) => [documentInsert(db, document)]);
  ports.log.info("device.z_report", { device_id: deviceId, number: document.number, shift: report.shift });
  return { document, report };
}

export async function setFaults(ports: Ports, terminal: TerminalContext, deviceId: string, arm: FaultSpec | null): Promise<DeviceStatus> {
  if (!ports.config.sandbox) {
    throw new DomainError("not_found", "sandbox-only", "Faults are a sandbox feature", "Fault injection is off on this service (SANDBOX=false).");
  }
  const device = await loadDevice(ports, terminal.merchantId, deviceId);
  const at = now(ports);
  // Clearing lets the operator connection come back, so the queue goes out in order at once.
  const step = async () => (arm ? { state: armFault(device.state, arm), effects: NO_EFFECTS } : (({ acks, state }) => ({ state, effects: { ...NO_EFFECTS, acks } }))(await transmit(clearFaults(device.state), at)));
  const { state } = await deviceStep(ports, device, step, () => []);
  ports.log.info(arm ? "device.fault_armed" : "device.faults_cleared", { device_id: deviceId, ...(arm && { fault: arm.fault }) });
  return deviceStatus(state, at);
}

/** SE, NO: a provisional (pro forma) or training print of an open sale, counted by the device for its Z report. */
export async function countSlip(ports: Ports, terminal: TerminalContext, deviceId: string, receiptId: string, kind: NonReceiptKind, amount: number): Promise<NonReceiptRecord> {
  const device = await loadDevice(ports, terminal.merchantId, deviceId);
  const { record } = await deviceStep(ports, device, () => countNonReceipt(device.state, kind, receiptId, amount, now(ports)), ({ record: r }) => [
    ports.database.db.insert(slips).values({ deviceId: r.deviceId, shift: r.shift, kind: r.kind, count: r.count, receiptId: r.receiptId, amount: r.amount, printedAt: r.issuedAt }),
  ]);
  ports.log.info("device.slip_counted", { device_id: deviceId, receipt_id: receiptId, kind, count: record.count });
  return record;
}
