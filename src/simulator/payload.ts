/** The signed payload: what each document's signature and hash cover, as canonical JSON. */
import { canonicalJson } from "./canonical";
import type { FiscalCountry, FiscalLine, FiscalPayment, GrandTotal, ReturnLine, ShiftTotals, VatRow } from "./types";

type PayloadHead = {
  v: 2;
  country: FiscalCountry;
  device: string;
  serial: string;
  /** Key id of the signing key, so the signed bytes name their key. */
  kid: string;
  number: number;
  /** The words the device prints as the document's title (SE electronic: "elektroniskt kassakvitto"). */
  title: string;
  issuedAt: string;
  shift: number;
  prevHash: string;
};

type ReceiptHead = PayloadHead & {
  /** The profile's receipt number: PL within the calendar day, SE device-wide serial, RU within the shift. */
  seq: number;
  receiptId: string;
  currency: string;
  total: number;
  vat: VatRow[];
  payments: FiscalPayment[];
  printed: boolean;
};

export type SalePayload = ReceiptHead & { kind: "sale"; lines: FiscalLine[] };

/** The sale a return refunds, bound by its hash. */
export type OriginalRef = { device: string; serial: string; number: number; hash: string; receiptId: string };

export type ReturnPayload = ReceiptHead & { kind: "return"; lines: ReturnLine[]; original: OriginalRef };

export type ZReportPayload = PayloadHead & { kind: "z_report"; openedAt: string; totals: ShiftTotals; grandTotal: GrandTotal };

export type ReceiptPayload = SalePayload | ReturnPayload;
export type FiscalPayload = ReceiptPayload | ZReportPayload;

/** Copies only the known fields, so extra properties on a request never reach the signed bytes. */
export function pickLine(l: FiscalLine): FiscalLine {
  return { name: l.name, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount, vatRate: l.vatRate };
}

export function pickReturnLine(l: ReturnLine): ReturnLine {
  return { ...pickLine(l), originalLine: l.originalLine };
}

export function pickVat(r: VatRow): VatRow {
  return { rate: r.rate, net: r.net, vat: r.vat, gross: r.gross };
}

export function pickPayment(p: FiscalPayment): FiscalPayment {
  return { method: p.method, amount: p.amount };
}

export function payloadJson(p: FiscalPayload): string {
  return canonicalJson(p);
}
