/** The signed payload: built from state + request, and read back (strictly) from exported JSON. */
import { canonicalJson, parseJson, type JsonValue } from "./canonical";
import type { DeviceState, FiscalCountry, FiscalPayload, FiscalRequest } from "./types";

/** Copies only the known fields, so extra properties on the request never reach the signed bytes. */
export function buildPayload(state: DeviceState, request: FiscalRequest, number: number): FiscalPayload {
  return {
    v: 1,
    country: state.country,
    device: state.deviceId,
    serial: state.serial,
    number,
    kid: state.keyId,
    kind: request.kind,
    receiptId: request.receiptId,
    issuedAt: request.issuedAt,
    currency: request.currency,
    total: request.total,
    vat: request.vat.map((r) => ({ rate: r.rate, net: r.net, vat: r.vat, gross: r.gross })),
    lines: request.lines.map((l) => ({ name: l.name, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount, vatRate: l.vatRate })),
    payments: request.payments.map((p) => ({ method: p.method, amount: p.amount })),
    printed: request.printed,
    prevHash: state.lastHash,
  };
}

export function payloadJson(p: FiscalPayload): string {
  return canonicalJson({ ...p, vat: p.vat.map((r) => ({ ...r })), lines: p.lines.map((l) => ({ ...l })), payments: p.payments.map((x) => ({ ...x })) });
}

type JsonObject = { [key: string]: JsonValue | undefined };

function obj(v: JsonValue | undefined): JsonObject | null {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : null;
}
const str = (v: JsonValue | undefined): v is string => typeof v === "string";
const int = (v: JsonValue | undefined): v is number => typeof v === "number" && Number.isSafeInteger(v);

function list<T>(v: JsonValue | undefined, read: (o: JsonObject) => T | null): T[] | null {
  if (!Array.isArray(v)) return null;
  const out: T[] = [];
  for (const item of v) {
    const o = obj(item);
    const r = o ? read(o) : null;
    if (r === null) return null;
    out.push(r);
  }
  return out;
}

function country(v: JsonValue | undefined): FiscalCountry | null {
  return v === "PL" || v === "SE" || v === "RU" ? v : null;
}

/** Parses a payload; null unless it is valid, canonical (byte-identical when re-serialized) and well-typed. */
export function readPayload(text: string): FiscalPayload | null {
  const json = parseJson(text);
  const o = obj(json ?? undefined);
  if (!o) return null;
  const c = country(o.country);
  const { device, serial, number, kid, receiptId, issuedAt, currency, total, printed, prevHash } = o;
  if (o.v !== 1 || !c || o.kind !== "sale") return null;
  if (!str(device) || !str(serial) || !int(number) || !str(kid) || !str(receiptId) || !str(issuedAt)) return null;
  if (!str(currency) || !int(total) || typeof printed !== "boolean" || !str(prevHash)) return null;
  const vat = list(o.vat, (r) => (str(r.rate) && int(r.net) && int(r.vat) && int(r.gross) ? { rate: r.rate, net: r.net, vat: r.vat, gross: r.gross } : null));
  const lines = list(o.lines, (l) =>
    str(l.name) && str(l.quantity) && int(l.unitPrice) && int(l.amount) && str(l.vatRate)
      ? { name: l.name, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount, vatRate: l.vatRate }
      : null,
  );
  const payments = list(o.payments, (p) => (str(p.method) && int(p.amount) ? { method: p.method, amount: p.amount } : null));
  if (!vat || !lines || !payments) return null;
  const p: FiscalPayload = { v: 1, country: c, device, serial, number, kid, kind: "sale", receiptId, issuedAt, currency, total, vat, lines, payments, printed, prevHash };
  // Re-serializing must give the same bytes: rejects unknown fields, other key orders and whitespace.
  return payloadJson(p) === text ? p : null;
}
