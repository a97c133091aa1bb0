/** How each country prints the document number. */
import type { FiscalCountry } from "./types";

export function numberText(country: FiscalCountry, number: number): string {
  switch (country) {
    case "PL":
      // PL: the per-device receipt number, zero-padded to 6 digits (grows past 999999 rather than wrapping).
      return String(number).padStart(6, "0");
    case "SE":
      // SE: one unbroken serial sequence per control unit, printed plainly.
      return String(number);
    case "RU":
      // RU: the fiscal document number (ФД) as is.
      return String(number);
  }
}

/** Minor units -> "123.45": integer maths only, no floats. */
export function formatMinor(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  const units = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${units}.${String(cents).padStart(2, "0")}`;
}
