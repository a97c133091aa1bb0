/** The receipt state machine (open -> issued | cancelled) and its pure rules. */
import { DomainError, invalid } from "./errors";
import { lineGross, MAX_LINES, MAX_QUANTITY_MILLI, MAX_UNIT_PRICE, parseQuantity } from "./money";
import { vatRateFor, type CountryProfile } from "./profiles";
import { vatBreakdown, type VatRow } from "./vat";

export type ReceiptStatus = "open" | "issued" | "cancelled";
export const PAYMENT_METHODS = ["cash", "card", "card_standalone", "voucher"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface LineInput {
  name: string;
  quantity: string;
  unit_price: number;
  vat_rate: string;
  discount?: number | undefined;
}

export interface Line {
  id: string;
  position: number;
  name: string;
  quantityMilli: number;
  unitPrice: number;
  discount: number;
  vatRate: string;
  /** Gross amount after discount, minor units. */
  amount: number;
  voided: boolean;
}

export interface Payment {
  id: string;
  method: PaymentMethod;
  amount: number;
  confirmed: boolean;
  /** A standalone card terminal's authorisation code, when the cashier confirmed the payment with it. */
  authorizationCode?: string | null | undefined;
}

export interface Totals {
  total: number;
  vat: VatRow[];
  paid: number;
  change: number;
}

/** Validates a line against the country profile; returns the numbers the receipt stores. */
export function priceLine(profile: CountryProfile, input: LineInput, field = "") {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const quantityMilli = parseQuantity(input.quantity);
  if (quantityMilli === null || quantityMilli === 0 || quantityMilli > MAX_QUANTITY_MILLI) {
    throw invalid(at("quantity"), "must be a decimal string > 0 and <= 10000 with at most 3 decimals, e.g. \"1\" or \"0.375\"");
  }
  if (input.unit_price > MAX_UNIT_PRICE) throw invalid(at("unit_price"), `must not exceed ${MAX_UNIT_PRICE} minor units`);
  if (!vatRateFor(profile, input.vat_rate)) {
    const codes = profile.vatRates.map((r) => r.code).join(", ");
    throw invalid(at("vat_rate"), `"${input.vat_rate}" is not a VAT rate in ${profile.country}; use one of ${codes}`);
  }
  const gross = lineGross(input.unit_price, quantityMilli);
  const discount = input.discount ?? 0;
  if (discount > gross) throw invalid(at("discount"), "must not exceed the line's gross amount");
  return { quantityMilli, unitPrice: input.unit_price, discount, vatRate: input.vat_rate, amount: gross - discount };
}

export function assertOpen(status: ReceiptStatus): void {
  if (status !== "open") {
    throw new DomainError("conflict", "receipt-not-open", "Receipt is not open", `The receipt is ${status}; only an open receipt can be changed.`);
  }
}

export function assertRoomForLine(lineCount: number): void {
  if (lineCount >= MAX_LINES) {
    throw new DomainError("unprocessable", "too-many-lines", "Too many lines", `A receipt holds at most ${MAX_LINES} lines.`);
  }
}

export function computeTotals(profile: CountryProfile, lines: readonly Line[], payments: readonly Payment[]): Totals {
  const active = lines.filter((l) => !l.voided);
  const total = active.reduce((sum, l) => sum + l.amount, 0);
  const paid = payments.reduce((sum, p) => sum + p.amount, 0);
  return { total, vat: vatBreakdown(profile, active), paid, change: Math.max(0, paid - total) };
}

/**
 * Only cash gives change: a card, voucher or standalone-terminal payment may not exceed what is
 * still due, and it may not be taken before there is anything to pay for.
 */
export function checkPayment(totals: Totals, method: PaymentMethod, amount: number): void {
  const due = totals.total - totals.paid;
  if (method !== "cash" && amount > due) {
    throw invalid("amount", `a ${method} payment may not exceed the amount due (${Math.max(0, due)}); only cash gives change`);
  }
}

/** The rules that must hold before a receipt may be fiscalized. */
export function assertReadyToIssue(lines: readonly Line[], payments: readonly Payment[], totals: Totals): void {
  if (!lines.some((l) => !l.voided)) {
    throw new DomainError("conflict", "receipt-empty", "Receipt has no lines", "Add at least one line before finalizing.");
  }
  const unconfirmed = payments.find((p) => p.method === "card_standalone" && !p.confirmed);
  if (unconfirmed) {
    throw new DomainError(
      "conflict",
      "card-payment-unconfirmed",
      "Card payment not confirmed",
      `Take the card payment of ${unconfirmed.amount} on the standalone card terminal first, then confirm payment ${unconfirmed.id} (POST .../payments/${unconfirmed.id}/confirm) before finalizing.`,
    );
  }
  if (totals.paid < totals.total) {
    throw new DomainError(
      "conflict",
      "payment-incomplete",
      "Payments do not cover the total",
      `The total is ${totals.total} but only ${totals.paid} is paid; ${totals.total - totals.paid} is still due.`,
    );
  }
  const cash = payments.filter((p) => p.method === "cash").reduce((s, p) => s + p.amount, 0);
  if (totals.change > cash) {
    throw invalid("payments", "change can only be given from cash");
  }
}
