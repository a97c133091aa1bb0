/** The signed payload: what each document's signature and hash cover, as canonical JSON. */
import { canonicalJson } from "./canonical";
import type { Correction, FiscalCountry, FiscalLine, FiscalPayment, GrandTotal, ReceiptKind, ReturnLine, ShiftTotals, SignedLine, VatRow } from "./types";

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

/** RU (FFD 1.2) fields every receipt carries besides the FN number (`serial`). */
export type RuHead = {
  /** FFD version, tag 1209. */
  ffd: "1.2";
  /** РН ККТ, tag 1037. */
  rn: string;
  /** СНО, tag 1055. */
  taxSystem: string;
  /** Place of settlement, tag 1187; "" = the store's address. */
  place: string;
};

type ReceiptHead = PayloadHead & {
  /** The register's own manufacturing number (RU ЗН ККТ); absent on receipts issued before it was signed. */
  register?: string;
  cashier?: string;
  /** RU: the buyer's phone or e-mail (tag 1008), on receipts sent electronically. */
  buyer?: string;
  /** PL: the buyer's NIP. */
  buyerTaxId?: string;
  ru?: RuHead;
  /** The profile's receipt number: PL within the calendar day, SE device-wide serial, RU within the shift. */
  seq: number;
  receiptId: string;
  currency: string;
  total: number;
  vat: VatRow[];
  payments: FiscalPayment[];
  printed: boolean;
};

export type SalePayload = ReceiptHead & { kind: "sale"; lines: SignedLine[] };

/** The sale a return refunds, bound by its hash. */
export type OriginalRef = { device: string; serial: string; number: number; hash: string; receiptId: string };

export type ReturnPayload = ReceiptHead & { kind: "return"; lines: (ReturnLine & SignedLine)[]; original: OriginalRef };

/** What the operator had not acknowledged when the Z report closed the shift (RU FFD counters). */
export type UnsentCounters = { count: number; since: string | null };

export type ZReportPayload = PayloadHead & {
  kind: "z_report";
  openedAt: string;
  totals: ShiftTotals;
  grandTotal: GrandTotal;
  /** Absent on Z reports issued before they were counted. */
  unsent?: UnsentCounters;
  /** RU: the fiscal drive's validity end. */
  validUntil?: string;
};

/** RU: the shift-opening report, a fiscal document of its own. */
export type ShiftOpenPayload = PayloadHead & { kind: "shift_open"; cashier: string; validUntil: string; unsent: UnsentCounters };

/** RU: the correction receipt (чек коррекции), a sale or a return by its settlement sign. */
export type CorrectionPayload = ReceiptHead & { kind: "correction"; sign: ReceiptKind; lines: SignedLine[]; correction: Correction };

/** RU: the registration report, the device's first document: what it was registered with (shift 0). */
export type RegistrationPayload = PayloadHead & { kind: "registration"; register: string; ru: RuHead; validUntil: string };

export type ReceiptPayload = SalePayload | ReturnPayload | CorrectionPayload;
export type FiscalPayload = ReceiptPayload | ZReportPayload | ShiftOpenPayload | RegistrationPayload;

export function isReceipt(p: FiscalPayload): p is ReceiptPayload {
  return p.kind === "sale" || p.kind === "return" || p.kind === "correction";
}

/** Whether the receipt takes money in (sale) or pays it back (return); a correction says which. */
export function settlementOf(p: ReceiptPayload): ReceiptKind {
  return p.kind === "correction" ? p.sign : p.kind;
}

/** Copies only the known fields, so extra properties on a request never reach the signed bytes. */
export function pickLine(l: FiscalLine): FiscalLine {
  const line = { name: l.name, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount, vatRate: l.vatRate };
  return l.discount ? { ...line, discount: l.discount } : line;
}

/** A returned line refunds an amount; the sale's discount stays on the sale. */
export function pickReturnLine(l: ReturnLine): ReturnLine {
  return { name: l.name, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount, vatRate: l.vatRate, originalLine: l.originalLine };
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
