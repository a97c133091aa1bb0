/**
 * Exact arithmetic: money is integer minor units, quantities are integer thousandths
 * ("0.375" kg -> 375). Limits keep every product below 2^53, so plain numbers stay exact.
 */
export const MAX_UNIT_PRICE = 100_000_000; // 1 000 000.00 in minor units
export const MAX_QUANTITY_MILLI = 10_000_000; // 10 000.000 units
export const MAX_LINES = 500;

const QUANTITY = /^(0|[1-9]\d{0,4})(\.\d{1,3})?$/;

/** Parses a decimal quantity string with up to 3 decimals into thousandths; null if malformed. */
export function parseQuantity(text: string): number | null {
  if (!QUANTITY.test(text)) return null;
  const [whole = "0", frac = ""] = text.split(".");
  return Number(whole) * 1000 + Number(frac.padEnd(3, "0"));
}

/** Canonical text of a quantity in thousandths: 375 -> "0.375", 2000 -> "2". */
export function formatQuantity(milli: number): string {
  const whole = Math.trunc(milli / 1000);
  const frac = String(milli % 1000).padStart(3, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : String(whole);
}

/** Round-half-up integer division for non-negative operands. */
export function divRound(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Gross line amount: unit price x quantity, rounded half up to the minor unit. */
export function lineGross(unitPrice: number, quantityMilli: number): number {
  return divRound(unitPrice * quantityMilli, 1000);
}

/** "1999" minor units -> "19.99" (2 decimals, as every supported currency). */
export function formatMinor(minor: number, decimalSeparator = "."): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.trunc(abs / 100)}${decimalSeparator}${String(abs % 100).padStart(2, "0")}`;
}
