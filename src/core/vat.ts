/** VAT breakdown per rate; prices are gross, so VAT is extracted: vat = gross * r / (100% + r). */
import { divRound } from "./money";
import type { CountryProfile } from "./profiles";

export interface VatRow {
  rate: string;
  label: string;
  net: number;
  vat: number;
  gross: number;
}

interface Priced {
  vatRate: string;
  amount: number;
}

function vatOf(gross: number, basisPoints: number): number {
  const sign = gross < 0 ? -1 : 1;
  return sign * divRound(Math.abs(gross) * basisPoints, 10_000 + basisPoints);
}

/** One row per rate used, in the profile's order; rounding per rate or per line as the profile says. */
export function vatBreakdown(profile: CountryProfile, lines: readonly Priced[]): VatRow[] {
  const rows: VatRow[] = [];
  for (const rate of profile.vatRates) {
    const ofRate = lines.filter((l) => l.vatRate === rate.code);
    if (ofRate.length === 0) continue;
    const gross = ofRate.reduce((s, l) => s + l.amount, 0);
    const vat =
      profile.vatRounding === "per_line"
        ? ofRate.reduce((s, l) => s + vatOf(l.amount, rate.basisPoints), 0)
        : vatOf(gross, rate.basisPoints);
    rows.push({ rate: rate.code, label: rate.label, net: gross - vat, vat, gross });
  }
  return rows;
}
