/** X and Z reports as a till prints them and a person reads them: print text, ESC/POS and PDF. */
import { and, eq } from "drizzle-orm";
import type { MerchantInfo } from "../../core/document";
import { notFound } from "../../core/errors";
import { profileFor } from "../../core/profiles";
import { fiscalDocuments } from "../../db/schema";
import { blocksEscPos, escposBase64 } from "../../render/escpos";
import { renderBlocksPdf } from "../../render/pdf";
import { blocksText, type PrintColumns } from "../../render/print-text";
import { reportBlocks, type ReportView } from "../../render/report-content";
import { readPayload, xReport, type FiscalDocument, type XReport } from "../../simulator";
import type { TerminalContext } from "../auth";
import type { Ports } from "../ports";
import { deviceRow, fiscalDocumentOf, loadDevice, type LoadedDevice } from "./device";
import { merchantOf, storeOf } from "./tenants";

/** The header a report prints, from the per-isolate merchant and store rows. */
export async function merchantInfo(ports: Ports, terminal: TerminalContext): Promise<MerchantInfo> {
  const [merchant, store] = await Promise.all([merchantOf(ports, terminal.merchantId), storeOf(ports, terminal.storeId)]);
  return { name: merchant.name, address: store.address || merchant.address, taxId: merchant.taxId, storeName: store.name };
}

function xView(device: LoadedDevice, merchant: MerchantInfo, x: XReport): ReportView {
  return {
    kind: "x",
    profile: profileFor(device.state.country),
    merchant,
    serial: device.state.serial,
    register: device.state.registration.registerNumber,
    numberText: null,
    documentNumber: null,
    shift: x.shift,
    openedAt: x.openedAt,
    at: x.at,
    totals: x.totals,
    grandTotal: x.grandTotal,
    unsent: { count: x.unsent, since: device.state.operator.unsentSince },
    validUntil: device.state.registration.validUntil || null,
  };
}

/** A Z report's view, read from its signed payload alone. */
export function zView(document: FiscalDocument, merchant: MerchantInfo): ReportView {
  const p = readPayload(document.payload);
  if (p?.kind !== "z_report") throw notFound("Z report");
  return {
    kind: "z",
    profile: profileFor(p.country),
    merchant,
    serial: p.serial,
    register: null,
    numberText: document.numberText,
    documentNumber: document.number,
    shift: p.shift,
    openedAt: p.openedAt,
    at: p.issuedAt,
    totals: p.totals,
    grandTotal: p.grandTotal,
    unsent: p.unsent ?? null,
    validUntil: p.validUntil ?? null,
  };
}

export function reportPrint(view: ReportView, columns: PrintColumns) {
  const blocks = reportBlocks(view);
  return { text: blocksText(blocks, columns), escpos_base64: escposBase64(blocksEscPos(blocks, view.profile.language, columns)), columns };
}

export function reportPdf(view: ReportView): Promise<Uint8Array> {
  const title = `${view.kind === "z" ? `Z ${view.numberText ?? ""}` : "X"} ${view.serial}`;
  return renderBlocksPdf(reportBlocks(view), { title, locale: view.profile.locale, date: new Date(view.at) });
}

export async function xReportView(ports: Ports, terminal: TerminalContext, deviceId: string): Promise<{ report: XReport; view: ReportView }> {
  const device = await loadDevice(ports, terminal.merchantId, deviceId);
  const report = xReport(device.state, ports.clock().toISOString());
  return { report, view: xView(device, await merchantInfo(ports, terminal), report) };
}

/** The Z report that closed `shift`, from the journal. */
export async function zReportView(ports: Ports, terminal: TerminalContext, deviceId: string, shift: number): Promise<{ document: FiscalDocument; view: ReportView }> {
  // Read from the journal: the device's own state is not needed (nor reachable outside its object on Workers).
  if ((await deviceRow(ports, deviceId))?.merchantId !== terminal.merchantId) throw notFound("Device");
  const row = await ports.database.db
    .select()
    .from(fiscalDocuments)
    .where(and(eq(fiscalDocuments.deviceId, deviceId), eq(fiscalDocuments.kind, "z_report"), eq(fiscalDocuments.numberText, `Z${String(shift).padStart(4, "0")}`)))
    .get();
  if (!row) throw notFound("Z report");
  const document = fiscalDocumentOf(row);
  return { document, view: zView(document, await merchantInfo(ports, terminal)) };
}

export async function zViewFor(ports: Ports, terminal: TerminalContext, document: FiscalDocument): Promise<ReportView> {
  return zView(document, await merchantInfo(ports, terminal));
}
