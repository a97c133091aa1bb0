/** What a device is registered with, and the RU (FFD 1.2) tags the device adds to each receipt. */
import { FiscalInputError } from "./errors";
import type { RuHead } from "./payload";
import type { DeviceRegistration, FiscalCountry, FiscalLine, RuLineTags } from "./types";

const CASHIER: Record<FiscalCountry, string> = { PL: "Kasjer 1", SE: "Kassör 1", NO: "Kasserer 1", RU: "Кассир 1" };

/** Demo registration of a device stored without one: numbers derived from its serial, so they never change. */
export function demoRegistration(country: FiscalCountry, serial: string): DeviceRegistration {
  const digits = serial.replace(/\D/g, "").padStart(12, "0");
  const none = { registrationNumber: "", taxSystem: "", place: "", validUntil: "", cashier: CASHIER[country] };
  switch (country) {
    case "RU":
      return { ...none, registerNumber: `00106${digits.slice(-9)}`, registrationNumber: `0001${digits.slice(-12)}`, taxSystem: "osn", validUntil: "2027-12-31" };
    case "SE":
      // The register's manufacturing number, distinct from the control unit's serial.
      return { ...none, registerNumber: `KR-${digits.slice(-8)}` };
    case "PL":
      return { ...none, registerNumber: digits.slice(-3) };
    case "NO":
      return { ...none, registerNumber: serial };
  }
}

const TAX_SYSTEMS = new Set(["osn", "usn_income", "usn_income_outcome", "esn", "patent"]);
const TEXT_MAX = 128;

export function checkRegistration(country: FiscalCountry, r: DeviceRegistration): void {
  const texts = [r.registerNumber, r.registrationNumber, r.taxSystem, r.place, r.cashier, r.validUntil];
  if (!texts.every((t) => typeof t === "string" && t.length <= TEXT_MAX)) throw new FiscalInputError(`registration fields must be texts of at most ${TEXT_MAX} characters`);
  if (r.registerNumber === "" || r.cashier.trim() === "") throw new FiscalInputError("registration needs a register number and a cashier");
  if (country !== "RU") return;
  if (!/^\d{16}$/.test(r.registrationNumber)) throw new FiscalInputError("registration.registrationNumber (РН ККТ) must be 16 digits");
  if (!TAX_SYSTEMS.has(r.taxSystem)) throw new FiscalInputError(`registration.taxSystem must be one of ${[...TAX_SYSTEMS].join(", ")}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(r.validUntil)) throw new FiscalInputError("registration.validUntil must be a date YYYY-MM-DD");
}

export function ruHead(r: DeviceRegistration): RuHead {
  return { ffd: "1.2", rn: r.registrationNumber, taxSystem: r.taxSystem, place: r.place };
}

/** Goods (1212 = 1), settled in full (1214 = 4), counted in pieces (2108 = 0) or weighed in kilograms (11) when the quantity has a fraction. */
export function ruLineTags(line: FiscalLine): RuLineTags {
  return { itemType: 1, paymentMethod: 4, measure: line.quantity.includes(".") ? 11 : 0 };
}

/** PL NIP: 10 digits, weights 6 5 7 2 3 4 5 6 7, sum mod 11 equals the last digit. Dashes and spaces are dropped. */
export function normalizeNip(text: string): string | null {
  const digits = text.replace(/[-\s]/g, "");
  if (!/^\d{10}$/.test(digits)) return null;
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  return sum % 11 === Number(digits[9]) ? digits : null;
}

const PHONE = /^\+?\d{10,15}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

/** RU tag 1008: a phone (+79001234567) or an e-mail address. */
export function checkBuyerContact(contact: string): string {
  const c = contact.trim();
  if (!PHONE.test(c) && !EMAIL.test(c)) throw new FiscalInputError("buyerContact must be a phone number (+79001234567) or an e-mail address");
  return c;
}
