/** A return may refund only what its sale sold, less what earlier returns refunded, line by line. */
import { FiscalError, FiscalInputError } from "./errors";
import { sha256Hex } from "./digest";
import type { OriginalRef, ReturnPayload, SalePayload } from "./payload";
import { readPayload } from "./payload-read";
import { formatMilli, quantityMilli } from "./quantity";
import type { ReturnLine, ReturnRequest } from "./types";

interface Refunded {
  milli: number;
  amount: number;
}

/** Quantity and amount per original line, summed over returns. */
export function refundedByLine(returns: readonly { lines: ReturnLine[] }[]): Map<number, Refunded> {
  const out = new Map<number, Refunded>();
  for (const r of returns) {
    for (const l of r.lines) {
      const prev = out.get(l.originalLine) ?? { milli: 0, amount: 0 };
      out.set(l.originalLine, { milli: prev.milli + (quantityMilli(l.quantity) ?? 0), amount: prev.amount + l.amount });
    }
  }
  return out;
}

/** The first line of `sale` whose refunds exceed what was sold, as a message telling the till what is left; null if none. */
export function overReturn(sale: SalePayload, refunded: Map<number, Refunded>): string | null {
  for (const [index, r] of refunded) {
    const line = sale.lines[index];
    if (!line) return `the original receipt has no line ${index}`;
    const sold = quantityMilli(line.quantity) ?? 0;
    if (r.milli > sold || r.amount > line.amount) {
      return `line ${index} "${line.name}": sold ${line.quantity} for ${line.amount}, returns would total ${formatMilli(r.milli)} for ${r.amount}`;
    }
  }
  return null;
}

function fail(message: string): never {
  throw new FiscalInputError(message);
}

/** Checks a return against its sale; the reference that goes into the signed return. */
export async function checkReturn(request: ReturnRequest): Promise<OriginalRef> {
  const { original } = request;
  const sale = readPayload(original.payload);
  if (!sale || sale.kind !== "sale" || (await sha256Hex(original.payload)) !== original.hash) {
    fail("original must be the sale's fiscal document as issued (payload and hash intact)");
  }
  if (request.currency !== sale.currency) fail(`currency ${request.currency} differs from the sale's ${sale.currency}`);
  if (request.lines.length === 0) fail("a return needs at least one line");
  request.lines.forEach((l, i) => {
    const sold = Number.isSafeInteger(l.originalLine) ? sale.lines[l.originalLine] : undefined;
    if (!sold) fail(`lines[${i}].originalLine must name a line of the original receipt (0..${sale.lines.length - 1})`);
    if (l.name !== sold.name || l.unitPrice !== sold.unitPrice || l.vatRate !== sold.vatRate) {
      fail(`lines[${i}] must repeat the original line's name, unit price and VAT rate`);
    }
    if (quantityMilli(l.quantity) === 0) fail(`lines[${i}].quantity must be more than 0`);
  });
  const earlier = new Map<string, ReturnPayload>();
  for (const doc of request.earlierReturns) {
    const p = readPayload(doc.payload);
    if (!p || p.kind !== "return" || p.original.hash !== original.hash) fail("earlierReturns must be return documents of this sale");
    earlier.set(doc.payload, p);
  }
  const over = overReturn(sale, refundedByLine([...earlier.values(), request]));
  if (over !== null) {
    const left = refundedByLine([...earlier.values()]);
    const room = sale.lines.map((l, i) => `${i}: ${formatMilli((quantityMilli(l.quantity) ?? 0) - (left.get(i)?.milli ?? 0))}`).join(", ");
    throw new FiscalError("return_exceeds_sale", `Return refused, more than was sold: ${over}. Left to return per line: ${room}.`);
  }
  return { device: sale.device, serial: sale.serial, number: sale.number, hash: original.hash, receiptId: sale.receiptId };
}
