/**
 * Merchant tax numbers by country, with their check digits: PL NIP, SE organisationsnummer,
 * NO organisasjonsnummer, RU ИНН. A typo caught here would otherwise be printed on every receipt.
 */
import type { CountryCode } from "./profiles";

const digitsOf = (text: string) => [...text].map(Number);

const weighted = (digits: number[], weights: number[]) => weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0);

function nip(digits: number[]): boolean {
  const check = weighted(digits, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check !== 10 && check === digits[9];
}

function luhn(digits: number[]): boolean {
  const sum = digits.reduce((acc, d, i) => {
    const doubled = i % 2 === digits.length % 2 ? d * 2 : d;
    return acc + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

function mod11No(digits: number[]): boolean {
  const rest = weighted(digits, [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === digits[8];
}

const innCheck = (digits: number[], weights: number[]) => (weighted(digits, weights) % 11) % 10;

function inn(digits: number[]): boolean {
  if (digits.length === 10) return innCheck(digits, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[9];
  return innCheck(digits, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[10] && innCheck(digits, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digits[11];
}

interface Rule {
  /** What the merchant may type (separators and prefixes allowed). */
  shape: RegExp;
  check: (digits: number[]) => boolean;
  example: string;
}

const RULES: Record<CountryCode, Rule> = {
  PL: { shape: /^(?:PL)?\d{3}-?\d{3}-?\d{2}-?\d{2}$|^(?:PL)?\d{3}-?\d{2}-?\d{2}-?\d{3}$/, check: nip, example: "NIP 10 digits, e.g. 526-104-08-28" },
  SE: { shape: /^(?:SE)?\d{6}-?\d{4}(?:01)?$/, check: (d) => luhn(d.slice(0, 10)), example: "organisationsnummer NNNNNN-NNNN, e.g. 556036-0793" },
  NO: { shape: /^(?:NO)?\d{3} ?\d{3} ?\d{3}(?: ?MVA)?$/, check: mod11No, example: "organisasjonsnummer 9 digits, e.g. 923 609 016 MVA" },
  RU: { shape: /^\d{10}$|^\d{12}$/, check: inn, example: "ИНН 10 digits (organisation) or 12 (entrepreneur), e.g. 7707083893" },
};

/** Null when valid, else why not (for the problem's field message). */
export function taxIdProblem(country: CountryCode, taxId: string): string | null {
  const rule = RULES[country];
  const compact = taxId.trim().toUpperCase();
  if (!rule.shape.test(compact)) return `is not a valid ${country} tax id (${rule.example})`;
  const digits = digitsOf(compact.replace(/\D/g, ""));
  return rule.check(digits) ? null : `has a wrong check digit (${rule.example})`;
}
