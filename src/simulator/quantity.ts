/** Quantities are exact decimals ("0.375"): compared as integer thousandths, never as floats. */
const QUANTITY = /^(\d{1,9})(?:\.(\d{1,3}))?$/;

export function quantityMilli(text: string): number | null {
  const m = QUANTITY.exec(text);
  if (!m) return null;
  const [, whole = "0", fraction = ""] = m;
  return Number(whole) * 1000 + Number(fraction.padEnd(3, "0"));
}

/** Thousandths back to the shortest decimal string ("1500" -> "1.5"). */
export function formatMilli(milli: number): string {
  const fraction = String(milli % 1000).padStart(3, "0").replace(/0+$/, "");
  const whole = String(Math.floor(milli / 1000));
  return fraction === "" ? whole : `${whole}.${fraction}`;
}
