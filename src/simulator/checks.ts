/** Input checks: the simulator refuses what a real device would refuse, before any number is used. */
import { FiscalInputError } from "./errors";
import { quantityMilli } from "./quantity";
import { instantMs } from "./time";
import type { FiscalRequest, FullDeviceState } from "./types";

export const ZERO_HASH = "0".repeat(64);
const HASH = /^[0-9a-f]{64}$/;
// Serials go into QR strings: keep them free of the QR separators ("*", "&", "=").
const SERIAL = /^[A-Za-z0-9-]{1,32}$/;
const CURRENCY = /^[A-Z]{3}$/;
const FAULTS = new Set(["operator_offline", "paper_out", "power_loss", "reply_lost", "slow", "clock_skew"]);

function fail(message: string): never {
  throw new FiscalInputError(message);
}

const count = (v: number): boolean => Number.isSafeInteger(v) && v >= 0;

function money(value: number, field: string): void {
  if (!Number.isSafeInteger(value)) fail(`${field} must be an integer amount in minor units`);
  if (value < 0) fail(`${field} must not be negative`);
}

export function isHash(value: string): boolean {
  return HASH.test(value);
}

/** An ISO 8601 instant with Z or an offset, as milliseconds since the epoch. */
export function checkInstant(iso: string, field: string): number {
  const ms = typeof iso === "string" ? instantMs(iso) : null;
  return ms ?? fail(`${field} must be an ISO 8601 instant with Z or an offset`);
}

export function checkState(state: FullDeviceState): void {
  if (state.deviceId === "") fail("deviceId is empty");
  if (state.country !== "PL" && state.country !== "SE" && state.country !== "RU" && state.country !== "NO") fail(`unknown country ${String(state.country)}`);
  if (!SERIAL.test(state.serial)) fail("serial must be 1-32 letters, digits or '-'");
  if (!count(state.lastNumber)) fail("lastNumber must be a non-negative integer");
  if (!isHash(state.lastHash)) fail("lastHash must be 64 lower-case hex characters");
  if (state.keyId === "") fail("keyId is empty");
  const { counters, operator, shift } = state;
  if (![counters.receipts, counters.shifts, counters.copies, counters.grandTotal.sales, counters.grandTotal.returns].every(count)) {
    fail("counters must be non-negative integers");
  }
  if (!count(operator.acked) || operator.acked > state.lastNumber) fail("operator.acked must be between 0 and lastNumber");
  if (shift !== null && (shift.number !== counters.shifts || instantMs(shift.openedAt) === null)) fail("shift does not match counters.shifts");
  for (const f of state.faults) {
    if (!FAULTS.has(f.fault) || !count(f.hits) || !count(f.seed) || (f.remaining !== null && !(count(f.remaining) && f.remaining > 0))) {
      fail("faults hold an invalid entry");
    }
  }
}

/** Returns the till's time as epoch milliseconds and its calendar date (YYYY-MM-DD as written). */
export function checkRequest(request: FiscalRequest): { issuedMs: number; date: string } {
  if (request.kind !== "sale" && request.kind !== "return" && request.kind !== "correction") fail(`unsupported document kind ${String((request as { kind: unknown }).kind)}`);
  if (typeof request.receiptId !== "string" || request.receiptId === "") fail("receiptId is empty");
  const issuedMs = checkInstant(request.issuedAt, "issuedAt");
  if (!CURRENCY.test(request.currency)) fail("currency must be an ISO 4217 code");
  money(request.total, "total");
  if (typeof request.printed !== "boolean") fail("printed must be a boolean");
  request.vat.forEach((row, i) => {
    money(row.net, `vat[${i}].net`);
    money(row.vat, `vat[${i}].vat`);
    money(row.gross, `vat[${i}].gross`);
  });
  request.lines.forEach((line, i) => {
    money(line.unitPrice, `lines[${i}].unitPrice`);
    money(line.amount, `lines[${i}].amount`);
    if (line.discount !== undefined) money(line.discount, `lines[${i}].discount`);
    if (quantityMilli(line.quantity) === null) fail(`lines[${i}].quantity must be a decimal with up to 3 decimals`);
  });
  request.payments.forEach((p, i) => money(p.amount, `payments[${i}].amount`));
  // The ISO form starts with the calendar day as the till wrote it.
  return { issuedMs, date: request.issuedAt.slice(0, 10) };
}
