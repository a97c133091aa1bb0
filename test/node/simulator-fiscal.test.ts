// What each country's fiscal document must say: local time with its offset, RU FFD 1.2 fields and
// VAT rates by date, the buyer's contact (RU) and NIP (PL), and the RU shift-opening report.
import { describe, expect, it } from "vitest";
import {
  closeShift,
  copyOf,
  fiscalize,
  FiscalInputError,
  initialDeviceState,
  localIso,
  normalizeNip,
  openShiftReport,
  parseFiscalQr,
  readPayload,
  registrationReport,
  verifyJournal,
  type CorrectionRequest,
  type FiscalCountry,
  type FiscalLine,
  type SaleRequest,
} from "../../src/simulator/index";
import { SERIALS, testDevices } from "../support/simulator-devices";

const { signer, fresh, key, keyFor } = testDevices("fiscal-secret");
const CURRENCY: Record<FiscalCountry, string> = { PL: "PLN", SE: "SEK", NO: "NOK", RU: "RUB" };

function sale(country: FiscalCountry, issuedAt: string, lines: FiscalLine[], extra: Partial<SaleRequest> = {}): SaleRequest {
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const vat = [...new Set(lines.map((l) => l.vatRate))].map((rate) => {
    const gross = lines.filter((l) => l.vatRate === rate).reduce((s, l) => s + l.amount, 0);
    return { rate, net: gross, vat: 0, gross };
  });
  return { kind: "sale", receiptId: `r-${issuedAt}`, issuedAt, currency: CURRENCY[country], total, vat, lines, payments: [{ method: "card", amount: total }], printed: true, ...extra };
}

const line = (vatRate: string, quantity = "1", unitPrice = 1000): FiscalLine => ({
  name: "Товар",
  quantity,
  unitPrice,
  amount: Math.round(Number(quantity) * unitPrice),
  vatRate,
});

describe("local time", () => {
  it("is Moscow time (UTC+3) all year and follows EU summer time in Warsaw, Stockholm and Oslo", () => {
    expect(localIso("RU", Date.parse("2026-01-10T21:30:00Z"))).toBe("2026-01-11T00:30:00+03:00");
    expect(localIso("RU", Date.parse("2026-07-10T21:30:00Z"))).toBe("2026-07-11T00:30:00+03:00");
    expect(localIso("PL", Date.parse("2026-07-01T10:00:00.999Z"))).toBe("2026-07-01T12:00:00+02:00");
    expect(localIso("SE", Date.parse("2026-12-01T10:00:00Z"))).toBe("2026-12-01T11:00:00+01:00");
    // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
    expect(localIso("NO", Date.parse("2026-03-29T00:59:59Z"))).toBe("2026-03-29T01:59:59+01:00");
    expect(localIso("NO", Date.parse("2026-03-29T01:00:00Z"))).toBe("2026-03-29T03:00:00+02:00");
    expect(localIso("PL", Date.parse("2026-10-25T00:59:59Z"))).toBe("2026-10-25T02:59:59+02:00");
    expect(localIso("PL", Date.parse("2026-10-25T01:00:00Z"))).toBe("2026-10-25T02:00:00+01:00");
  });

  it("the QR and the payload carry the receipt's local time, whatever zone the till wrote", async () => {
    const out = await fiscalize(fresh("RU"), sale("RU", "2026-01-10T21:30:00.000Z", [line("22")]), signer("RU"));
    expect(out.document.issuedAt).toBe("2026-01-11T00:30:00+03:00");
    expect(readPayload(out.document.payload)?.issuedAt).toBe("2026-01-11T00:30:00+03:00");
    expect(parseFiscalQr(out.document.qrPayload)?.time).toBe("20260111T0030");
    const pl = await fiscalize(fresh("PL"), sale("PL", "2026-07-01T10:00:00Z", [line("23")]), signer("PL"));
    expect(pl.document.issuedAt).toBe("2026-07-01T12:00:00+02:00");
    expect(parseFiscalQr(pl.document.qrPayload)?.time).toBe("20260701T120000+0200");
  });
});

describe("RU (FFD 1.2)", () => {
  it("signs ЗН ККТ, РН ККТ, СНО, place, FFD version, cashier and per line the item type, payment method and measure", async () => {
    const out = await fiscalize(fresh("RU"), sale("RU", "2026-03-14T08:00:00Z", [line("22", "2"), line("10", "0.375")], { cashier: "Иванова А." }), signer("RU"));
    const p = readPayload(out.document.payload);
    expect(p).toMatchObject({
      kind: "sale",
      serial: SERIALS.RU,
      register: "00106500123456",
      cashier: "Иванова А.",
      ru: { ffd: "1.2", rn: "0001440500123456", taxSystem: "osn", place: "" },
      lines: [
        { quantity: "2", itemType: 1, paymentMethod: 4, measure: 0 },
        { quantity: "0.375", itemType: 1, paymentMethod: 4, measure: 11 },
      ],
    });
    expect(p && "buyer" in p).toBe(false);
  });

  it("puts the buyer's contact (tag 1008) in receipts sent electronically, not in printed ones", async () => {
    const sent = await fiscalize(fresh("RU"), sale("RU", "2026-03-14T08:00:00Z", [line("22")], { printed: false, buyerContact: "+79001234567" }), signer("RU"));
    expect(readPayload(sent.document.payload)).toMatchObject({ buyer: "+79001234567", printed: false });
    const printed = await fiscalize(fresh("RU"), sale("RU", "2026-03-14T08:00:00Z", [line("22")], { buyerContact: "+79001234567" }), signer("RU"));
    expect(readPayload(printed.document.payload)).not.toHaveProperty("buyer");
    await expect(fiscalize(fresh("RU"), sale("RU", "2026-03-14T08:00:00Z", [line("22")], { printed: false, buyerContact: "not a contact" }), signer("RU"))).rejects.toThrow(
      FiscalInputError,
    );
  });

  it("refuses 20% from 2026 and 22% before it; 5% and 7% only for simplified-tax payers", async () => {
    const sign = signer("RU");
    await expect(fiscalize(fresh("RU"), sale("RU", "2026-01-01T08:00:00+03:00", [line("20")]), sign)).rejects.toThrow(/20% applied until 2025-12-31/);
    await expect(fiscalize(fresh("RU"), sale("RU", "2025-12-31T23:00:00+03:00", [line("22")]), sign)).rejects.toThrow(/22% applies from 2026-01-01/);
    expect((await fiscalize(fresh("RU"), sale("RU", "2025-12-31T23:00:00+03:00", [line("20")]), sign)).document.kind).toBe("sale");
    await expect(fiscalize(fresh("RU"), sale("RU", "2026-03-14T08:00:00Z", [line("5")]), sign)).rejects.toThrow(/5% is for usn_income/);
    const registration = { registerNumber: "00106500000001", registrationNumber: "0001234567890123", taxSystem: "usn_income", place: "Кафе «Ромашка»", cashier: "Кассир", validUntil: "2027-06-30" };
    const usn = initialDeviceState("dev-RU", "RU", SERIALS.RU, key("RU").kid, registration);
    const out = await fiscalize(usn, sale("RU", "2026-03-14T08:00:00Z", [line("5"), line("7")]), sign);
    expect(readPayload(out.document.payload)).toMatchObject({ ru: { taxSystem: "usn_income", place: "Кафе «Ромашка»" } });
  });

  it("opening a shift is a fiscal document with its own ФД; the Z report carries the FFD counters", async () => {
    const sign = signer("RU");
    const open = await openShiftReport(fresh("RU"), "2026-03-14T08:00:00Z", sign, "Петров П.");
    expect(open.document).toMatchObject({ kind: "shift_open", number: 1, numberText: "1", qrPayload: "", receiptId: "" });
    expect(readPayload(open.document?.payload ?? "")).toMatchObject({ cashier: "Петров П.", issuedAt: "2026-03-14T11:00:00+03:00", validUntil: "2027-12-31" });
    const a = await fiscalize(open.state, sale("RU", "2026-03-14T08:01:00Z", [line("22")]), sign);
    expect(a.opened).toBeNull();
    const b = await fiscalize(a.state, { ...sale("RU", "2026-03-14T08:02:00Z", [line("10")]), payments: [{ method: "cash", amount: 1000 }] }, sign);
    const z = await closeShift(b.state, "2026-03-14T09:00:00Z", sign);
    expect(z.report).toMatchObject({
      closedAt: "2026-03-14T12:00:00+03:00",
      unsent: { count: 0, since: null },
      validUntil: "2027-12-31",
      totals: {
        payments: [
          { method: "card", sales: { count: 1, total: 1000 }, returns: { count: 0, total: 0 } },
          { method: "cash", sales: { count: 1, total: 1000 }, returns: { count: 0, total: 0 } },
        ],
      },
    });
    const docs = [open.document, a.document, b.document, z.document].filter((d) => d !== null);
    expect(docs.map((d) => d.number)).toEqual([1, 2, 3, 4]);
    expect(await verifyJournal(docs, keyFor("RU"))).toEqual({ valid: true, documents: 4, zReports: 1 });
    // Other countries open shifts without a document.
    expect((await openShiftReport(fresh("PL"), "2026-03-14T08:00:00Z", signer("PL"))).document).toBeNull();
  });
});

describe("copies", () => {
  it("SE and NO: at most one copy of a receipt, counted with its amount; PL has no limit", async () => {
    for (const country of ["SE", "NO"] as const) {
      const out = await fiscalize(fresh(country), sale(country, "2026-03-14T08:00:00Z", [line("25", "2")]), signer(country));
      const first = await copyOf(out.state, out.document, "2026-03-14T08:01:00Z", true, 0);
      expect(first.state.shift?.totals).toMatchObject({ copies: 1, copyTotal: 2000 });
      await expect(copyOf(first.state, out.document, "2026-03-14T08:02:00Z", true, 1)).rejects.toThrow(/at most 1 copy/);
    }
    const pl = await fiscalize(fresh("PL"), sale("PL", "2026-03-14T08:00:00Z", [line("23")]), signer("PL"));
    expect((await copyOf(pl.state, pl.document, "2026-03-14T08:01:00Z", true, 3)).copy.copyNumber).toBe(1);
  });
});

describe("discounts (SE Z report)", () => {
  it("counts discounted sale lines and their sum; a return refunds an amount without the discount; the journal replays it", async () => {
    const sign = signer("SE");
    const discounted = { ...line("25", "2"), amount: 1500, discount: 500 };
    const a = await fiscalize(fresh("SE"), sale("SE", "2026-03-14T08:00:00Z", [discounted, line("12")]), sign);
    expect(readPayload(a.document.payload)).toMatchObject({ lines: [{ discount: 500, amount: 1500 }, { amount: 1000 }] });
    const back = await fiscalize(
      a.state,
      { ...sale("SE", "2026-03-14T08:05:00Z", [{ ...discounted, quantity: "1", amount: 750 }]), kind: "return", lines: [{ ...discounted, quantity: "1", amount: 750, originalLine: 0 }], original: a.document, earlierReturns: [] },
      sign,
    );
    expect(readPayload(back.document.payload)).not.toHaveProperty("lines.0.discount");
    const z = await closeShift(back.state, "2026-03-14T09:00:00Z", sign);
    expect(z.report.totals.discounts).toEqual({ count: 1, total: 500 });
    expect(await verifyJournal([a.document, back.document, z.document], keyFor("SE"))).toEqual({ valid: true, documents: 3, zReports: 1 });
  });
});

describe("PL", () => {
  it("signs the buyer's NIP when the till gives a valid one, and refuses an invalid one", async () => {
    expect(normalizeNip("526-000-12-46")).toBe("5260001246");
    expect(normalizeNip("5260001245")).toBeNull();
    const out = await fiscalize(fresh("PL"), sale("PL", "2026-03-14T08:00:00Z", [line("23")], { buyerTaxId: "526-000-12-46", cashier: "Anna" }), signer("PL"));
    expect(readPayload(out.document.payload)).toMatchObject({ buyerTaxId: "5260001246", cashier: "Anna", register: "678" });
    await expect(fiscalize(fresh("PL"), sale("PL", "2026-03-14T08:00:00Z", [line("23")], { buyerTaxId: "5260001245" }), signer("PL"))).rejects.toThrow(/valid NIP/);
    await expect(fiscalize(fresh("SE"), sale("SE", "2026-03-14T08:00:00Z", [line("25")], { buyerTaxId: "5260001246" }), signer("SE"))).rejects.toThrow(FiscalInputError);
  });
});

describe("RU registration report and correction receipt", () => {
  it("the registration report is document 1 and names what the device is registered with; only once", async () => {
    const sign = signer("RU");
    const reg = await registrationReport(fresh("RU"), "2026-03-14T06:00:00Z", sign);
    expect(reg.document).toMatchObject({ kind: "registration", number: 1, numberText: "1", qrPayload: "" });
    expect(readPayload(reg.document.payload)).toMatchObject({ shift: 0, register: "00106500123456", ru: { rn: "0001440500123456", taxSystem: "osn", ffd: "1.2" }, validUntil: "2027-12-31", issuedAt: "2026-03-14T09:00:00+03:00" });
    await expect(registrationReport(reg.state, "2026-03-14T06:01:00Z", sign)).rejects.toThrow(/first document/);
    await expect(registrationReport(fresh("PL"), "2026-03-14T06:00:00Z", signer("PL"))).rejects.toThrow(FiscalInputError);
    const a = await fiscalize(reg.state, sale("RU", "2026-03-14T08:00:00Z", [line("22")]), sign);
    const docs = [reg.document, a.opened, a.document].filter((d) => d !== null);
    expect(docs.map((d) => d.number)).toEqual([1, 2, 3]);
    expect(await verifyJournal(docs, keyFor("RU"))).toEqual({ valid: true, documents: 3, zReports: 0 });
  });

  it("a correction receipt registers a missed settlement by its sign, counts in the shift and verifies", async () => {
    const sign = signer("RU");
    const a = await fiscalize(fresh("RU"), sale("RU", "2026-03-14T08:00:00Z", [line("22")]), sign);
    const correction: CorrectionRequest = {
      ...sale("RU", "2026-03-14T08:10:00Z", [line("10", "2")]),
      kind: "correction",
      sign: "sale",
      correction: { type: "self", date: "2026-03-13", order: "" },
    };
    const c = await fiscalize(a.state, correction, sign);
    expect(c.document.kind).toBe("correction");
    expect(readPayload(c.document.payload)).toMatchObject({ title: "кассовый чек коррекции", sign: "sale", correction: { type: "self", date: "2026-03-13", order: "" } });
    expect(parseFiscalQr(c.document.qrPayload)).toMatchObject({ kind: "sale", total: 2000 });
    expect(c.state.shift?.totals.sales).toEqual({ count: 2, total: 3000 });
    const z = await closeShift(c.state, "2026-03-14T09:00:00Z", sign);
    const docs = [a.opened, a.document, c.document, z.document].filter((d) => d !== null);
    expect(await verifyJournal(docs, keyFor("RU"))).toEqual({ valid: true, documents: 4, zReports: 1 });
    await expect(fiscalize(a.state, { ...correction, correction: { type: "order", date: "2026-03-13", order: "" } }, sign)).rejects.toThrow(/names the tax order/);
    await expect(fiscalize(a.state, { ...correction, correction: { type: "self", date: "2026-03-15", order: "" } }, sign)).rejects.toThrow(/not after today/);
    await expect(fiscalize(fresh("PL"), { ...correction, currency: "PLN" }, signer("PL"))).rejects.toThrow(/RU devices only/);
    // A 2025 settlement corrected in 2026 carries 2025's rate: 20% is accepted, 22% is not.
    const late = { ...correction, lines: [line("20")], correction: { type: "self" as const, date: "2025-12-30", order: "" } };
    expect((await fiscalize(a.state, late, sign)).document.kind).toBe("correction");
    await expect(fiscalize(a.state, { ...late, lines: [line("22")] }, sign)).rejects.toThrow(/22% applies from 2026-01-01/);
  });
});
