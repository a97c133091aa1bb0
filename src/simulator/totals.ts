/** Shift totals as X and Z reports show them, summed one receipt at a time (the journal verifier replays the same sums). */
import type { FiscalLine, FiscalPayment, GrandTotal, PaymentTally, ReceiptKind, ShiftTotals, Tally, VatRow, VatSums, VatTally } from "./types";

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const ZERO: VatSums = { net: 0, vat: 0, gross: 0 };

function plus(a: VatSums, r: VatRow): VatSums {
  return { net: a.net + r.net, vat: a.vat + r.vat, gross: a.gross + r.gross };
}

function addVat(rows: VatTally[], kind: ReceiptKind, vat: VatRow[]): VatTally[] {
  const out = rows.map((r) => ({ ...r }));
  for (const row of vat) {
    let entry = out.find((r) => r.rate === row.rate);
    if (!entry) {
      entry = { rate: row.rate, sales: ZERO, returns: ZERO };
      out.push(entry);
    }
    if (kind === "sale") entry.sales = plus(entry.sales, row);
    else entry.returns = plus(entry.returns, row);
  }
  // Sorted by code unit, as canonical JSON sorts keys: the same receipts give the same report.
  return out.sort((a, b) => byCodeUnit(a.rate, b.rate));
}

/**
 * Per payment method and settlement sign: how many receipts it paid and how much (a receipt paid
 * two ways counts for both). Cash counts what stayed in the drawer: tendered less the change.
 */
function addPayments(rows: PaymentTally[], kind: ReceiptKind, total: number, payments: FiscalPayment[]): PaymentTally[] {
  const out = rows.map((r) => ({ ...r }));
  const zero = { count: 0, total: 0 };
  const change = Math.max(0, payments.reduce((s, p) => s + p.amount, 0) - total);
  const methods = [...new Set(payments.map((p) => p.method))];
  for (const method of methods) {
    const paid = payments.filter((p) => p.method === method).reduce((s, p) => s + p.amount, 0);
    const amount = method === "cash" ? Math.max(0, paid - change) : paid;
    let entry = out.find((r) => r.method === method);
    if (!entry) {
      entry = { method, sales: zero, returns: zero };
      out.push(entry);
    }
    const bumped = (x: { count: number; total: number }) => ({ count: x.count + 1, total: x.total + amount });
    if (kind === "sale") entry.sales = bumped(entry.sales);
    else entry.returns = bumped(entry.returns);
  }
  return out.sort((a, b) => byCodeUnit(a.method, b.method));
}

/** Sale lines with a discount, and the discounts' sum. */
function addDiscounts(d: Tally | undefined, kind: ReceiptKind, lines: readonly FiscalLine[]): Tally | undefined {
  const discounted = kind === "sale" ? lines.filter((l) => (l.discount ?? 0) > 0) : [];
  if (!d && discounted.length === 0) return d;
  const base = d ?? { count: 0, total: 0 };
  return { count: base.count + discounted.length, total: base.total + discounted.reduce((s, l) => s + (l.discount ?? 0), 0) };
}

export function addReceipt(t: ShiftTotals, kind: ReceiptKind, total: number, vat: VatRow[], payments: FiscalPayment[], lines: readonly FiscalLine[]): ShiftTotals {
  const discounts = addDiscounts(t.discounts, kind, lines);
  const bump = (x: { count: number; total: number }) => ({ count: x.count + 1, total: x.total + total });
  // What receipts do not change (copies, provisional and training prints) is carried over as it is.
  return {
    ...t,
    sales: kind === "sale" ? bump(t.sales) : t.sales,
    returns: kind === "return" ? bump(t.returns) : t.returns,
    vat: addVat(t.vat, kind, vat),
    ...(discounts && { discounts }),
    payments: addPayments(t.payments ?? [], kind, total, payments),
  };
}

export function addGrand(g: GrandTotal, kind: ReceiptKind, total: number): GrandTotal {
  return kind === "sale" ? { sales: g.sales + total, returns: g.returns } : { sales: g.sales, returns: g.returns + total };
}

/** Receipts in the shift so far: the RU receipt number within the shift counts them. */
export function receiptsIn(t: ShiftTotals): number {
  return t.sales.count + t.returns.count;
}
