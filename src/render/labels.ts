/**
 * Words and settings the renderings need that the country profiles do not carry (yet).
 * Kept here so the renderers stay free of country switches.
 */
import type { CountryCode } from "../core/profiles";

export interface RenderLabels {
  /** Printed before the merchant's tax id. */
  taxId: string;
  /** Marks a voided (storno) line in place of its amount. */
  voided: string;
  signature: string;
}

const LABELS: Readonly<Record<CountryCode, RenderLabels>> = {
  PL: { taxId: "NIP", voided: "STORNO", signature: "Podpis" },
  SE: { taxId: "Org.nr", voided: "MAKULERAD", signature: "Signatur" },
  NO: { taxId: "Org.nr", voided: "ANNULLERT", signature: "Signatur" },
  RU: { taxId: "ИНН", voided: "СТОРНО", signature: "ФП" },
};

export function labelsFor(country: CountryCode): RenderLabels {
  return LABELS[country];
}
