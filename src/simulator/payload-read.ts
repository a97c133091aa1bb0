/** Reads a signed payload back, strictly, from exported JSON. */
import { parseJson, type JsonValue } from "./canonical";
import { bool, int, list, obj, str, type JsonObject } from "./json-read";
import { payloadJson, type FiscalPayload, type OriginalRef, type RuHead, type UnsentCounters } from "./payload";
import type { FiscalCountry, FiscalPayment, GrandTotal, PaymentTally, ReturnLine, ShiftTotals, SignedLine, Tally, VatRow, VatSums, VatTally } from "./types";

const country = (v: JsonObject[string]): FiscalCountry | null => (v === "PL" || v === "SE" || v === "RU" || v === "NO" ? v : null);

const vatRow = (r: JsonObject): VatRow | null =>
  str(r.rate) && int(r.net) && int(r.vat) && int(r.gross) ? { rate: r.rate, net: r.net, vat: r.vat, gross: r.gross } : null;

/** An optional field: absent, or present with the type `is` accepts; `bad` when present with another. */
const bad = Symbol("bad");
function optional<T extends JsonObject[string]>(v: JsonObject[string], is: (x: JsonObject[string]) => x is T): T | undefined | typeof bad {
  if (v === undefined) return undefined;
  return is(v) ? v : bad;
}

function line(l: JsonObject): SignedLine | null {
  if (!(str(l.name) && str(l.quantity) && int(l.unitPrice) && int(l.amount) && str(l.vatRate))) return null;
  if (l.discount !== undefined && !(int(l.discount) && l.discount > 0)) return null;
  const base = { name: l.name, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount, vatRate: l.vatRate, ...(l.discount !== undefined && { discount: l.discount }) };
  const { itemType, paymentMethod, measure } = l;
  if (itemType === undefined && paymentMethod === undefined && measure === undefined) return base;
  return int(itemType) && int(paymentMethod) && int(measure) ? { ...base, itemType, paymentMethod, measure } : null;
}

function returnLine(l: JsonObject): (ReturnLine & SignedLine) | null {
  const base = line(l);
  return base && int(l.originalLine) ? { ...base, originalLine: l.originalLine } : null;
}

const payment = (p: JsonObject): FiscalPayment | null => (str(p.method) && int(p.amount) ? { method: p.method, amount: p.amount } : null);

function original(o: JsonObject | null): OriginalRef | null {
  if (!o) return null;
  const { device, serial, number, hash, receiptId } = o;
  return str(device) && str(serial) && int(number) && str(hash) && str(receiptId) ? { device, serial, number, hash, receiptId } : null;
}

function tally(o: JsonObject | null): Tally | null {
  return o && int(o.count) && int(o.total) ? { count: o.count, total: o.total } : null;
}

function sums(o: JsonObject | null): VatSums | null {
  return o && int(o.net) && int(o.vat) && int(o.gross) ? { net: o.net, vat: o.vat, gross: o.gross } : null;
}

function vatTally(o: JsonObject): VatTally | null {
  const sales = sums(obj(o.sales));
  const returns = sums(obj(o.returns));
  return str(o.rate) && sales && returns ? { rate: o.rate, sales, returns } : null;
}

function paymentTally(o: JsonObject): PaymentTally | null {
  const sales = tally(obj(o.sales));
  const returns = tally(obj(o.returns));
  return str(o.method) && sales && returns ? { method: o.method, sales, returns } : null;
}

function totals(o: JsonObject | null): ShiftTotals | null {
  if (!o) return null;
  const sales = tally(obj(o.sales));
  const returns = tally(obj(o.returns));
  const vat = list(o.vat, vatTally);
  if (!sales || !returns || !vat || !int(o.copies)) return null;
  const copyTotal = o.copyTotal === undefined ? undefined : int(o.copyTotal) ? o.copyTotal : null;
  const payments = o.payments === undefined ? undefined : list(o.payments, paymentTally);
  const optionalTally = (value: JsonValue | undefined) => (value === undefined ? undefined : tally(obj(value)));
  const discounts = optionalTally(o.discounts);
  const provisional = optionalTally(o.provisional);
  const training = optionalTally(o.training);
  if (copyTotal === null || payments === null || discounts === null || provisional === null || training === null) return null;
  return {
    sales,
    returns,
    vat,
    copies: o.copies,
    ...(copyTotal !== undefined && { copyTotal }),
    ...(discounts && { discounts }),
    ...(payments && { payments }),
    ...(provisional && { provisional }),
    ...(training && { training }),
  };
}

function unsent(o: JsonObject | null): UnsentCounters | null {
  return o && int(o.count) && (o.since === null || str(o.since)) ? { count: o.count, since: o.since } : null;
}

function ruHead(o: JsonObject | null): RuHead | null {
  return o && o.ffd === "1.2" && str(o.rn) && str(o.taxSystem) && str(o.place) ? { ffd: "1.2", rn: o.rn, taxSystem: o.taxSystem, place: o.place } : null;
}

function grand(o: JsonObject | null): GrandTotal | null {
  return o && int(o.sales) && int(o.returns) ? { sales: o.sales, returns: o.returns } : null;
}

function read(o: JsonObject): FiscalPayload | null {
  const c = country(o.country);
  const { device, serial, kid, number, title, issuedAt, shift, prevHash } = o;
  if (o.v !== 2 || !c || !str(device) || !str(serial) || !str(kid) || !int(number) || !str(title)) return null;
  if (!str(issuedAt) || !int(shift) || !str(prevHash)) return null;
  const head = { v: 2 as const, country: c, device, serial, kid, number, title, issuedAt, shift, prevHash };
  if (o.kind === "z_report") {
    const t = totals(obj(o.totals));
    const g = grand(obj(o.grandTotal));
    const u = o.unsent === undefined ? undefined : unsent(obj(o.unsent));
    const validUntil = optional(o.validUntil, str);
    if (!str(o.openedAt) || !t || !g || u === null || validUntil === bad) return null;
    return { ...head, kind: "z_report", openedAt: o.openedAt, totals: t, grandTotal: g, ...(u && { unsent: u }), ...(validUntil !== undefined && { validUntil }) };
  }
  if (o.kind === "shift_open") {
    const u = unsent(obj(o.unsent));
    return str(o.cashier) && str(o.validUntil) && u ? { ...head, kind: "shift_open", cashier: o.cashier, validUntil: o.validUntil, unsent: u } : null;
  }
  if (o.kind === "registration") {
    const ru = ruHead(obj(o.ru));
    return str(o.register) && str(o.validUntil) && ru ? { ...head, kind: "registration", register: o.register, ru, validUntil: o.validUntil } : null;
  }
  const { seq, receiptId, currency, total, printed } = o;
  if (!int(seq) || !str(receiptId) || !str(currency) || !int(total) || !bool(printed)) return null;
  const vat = list(o.vat, vatRow);
  const payments = list(o.payments, payment);
  if (!vat || !payments) return null;
  const texts = { register: optional(o.register, str), cashier: optional(o.cashier, str), buyer: optional(o.buyer, str), buyerTaxId: optional(o.buyerTaxId, str) };
  const ru = o.ru === undefined ? undefined : ruHead(obj(o.ru));
  if (Object.values(texts).includes(bad) || ru === null) return null;
  const extras: Record<string, string> = {};
  for (const [k, v] of Object.entries(texts)) if (typeof v === "string") extras[k] = v;
  const receipt = { ...head, seq, receiptId, currency, total, vat, payments, printed, ...extras, ...(ru && { ru }) };
  if (o.kind === "sale") {
    const lines = list(o.lines, line);
    return lines ? { ...receipt, kind: "sale", lines } : null;
  }
  if (o.kind === "return") {
    const lines = list(o.lines, returnLine);
    const ref = original(obj(o.original));
    return lines && ref ? { ...receipt, kind: "return", lines, original: ref } : null;
  }
  if (o.kind === "correction") {
    const lines = list(o.lines, line);
    const c = obj(o.correction);
    const sign = o.sign === "sale" || o.sign === "return" ? o.sign : null;
    if (!lines || !sign || !c || (c.type !== "self" && c.type !== "order") || !str(c.date) || !str(c.order)) return null;
    return { ...receipt, kind: "correction", sign, lines, correction: { type: c.type, date: c.date, order: c.order } };
  }
  return null;
}

/** Parses a payload; null unless it is valid, canonical (byte-identical when re-serialized) and well-typed. */
export function readPayload(text: string): FiscalPayload | null {
  const o = obj(parseJson(text) ?? undefined);
  const p = o ? read(o) : null;
  // Re-serializing must give the same bytes: rejects unknown fields, other key orders and whitespace.
  return p && payloadJson(p) === text ? p : null;
}
