/**
 * Issued receipts for rendering tests, built with the real domain rules (priceLine,
 * computeTotals, checkPayment): every amount below is computed, never typed in.
 */
import type { FiscalSummary, MerchantInfo, ReceiptDocument } from "../../src/core/document";
import { profileFor, type CountryCode } from "../../src/core/profiles";
import { assertReadyToIssue, checkPayment, computeTotals, priceLine, type Line, type LineInput, type Payment, type PaymentMethod } from "../../src/core/receipt";

export interface LineSpec extends LineInput {
  voided?: boolean;
}

export interface ReceiptSpec {
  country: CountryCode;
  merchant: MerchantInfo;
  lines: LineSpec[];
  /** Non-cash payments, in order; an amount of "rest" pays whatever is still due. */
  payments: { method: Exclude<PaymentMethod, "cash">; amount: number | "rest" }[];
  /** Cash tendered after the other payments, rounded up to this many minor units (gives change). */
  cashRoundedTo?: number;
  electronic?: boolean;
  serial: string;
  number: number;
  issuedAt: string;
}

/** A 60-code-point product name, for wrapping tests. */
export const LONG_NAME = "Kiełbasa śląska wędzona z jałowcem, tradycyjna receptura XXL";

export function buildReceipt(spec: ReceiptSpec): ReceiptDocument {
  const profile = profileFor(spec.country);
  const lines: Line[] = spec.lines.map((input, i) => ({
    id: `ln_${i + 1}`,
    position: i + 1,
    name: input.name,
    ...priceLine(profile, input, `lines[${i}]`),
    voided: input.voided ?? false,
  }));
  const payments: Payment[] = [];
  const pay = (method: PaymentMethod, amount: number) => {
    checkPayment(computeTotals(profile, lines, payments), method, amount);
    payments.push({ id: `pm_${payments.length + 1}`, method, amount, confirmed: true });
  };
  for (const p of spec.payments) {
    const due = computeTotals(profile, lines, payments);
    pay(p.method, p.amount === "rest" ? due.total - due.paid : p.amount);
  }
  if (spec.cashRoundedTo) {
    const due = computeTotals(profile, lines, payments);
    const owed = due.total - due.paid;
    pay("cash", Math.floor(owed / spec.cashRoundedTo + 1) * spec.cashRoundedTo);
  }
  const totals = computeTotals(profile, lines, payments);
  assertReadyToIssue(lines, payments, totals);

  const electronic = spec.electronic ?? false;
  const numberText = String(spec.number).padStart(6, "0");
  const hash = (seed: number) => Array.from({ length: 64 }, (_, i) => "0123456789abcdef"[(seed * 7 + i * 13) % 16]).join("");
  const fiscal: FiscalSummary = {
    deviceId: `dev_${spec.country.toLowerCase()}_1`,
    deviceSerial: spec.serial,
    number: spec.number,
    numberText,
    issuedAt: spec.issuedAt,
    signature: "MEUCIQDx4rV9b2Kp7wTqZ1sYg3hN8cLmA0fJ5uE6iO2kR4dWvQIgB7nTyH3xPq9LzC1mVf8sK2jD6aR0eU4oI5wN3gXhYt",
    hash: hash(spec.number),
    prevHash: hash(spec.number - 1),
    qrPayload: `https://ereceipt.example/v/${spec.country}/${spec.serial}/${numberText}?t=${totals.total}&d=${encodeURIComponent(spec.issuedAt)}&h=${hash(spec.number).slice(0, 16)}`,
    printed: !electronic,
  };
  return {
    id: `rc_${spec.country.toLowerCase()}_${numberText}`,
    status: "issued",
    profile,
    merchant: spec.merchant,
    createdAt: spec.issuedAt,
    lines,
    payments,
    totals,
    electronic,
    fiscal,
    customerUrl: `https://ereceipt.example/r/tok_${spec.country.toLowerCase()}_${numberText}`,
  };
}

/** PL: Polish names, a 0.375 kg weight, VAT 23 / 8 / 5 / exempt, a discount, a voided line, card + cash with change. */
export function polishReceipt(options: { electronic?: boolean } = {}): ReceiptDocument {
  return buildReceipt({
    country: "PL",
    merchant: {
      name: "Delikatesy „Pod Lipą” Sp. z o.o.",
      address: "ul. Świętokrzyska 12, 00-916 Warszawa",
      taxId: "525-000-12-34",
      storeName: "Sklep nr 7 — Mokotów",
    },
    lines: [
      { name: "Żółć łąka", quantity: "1", unit_price: 1299, vat_rate: "23" },
      { name: "Ser żółty Gouda", quantity: "0.375", unit_price: 3490, vat_rate: "5" },
      { name: "Woda źródlana 1,5 l", quantity: "6", unit_price: 219, vat_rate: "8", discount: 100 },
      { name: "Piwo Żywiec 0,5 l", quantity: "2", unit_price: 449, vat_rate: "23", voided: true },
      { name: LONG_NAME, quantity: "0.5", unit_price: 5998, vat_rate: "5" },
      { name: "Usługa pakowania", quantity: "1", unit_price: 200, vat_rate: "exempt" },
    ],
    payments: [{ method: "card", amount: 3000 }],
    cashRoundedTo: 1000,
    electronic: options.electronic ?? false,
    serial: "BFT2101234567",
    number: 123,
    issuedAt: "2026-11-22T13:03:00.000Z",
  });
}

/** SE: åäö names, VAT 25 / 12 / 6, paid by card exactly. */
export function swedishReceipt(options: { electronic?: boolean } = {}): ReceiptDocument {
  return buildReceipt({
    country: "SE",
    merchant: { name: "Kaffebaren Åkersberga AB", address: "Storgatan 4, 184 30 Åkersberga", taxId: "556677-8899", storeName: "Kassa 2" },
    lines: [
      { name: "Kanelbulle äppel", quantity: "2", unit_price: 3500, vat_rate: "12" },
      { name: "Räkmacka på råg", quantity: "1", unit_price: 8900, vat_rate: "12" },
      { name: "Blåbärssoppa", quantity: "1", unit_price: 2900, vat_rate: "12" },
      { name: "Dagstidning Sörmland", quantity: "1", unit_price: 3000, vat_rate: "6" },
      { name: "Påse", quantity: "1", unit_price: 300, vat_rate: "25" },
    ],
    payments: [{ method: "card", amount: "rest" }],
    electronic: options.electronic ?? true,
    serial: "CU-SE-0042-7781",
    number: 4711,
    issuedAt: "2026-07-01T08:15:00.000Z",
  });
}

/** RU: Cyrillic names, VAT 22 / 10 / none (per-line rounding), a 0.450 weight, cash with change. */
export function russianReceipt(options: { electronic?: boolean } = {}): ReceiptDocument {
  return buildReceipt({
    country: "RU",
    merchant: { name: "ООО «Продукты у дома»", address: "г. Москва, ул. Тверская, д. 7", taxId: "7701234567", storeName: "Магазин № 3" },
    lines: [
      { name: "Молоко пастеризованное 3,2%", quantity: "2", unit_price: 8990, vat_rate: "10" },
      { name: "Хлеб Бородинский", quantity: "1", unit_price: 5490, vat_rate: "10" },
      { name: "Сыр Российский", quantity: "0.450", unit_price: 89900, vat_rate: "10" },
      { name: "Шоколад тёмный", quantity: "3", unit_price: 12950, vat_rate: "22" },
      { name: "Пакет-майка", quantity: "1", unit_price: 500, vat_rate: "none" },
    ],
    payments: [],
    cashRoundedTo: 50000,
    electronic: options.electronic ?? false,
    serial: "9960440301234567",
    number: 2087,
    issuedAt: "2026-03-14T16:45:00.000Z",
  });
}

/** A 20-line Polish receipt, the benchmark's workload. */
export function benchReceipt(): ReceiptDocument {
  const names = ["Żółć łąka", "Chleb żytni razowy", "Masło ekstra 82%", "Jabłka Szampion", "Ser żółty Gouda"];
  return buildReceipt({
    country: "PL",
    merchant: { name: "Delikatesy „Pod Lipą” Sp. z o.o.", address: "ul. Świętokrzyska 12, 00-916 Warszawa", taxId: "525-000-12-34", storeName: "Sklep nr 7" },
    lines: Array.from({ length: 20 }, (_, i) => ({
      name: `${names[i % names.length]} ${i + 1}`,
      quantity: i % 4 === 1 ? "0.375" : String(1 + (i % 3)),
      unit_price: 199 + i * 137,
      vat_rate: ["23", "8", "5", "exempt"][i % 4] ?? "23",
    })),
    payments: [{ method: "card", amount: 5000 }],
    cashRoundedTo: 1000,
    serial: "BFT2101234567",
    number: 124,
    issuedAt: "2026-11-22T13:05:00.000Z",
  });
}
