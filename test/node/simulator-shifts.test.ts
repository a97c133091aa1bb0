// Shifts, X/Z reports, the countries' numbering, returns, copies and the PL JWS e-receipt.
import { compactVerify, importJWK } from "jose";
import { describe, expect, it } from "vitest";
import {
  closeShift,
  copyOf,
  deviceStatus,
  FiscalInputError,
  fiscalize,
  openShift,
  parseFiscalQr,
  readPayload,
  verifyDocument,
  verifyJournal,
  verifyJws,
  xReport,
  ZERO_HASH,
  type FiscalDocument,
  type FiscalLine,
  type ReturnLine,
  type ReturnRequest,
  type SaleRequest,
} from "../../src/simulator/index";
import { at, expectRefusal, SERIALS, testDevices } from "../support/simulator-devices";


const BREAD: FiscalLine = { name: "Chleb", quantity: "2", unitPrice: 450, amount: 900, vatRate: "8" };
const WINE: FiscalLine = { name: "Wino", quantity: "1", unitPrice: 3999, amount: 3999, vatRate: "23" };

function sale(receiptId: string, issuedAt: string, lines: FiscalLine[] = [BREAD, WINE], printed = false): SaleRequest {
  const byRate = new Map<string, number>();
  for (const l of lines) byRate.set(l.vatRate, (byRate.get(l.vatRate) ?? 0) + l.amount);
  const vat = [...byRate].map(([rate, gross]) => {
    const net = Math.round((gross * 100) / (100 + Number(rate)));
    return { rate, net, vat: gross - net, gross };
  });
  const total = lines.reduce((a, l) => a + l.amount, 0);
  return { kind: "sale", receiptId, issuedAt, currency: "PLN", total, vat, lines, payments: [{ method: "cash", amount: total }], printed };
}

function refund(receiptId: string, issuedAt: string, original: FiscalDocument, lines: ReturnLine[], earlierReturns: FiscalDocument[] = []): ReturnRequest {
  const s = sale(receiptId, issuedAt, lines);
  return { ...s, kind: "return", lines, original, earlierReturns };
}

const { key: deviceKey, signer, fresh, keyFor } = testDevices("shift-secret");


describe("shifts", () => {
  it("a sale with no open shift opens one by itself; an explicit open refuses a second", async () => {
    const out = await fiscalize(fresh("PL"), sale("r1", at(0)), signer("PL"));
    expect(out.effects.shiftOpened).toBe(1);
    expect(out.state.shift).toMatchObject({ number: 1, openedAt: at(0) });
    const next = await fiscalize(out.state, sale("r2", at(1)), signer("PL"));
    expect(next.effects.shiftOpened).toBeNull();
    expect(() => openShift(next.state, at(2))).toThrow(/Close it with a Z report/);
    const opened = openShift(fresh("SE"), at(0));
    expect(opened.shift).toEqual({ number: 1, openedAt: at(0), totals: { sales: { count: 0, total: 0 }, returns: { count: 0, total: 0 }, vat: [], copies: 0, copyTotal: 0, discounts: { count: 0, total: 0 }, payments: [] } });
    const first = await fiscalize(opened.state, sale("r1", at(5)), signer("SE"));
    expect(first.effects.shiftOpened).toBeNull();
    expect(readPayload(first.document.payload)).toMatchObject({ shift: 1 });
  });

  it("Z report: totals per VAT rate, sales and returns, copies, grand total; signed, chained and numbered by shift", async () => {
    const sign = signer("PL");
    let s = fresh("PL");
    const a = await fiscalize(s, sale("r1", at(0)), sign);
    const b = await fiscalize(a.state, sale("r2", at(1), [WINE], true), sign);
    const back = await fiscalize(b.state, refund("r3", at(2), a.document, [{ ...BREAD, quantity: "1", amount: 450, originalLine: 0 }]), sign);
    const copy = await copyOf(back.state, a.document, at(3), false);
    const z = await closeShift(copy.state, at(10), sign);
    s = z.state;
    expect(z.report).toEqual({
      number: 4,
      numberText: "Z0001",
      shift: 1,
      // Printed times are Warsaw time with the offset, the same instants.
      openedAt: "2026-03-14T09:00:00+01:00",
      closedAt: "2026-03-14T09:10:00+01:00",
      totals: {
        sales: { count: 2, total: 900 + 3999 + 3999 },
        returns: { count: 1, total: 450 },
        vat: [
          { rate: "23", sales: { net: 6502, vat: 1496, gross: 7998 }, returns: { net: 0, vat: 0, gross: 0 } },
          { rate: "8", sales: { net: 833, vat: 67, gross: 900 }, returns: { net: 417, vat: 33, gross: 450 } },
        ],
        copies: 1,
        copyTotal: 4899,
        discounts: { count: 0, total: 0 },
        payments: [{ method: "cash", sales: { count: 2, total: 8898 }, returns: { count: 1, total: 450 } }],
      },
      grandTotal: { sales: 8898, returns: 450 },
      unsent: { count: 0, since: null },
      validUntil: null,
    });
    expect(z.document).toMatchObject({ kind: "z_report", number: 4, numberText: "Z0001", receiptId: "", printed: false, qrPayload: "", prevHash: back.document.hash });
    expect(z.document.jws).toBeUndefined();
    expect(readPayload(z.document.payload)).toMatchObject({ kind: "z_report", title: "raport fiskalny dobowy", shift: 1, openedAt: "2026-03-14T09:00:00+01:00" });
    expect(await verifyDocument(z.document, await keyFor("PL")())).toEqual({ valid: true });
    expect(s.shift).toBeNull();
    expect(await verifyJournal([a.document, b.document, back.document, z.document], keyFor("PL"))).toEqual({ valid: true, documents: 4, zReports: 1 });

    // The grand total is perpetual; the next shift's Z numbers on without a gap, even an empty shift.
    const c = await fiscalize(s, sale("r4", at(20), [WINE]), sign);
    const z2 = await closeShift(c.state, at(30), sign);
    expect(z2.report).toMatchObject({ shift: 2, numberText: "Z0002", grandTotal: { sales: 8898 + 3999, returns: 450 } });
    const z3 = await closeShift(openShift(z2.state, at(31)).state, at(32), sign);
    expect(z3.report).toMatchObject({ shift: 3, numberText: "Z0003", totals: { sales: { count: 0, total: 0 } } });
    await expectRefusal(closeShift(z3.state, at(33), sign), "no_open_shift");
  });

  it("the X report shows the current totals and changes nothing", async () => {
    const a = await fiscalize(fresh("SE"), sale("r1", at(0)), signer("SE"));
    const before = structuredClone(a.state);
    const x = xReport(a.state, at(5));
    expect(x).toMatchObject({ kind: "x_report", shift: 1, openedAt: at(0), at: at(5), lastNumber: 1, unsent: 0 });
    expect(x.totals.sales).toEqual({ count: 1, total: 4899 });
    expect(a.state).toEqual(before);
    expect(xReport(fresh("SE"), at(0))).toMatchObject({ shift: null, totals: { sales: { count: 0 } } });
  });

  it.each(["PL", "SE", "RU"] as const)("%s: a shift older than 24 hours blocks sales until a Z report closes it", async (country) => {
    const sign = signer(country);
    const a = await fiscalize(fresh(country), sale("r1", at(0)), sign);
    const ok = await fiscalize(a.state, sale("r2", at(24 * 60)), sign);
    expect(deviceStatus(ok.state, at(24 * 60 + 1)).blocked?.code).toBe("shift_expired");
    const error = await expectRefusal(fiscalize(ok.state, sale("r3", at(24 * 60 + 1)), sign), "shift_expired");
    expect(error.message).toMatch(/Close the shift \(Z report\)/);
    expect(error.state).toBeNull();
    await expectRefusal(fiscalize(ok.state, refund("r3", at(24 * 60 + 1), a.document, [{ ...BREAD, originalLine: 0 }]), sign), "shift_expired");
    const z = await closeShift(ok.state, at(24 * 60 + 2), sign);
    const after = await fiscalize(z.state, sale("r3", at(24 * 60 + 3)), sign);
    expect(after.effects.shiftOpened).toBe(2);
    expect(deviceStatus(after.state, at(24 * 60 + 3))).toMatchObject({ blocked: null, zReports: 1, shift: { number: 2, expiresAt: at(48 * 60 + 3) } });
  });
});

describe("numbering per country", () => {
  it("PL: receipt numbers restart every calendar day in Warsaw; the document number runs on", async () => {
    const sign = signer("PL");
    // 22:58 UTC is 23:58 in Warsaw (CET); 23:01 UTC is already the next day there.
    const a = await fiscalize(fresh("PL"), sale("r1", "2026-03-14T22:58:00Z"), sign);
    const b = await fiscalize(a.state, sale("r2", "2026-03-14T22:59:00Z"), sign);
    const z = await closeShift(b.state, "2026-03-14T22:59:30Z", sign);
    const c = await fiscalize(z.state, sale("r3", "2026-03-14T23:01:00Z"), sign);
    expect([a, b, c].map((x) => x.document.numberText)).toEqual(["000001-2026-03-14", "000002-2026-03-14", "000001-2026-03-15"]);
    expect([a, b, z, c].map((x) => x.document.number)).toEqual([1, 2, 3, 4]);
    expect(c.document.issuedAt).toBe("2026-03-15T00:01:00+01:00");
    expect(c.document.qrPayload).toMatch(/^EREC1\*PL\*ABC12345678\*4\*20260315T000100\+0100\*4899\*[A-Za-z0-9_-]{16}$/);
    // The device's day cannot go back: the same receipt number could repeat.
    await expectRefusal(fiscalize(c.state, sale("r4", "2026-03-14T22:59:59Z", undefined), sign, "2026-03-14T23:01:00Z"), "clock_skew");
  });

  it("SE: one unbroken receipt serial across shifts; Z reports do not take receipt numbers", async () => {
    const sign = signer("SE");
    const a = await fiscalize(fresh("SE"), sale("r1", at(0)), sign);
    const z = await closeShift(a.state, at(1), sign);
    const b = await fiscalize(z.state, sale("r2", at(2), [WINE], true), sign);
    const c = await fiscalize(b.state, refund("r3", at(3), b.document, [{ ...WINE, originalLine: 0 }]), sign);
    expect([a, b, c].map((x) => x.document.numberText)).toEqual(["1", "2", "3"]);
    expect([a, b, c].map((x) => readPayload(x.document.payload)?.title)).toEqual(["elektroniskt kassakvitto", "kassakvitto", "elektroniskt kassakvitto: retur"]);
    expect(c.document.number).toBe(4);
  });

  it("RU: ФД across all document types, shift number and receipt number within the shift, QR n=1 / n=2", async () => {
    const sign = signer("RU");
    const a = await fiscalize(fresh("RU"), sale("r1", at(0)), sign);
    const b = await fiscalize(a.state, sale("r2", at(1)), sign);
    const z = await closeShift(b.state, at(2), sign);
    const c = await fiscalize(z.state, sale("r3", at(3)), sign);
    const d = await fiscalize(c.state, refund("r4", at(4), a.document, [{ ...WINE, originalLine: 1 }]), sign);
    // Each receipt that found no shift open issued the shift-opening report first, with its own ФД.
    const docs = [a.opened, a.document, b.document, z.document, c.opened, c.document, d.document].filter((x) => x !== null);
    expect(docs.map((x) => [x.kind, x.numberText])).toEqual([
      ["shift_open", "1"],
      ["sale", "2"],
      ["sale", "3"],
      ["z_report", "Z0001"],
      ["shift_open", "5"],
      ["sale", "6"],
      ["return", "7"],
    ]);
    expect(docs.map((x) => readPayload(x.payload)).map((p) => [p?.shift, p?.kind === "sale" || p?.kind === "return" ? p.seq : null])).toEqual([
      [1, null],
      [1, 1],
      [1, 2],
      [1, null],
      [2, null],
      [2, 1],
      [2, 2],
    ]);
    expect(readPayload(a.opened?.payload ?? "")).toMatchObject({ title: "отчёт об открытии смены", cashier: "Кассир 1", validUntil: "2027-12-31", unsent: { count: 0, since: null } });
    // Moscow time (UTC+3) in the QR, as printed.
    expect(a.document.qrPayload).toMatch(/^t=20260314T1100&s=48\.99&fn=7281440500123456&i=2&fp=\d{1,10}&n=1$/);
    expect(d.document.qrPayload).toMatch(/^t=20260314T1104&s=39\.99&fn=7281440500123456&i=7&fp=\d{1,10}&n=2$/);
    expect(parseFiscalQr(d.document.qrPayload)).toMatchObject({ number: 7, total: 3999, kind: "return" });
    expect(readPayload(d.document.payload)).toMatchObject({ title: "электронный кассовый чек: возврат прихода" });
    expect(await verifyJournal(docs, keyFor("RU"))).toEqual({ valid: true, documents: 7, zReports: 1 });
  });
});

describe("returns", () => {
  it("refund fully or by lines, never more than was sold", async () => {
    const sign = signer("PL");
    const s = await fiscalize(fresh("PL"), sale("r1", at(0)), sign);
    const r1 = await fiscalize(s.state, refund("r2", at(1), s.document, [{ ...BREAD, quantity: "1", amount: 450, originalLine: 0 }]), sign);
    expect(readPayload(r1.document.payload)).toMatchObject({
      kind: "return",
      original: { device: "dev-PL", serial: SERIALS.PL, number: 1, hash: s.document.hash, receiptId: "r1" },
    });
    // One bread left: asking for two is refused with what is left, and nothing changes.
    const over = await expectRefusal(
      fiscalize(r1.state, refund("r3", at(2), s.document, [{ ...BREAD, originalLine: 0 }], [r1.document]), sign),
      "return_exceeds_sale",
    );
    expect(over.message).toMatch(/Left to return per line: 0: 1, 1: 1/);
    expect(over.state).toBeNull();
    // Forgetting the earlier return does not help the till that passes it; the rest goes through.
    const rest = await fiscalize(
      r1.state,
      refund("r3", at(2), s.document, [{ ...BREAD, quantity: "1", amount: 450, originalLine: 0 }, { ...WINE, originalLine: 1 }], [r1.document]),
      sign,
    );
    await expectRefusal(
      fiscalize(rest.state, refund("r4", at(3), s.document, [{ ...WINE, quantity: "0.001", amount: 4, originalLine: 1 }], [r1.document, rest.document]), sign),
      "return_exceeds_sale",
    );
    // Amounts are bounded too, not only quantities.
    await expectRefusal(
      fiscalize(r1.state, refund("r3", at(2), s.document, [{ ...WINE, amount: 4000, originalLine: 1 }], [r1.document]), sign),
      "return_exceeds_sale",
    );
    expect(await verifyJournal([s.document, r1.document, rest.document], keyFor("PL"))).toMatchObject({ valid: true });
  });

  it("refuses returns that do not match their sale", async () => {
    const sign = signer("PL");
    const s = await fiscalize(fresh("PL"), sale("r1", at(0)), sign);
    const line = { ...BREAD, quantity: "1", amount: 450, originalLine: 0 };
    const bad: [string, ReturnRequest][] = [
      ["unknown line", refund("r2", at(1), s.document, [{ ...line, originalLine: 5 }])],
      ["other price", refund("r2", at(1), s.document, [{ ...line, unitPrice: 1 }])],
      ["no lines", refund("r2", at(1), s.document, [])],
      ["tampered original", refund("r2", at(1), { ...s.document, payload: s.document.payload.replace('"Wino"', '"Wina"') }, [line])],
      ["other currency", { ...refund("r2", at(1), s.document, [line]), currency: "EUR" }],
      ["zero quantity", refund("r2", at(1), s.document, [{ ...line, quantity: "0", amount: 0 }])],
    ];
    for (const [, request] of bad) await expect(fiscalize(s.state, request, sign)).rejects.toThrow(FiscalInputError);
  });
});

describe("copies", () => {
  it("are counted and marked, never numbered or re-signed", async () => {
    const a = await fiscalize(fresh("SE"), sale("r1", at(0)), signer("SE"));
    const { copy, state } = await copyOf(a.state, a.document, at(1), true);
    expect(copy).toEqual({
      kind: "copy",
      deviceId: "dev-SE",
      serial: SERIALS.SE,
      copyNumber: 1,
      of: 1,
      ofHash: a.document.hash,
      receiptId: "r1",
      numberText: "1",
      qrPayload: a.document.qrPayload,
      issuedAt: at(1),
      printed: true,
      shift: 1,
      marking: "kopia",
    });
    expect(state).toMatchObject({ lastNumber: 1, lastHash: a.document.hash, counters: { copies: 1 }, shift: { totals: { copies: 1 } } });
    expect((await copyOf(fresh("RU"), a.document, at(1), false).catch((e: unknown) => e)) instanceof FiscalInputError).toBe(true);
    const z = await closeShift(state, at(2), signer("SE"));
    await expect(copyOf(z.state, z.document, at(3), false)).rejects.toThrow(/not of reports/);
    expect((await copyOf(z.state, a.document, at(3), false)).copy).toMatchObject({ copyNumber: 2, shift: null });
  });
});

describe("PL e-receipt as JWS", () => {
  it("is a compact EdDSA JWS over the signed payload that jose verifies with the published key", async () => {
    const key = deviceKey("PL");
    const a = await fiscalize(fresh("PL"), sale("r1", at(0)), signer("PL"));
    const jws = a.document.jws ?? "";
    const [header, body] = jws.split(".");
    expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString("utf8"))).toEqual({ alg: "EdDSA", kid: key.kid, typ: "JWT" });
    expect(Buffer.from(body ?? "", "base64url").toString("utf8")).toBe(a.document.payload);
    const verified = await compactVerify(jws, await importJWK(key.publicJwk, "EdDSA"));
    expect(new TextDecoder().decode(verified.payload)).toBe(a.document.payload);
    expect(verified.protectedHeader.kid).toBe(key.kid);

    const ok = await verifyJws(jws, async (kid) => (kid === key.kid ? key.publicKey : Promise.reject(new Error("no key"))));
    expect(ok).toMatchObject({ valid: true, kid: key.kid, payload: { kind: "sale", number: 1, receiptId: "r1" } });
    const tampered = `${header}.${Buffer.from(a.document.payload.replace("3999", "3998")).toString("base64url")}.${jws.split(".")[2]}`;
    expect(await verifyJws(tampered, async () => key.publicKey)).toEqual({ valid: false, reason: "signature does not verify" });
    expect(await verifyJws(jws, async () => Promise.reject(new Error("none")))).toEqual({ valid: false, reason: `unknown key ${key.kid}` });
    expect(await verifyJws("a.b", async () => key.publicKey)).toMatchObject({ valid: false });
    // The document check covers the JWS too.
    const { jws: _dropped, ...withoutJws } = a.document;
    expect(await verifyDocument(withoutJws, key.publicKey)).toEqual({ valid: false, reason: "JWS e-receipt missing" });
  });

  it("only PL receipts carry one", async () => {
    for (const c of ["SE", "RU"] as const) expect((await fiscalize(fresh(c), sale("r1", at(0)), signer(c))).document.jws).toBeUndefined();
  });
});

describe("stored states", () => {
  it("a state stored before shifts existed keeps working and counts everything issued as sent", async () => {
    const legacy = { deviceId: "dev-PL", country: "PL" as const, serial: SERIALS.PL, lastNumber: 0, lastHash: ZERO_HASH, keyId: deviceKey("PL").kid };
    const out = await fiscalize(legacy, sale("r1", at(0)), signer("PL"));
    expect(out.document.number).toBe(1);
    expect(out.state).toMatchObject({ shift: { number: 1 }, operator: { acked: 1 }, faults: [] });
    expect(JSON.parse(JSON.stringify(out.state))).toEqual(out.state);
  });
});
