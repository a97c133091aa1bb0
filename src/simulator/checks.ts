/** Input checks: the simulator refuses what a real device would refuse, before any number is used. */
import { parseIssuedAt } from "./time";
import type { DeviceState, FiscalRequest } from "./types";

/** Thrown for input a device would reject; the state handed in is untouched. */
export class FiscalInputError extends Error {
  override readonly name = "FiscalInputError";
}

export const ZERO_HASH = "0".repeat(64);
const HASH = /^[0-9a-f]{64}$/;
// Serials go into QR strings: keep them free of the QR separators ("*", "&", "=").
const SERIAL = /^[A-Za-z0-9-]{1,32}$/;
const CURRENCY = /^[A-Z]{3}$/;

function fail(message: string): never {
  throw new FiscalInputError(message);
}

function money(value: number, field: string, allowNegative = false): void {
  if (!Number.isSafeInteger(value)) fail(`${field} must be an integer amount in minor units`);
  if (!allowNegative && value < 0) fail(`${field} must not be negative`);
}

export function isHash(value: string): boolean {
  return HASH.test(value);
}

export function checkState(state: DeviceState): void {
  if (state.deviceId === "") fail("deviceId is empty");
  if (state.country !== "PL" && state.country !== "SE" && state.country !== "RU") fail(`unknown country ${String(state.country)}`);
  if (!SERIAL.test(state.serial)) fail("serial must be 1-32 letters, digits or '-'");
  if (!Number.isSafeInteger(state.lastNumber) || state.lastNumber < 0) fail("lastNumber must be a non-negative integer");
  if (!isHash(state.lastHash)) fail("lastHash must be 64 lower-case hex characters");
  if (state.keyId === "") fail("keyId is empty");
}

export function checkRequest(request: FiscalRequest): void {
  if (request.receiptId === "") fail("receiptId is empty");
  if (request.kind !== "sale") fail(`unsupported document kind ${String(request.kind)}`);
  if (!parseIssuedAt(request.issuedAt)) fail("issuedAt must be an ISO 8601 instant with Z or an offset");
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
  });
  request.payments.forEach((p, i) => money(p.amount, `payments[${i}].amount`));
}
