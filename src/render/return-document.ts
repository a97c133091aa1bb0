/**
 * A return as the customer gets it: its own document, rendered like a receipt (print text,
 * ESC/POS, PDF) from the return's signed payload, under the original receipt's merchant.
 */
import type { FiscalSummary, ReceiptDocument } from "../core/document";
import { parseQuantity } from "../core/money";
import { vatRateFor } from "../core/profiles";
import type { Line, Payment, PaymentMethod } from "../core/receipt";
import { readPayload } from "../simulator";

const METHODS: readonly string[] = ["cash", "card", "card_standalone", "voucher"];

/** The return's document; `fiscal` is the return's fiscal record (payload included). Null if it is not a return. */
export function returnDocument(original: ReceiptDocument, fiscal: FiscalSummary & { payload: string }): ReceiptDocument | null {
  const p = readPayload(fiscal.payload);
  if (p?.kind !== "return") return null;
  const lines: Line[] = p.lines.map((l, i) => ({
    id: `${original.id}-r${p.number}-${i + 1}`,
    position: i + 1,
    name: l.name,
    quantityMilli: parseQuantity(l.quantity) ?? 0,
    unitPrice: l.unitPrice,
    discount: 0,
    vatRate: l.vatRate,
    amount: l.amount,
    voided: false,
  }));
  const payments: Payment[] = p.payments.map((pay, i) => ({
    id: `${original.id}-r${p.number}-p${i + 1}`,
    method: (METHODS.includes(pay.method) ? pay.method : "cash") as PaymentMethod,
    amount: pay.amount,
    confirmed: true,
  }));
  const vat = p.vat.map((r) => ({ ...r, label: vatRateFor(original.profile, r.rate)?.label ?? r.rate }));
  return {
    ...original,
    id: `${original.id}-r${p.number}`,
    createdAt: p.issuedAt,
    lines,
    payments,
    totals: { total: p.total, vat, paid: p.total, change: 0 },
    electronic: !p.printed,
    fiscal,
  };
}
