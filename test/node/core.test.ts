/** The pure domain: exact money, VAT per the country's rounding, payment rules, delivery policy, backoff. */
import { describe, expect, it } from "vitest";
import { retryDelayMs } from "../../src/core/backoff";
import { decideDelivery, type PolicyInput } from "../../src/core/delivery";
import { DomainError } from "../../src/core/errors";
import { formatMinor, formatQuantity, lineGross, parseQuantity } from "../../src/core/money";
import { profileFor } from "../../src/core/profiles";
import { assertReadyToIssue, checkPayment, computeTotals, priceLine, type Line } from "../../src/core/receipt";
import { vatBreakdown } from "../../src/core/vat";

describe("money and quantities", () => {
  it("parses decimal quantities exactly and refuses anything else", () => {
    expect(parseQuantity("0.375")).toBe(375);
    expect(parseQuantity("2")).toBe(2000);
    expect(parseQuantity("10000.5")).toBe(10_000_500);
    for (const bad of ["-1", "1.2345", "1e3", " 1", "01", "", "1.", ".5", "NaN"]) expect(parseQuantity(bad)).toBeNull();
    expect(formatQuantity(375)).toBe("0.375");
    expect(formatQuantity(2500)).toBe("2.5");
    expect(formatQuantity(3000)).toBe("3");
  });

  it("rounds a weighed line half up to the minor unit, with no float drift", () => {
    expect(lineGross(1999, 375)).toBe(750); // 749.625
    expect(lineGross(333, 1500)).toBe(500); // 499.5
    expect(lineGross(1, 499)).toBe(0);
    expect(lineGross(100_000_000, 10_000_000)).toBe(1_000_000_000_000);
    expect(formatMinor(2650, ",")).toBe("26,50");
    expect(formatMinor(-5)).toBe("-0.05");
  });
});

describe("VAT", () => {
  const lines = [
    { vatRate: "20", amount: 101 },
    { vatRate: "20", amount: 101 },
    { vatRate: "20", amount: 101 },
  ];
  it("extracts VAT from the rate's gross sum in PL-style profiles", () => {
    const pl = profileFor("PL");
    expect(vatBreakdown(pl, [{ vatRate: "23", amount: 303 }])).toEqual([{ rate: "23", label: "A", net: 246, vat: 57, gross: 303 }]);
  });
  it("rounds per line and sums in RU, which can differ from per-rate rounding", () => {
    const ru = profileFor("RU");
    // Each line: 101 * 20/120 = 16.83 -> 17, three of them 51.
    expect(vatBreakdown(ru, lines)[0]).toMatchObject({ vat: 51, gross: 303 });
    // 3 * 20/120 = 0.5 -> 1 per line, 3 in all, where the rate's sum 9 would give 1.5 -> 2.
    const diff = [{ vatRate: "20", amount: 3 }, { vatRate: "20", amount: 3 }, { vatRate: "20", amount: 3 }];
    expect(vatBreakdown(ru, diff)[0]).toMatchObject({ vat: 3, net: 6 });
    expect(vatBreakdown(profileFor("SE"), [{ vatRate: "25", amount: 3 }, { vatRate: "25", amount: 3 }, { vatRate: "25", amount: 3 }])[0]).toMatchObject({ vat: 2, net: 7 });
  });
});

describe("receipt rules", () => {
  const pl = profileFor("PL");
  const line = (id: string, unit: number, qty: string, rate = "23", voided = false): Line => ({
    id,
    position: 1,
    name: id,
    voided,
    ...priceLine(pl, { name: id, quantity: qty, unit_price: unit, vat_rate: rate }),
  });

  it("refuses a VAT rate the country does not have, naming the field", () => {
    const error = (() => {
      try {
        priceLine(pl, { name: "x", quantity: "1", unit_price: 1, vat_rate: "25" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).errors).toEqual([{ field: "vat_rate", message: expect.stringContaining("23, 8, 5, 0, exempt") }]);
  });

  it("gives change only from cash and demands cover and confirmation before issue", () => {
    const lines = [line("a", 1999, "0.375"), line("b", 450, "2", "5"), line("c", 100, "1", "23", true)];
    const totals = computeTotals(pl, lines, []);
    expect(totals.total).toBe(1650);
    expect(() => checkPayment(totals, "card", 1651)).toThrow(DomainError);
    expect(() => checkPayment(totals, "cash", 5000)).not.toThrow();
    const unconfirmed = [{ id: "p", method: "card_standalone" as const, amount: 1650, confirmed: false }];
    expect(() => assertReadyToIssue(lines, unconfirmed, computeTotals(pl, lines, unconfirmed))).toThrow(/standalone card terminal/);
    const short = [{ id: "p", method: "cash" as const, amount: 1000, confirmed: true }];
    expect(() => assertReadyToIssue(lines, short, computeTotals(pl, lines, short))).toThrow(/still due/);
    const cash = [{ id: "p", method: "cash" as const, amount: 2000, confirmed: true }];
    const paid = computeTotals(pl, lines, cash);
    expect(paid.change).toBe(350);
    expect(() => assertReadyToIssue(lines, cash, paid)).not.toThrow();
  });
});

describe("delivery policy", () => {
  const base: PolicyInput = {
    requested: "auto",
    customer: null,
    contact: null,
    qrScanned: false,
    remembered: null,
    paperRefused: false,
    defaultEmail: null,
    available: ["print", "qr", "sms", "email", "ebin"],
  };
  it.each<[string, Partial<PolicyInput>, string, boolean]>([
    ["no identification -> paper", {}, "print", false],
    ["identified by phone -> SMS", { customer: { phone: "+48600000000" } }, "sms", false],
    ["identified by e-mail -> e-mail", { customer: { email: "a@b.pl" } }, "email", false],
    ["identified and asks for paper -> paper", { customer: { phone: "+48600000000", paper: true } }, "print", false],
    ["scanned the display QR -> QR receipt, offered", { qrScanned: true }, "qr", true],
    ["a remembered channel is offered, not applied", { customer: { phone: "+48600000000", email: "a@b.pl" }, remembered: "email" }, "email", true],
    ["remembered SMS without a phone falls back", { customer: { loyalty_id: "L1" }, remembered: "sms" }, "print", false],
    ["SMS not configured -> paper", { customer: { phone: "+48600000000" }, available: ["print", "qr"] }, "print", false],
    ["loyalty card only -> paper", { customer: { loyalty_id: "L1" } }, "print", false],
    ["paper refused, loyalty card only -> never paper", { customer: { loyalty_id: "L1" }, paperRefused: true }, "qr", false],
    ["paper refused, asks for paper at the till -> paper", { customer: { loyalty_id: "L1", paper: true }, paperRefused: true }, "print", false],
    ["paper refused with a phone -> SMS", { customer: { phone: "+48600000000" }, paperRefused: true }, "sms", false],
    ["the default e-mail when the till gives no contact", { customer: { loyalty_id: "L1" }, defaultEmail: "d@e.pl" }, "email", false],
  ])("%s", (_name, input, channel, offer) => {
    expect(decideDelivery({ ...base, ...input })).toMatchObject({ channel, offer });
  });
  it("keeps the till's explicit choice", () => {
    expect(decideDelivery({ ...base, requested: "ebin", qrScanned: true })).toMatchObject({ channel: "ebin", electronic: true });
    expect(decideDelivery({ ...base, requested: "print" }).electronic).toBe(false);
  });
});

describe("retry backoff", () => {
  it("doubles with attempts, keeps half fixed and half jitter, and caps", () => {
    expect(retryDelayMs(1, 0)).toBe(2500);
    expect(retryDelayMs(1, 1)).toBe(5000);
    expect(retryDelayMs(3, 0.5)).toBe(15_000);
    expect(retryDelayMs(30, 1)).toBe(30 * 60_000);
    expect(retryDelayMs(2, 0, 100)).toBe(100);
  });
});
