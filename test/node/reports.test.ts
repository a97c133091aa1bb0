/** X and Z reports as a till prints them and a person reads them (print text, ESC/POS, PDF), on the Node host. */
import { describe, expect, it } from "vitest";
import { Till } from "../support/api-client";
import { parseEscPos } from "../support/escpos-parser";
import { pdfText } from "../support/poppler";
import { SAFT_NO_SCHEMA, validateXml } from "../support/xmllint";
import { importPublicJwk, localIso, parseJournal, verifyJournal } from "../../src/simulator";
import { call } from "../support/api-client";
import { field } from "../support/printed";
import { nodeServerForFile } from "../support/node-server";

const local = nodeServerForFile("reports");

async function sell(till: Till, lines: unknown[], payments: { method: string; amount: number }[]) {
  const receipt = await till.open(lines);
  for (const body of payments) expect((await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body })).status).toBe(201);
  const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
  expect(issued.status, issued.text).toBe(200);
  return receipt;
}

async function pdf(till: Till, path: string): Promise<string> {
  const res = await fetch(`${local.server.url}${path}`, { headers: { authorization: `Bearer ${till.token}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  return pdfText(new Uint8Array(await res.arrayBuffer()));
}

describe("X and Z reports (NO)", () => {
  it("print per VAT rate and payment method, returns, copies, grand total and the cash in the drawer; the Z report stays printable", async () => {
    const till = await Till.login(local.host, "demo-terminal-key-no");
    const device = "dev_demo_no";
    // 2 x 39.00 at 15% paid with 100.00 cash (22.00 change), 3.00 at 25% by card; then the card sale is returned.
    await sell(till, [{ name: "Skolebolle", quantity: "2", unit_price: 3900, vat_rate: "15" }], [{ method: "cash", amount: 10000 }]);
    const card = await sell(till, [{ name: "Bærepose", quantity: "1", unit_price: 300, vat_rate: "25" }], [{ method: "card", amount: 300 }]);
    expect((await till.call("POST", `/v1/receipts/${card.id}/returns`, { body: {} })).status).toBe(201);

    const x = await till.call("GET", `/v1/devices/${device}/reports/x?columns=42`);
    expect(x.status, x.text).toBe(200);
    const xText: string = x.body.print.text;
    expect(x.body.print.columns).toBe(42);
    for (const line of xText.split("\n")) expect(Array.from(line).length).toBeLessThanOrEqual(42);
    expect(xText).toMatch(/^\s*X-RAPPORT\s*$/m);
    expect(xText).toMatch(field("Salg", "2 / 81,00"));
    expect(xText).toMatch(field("Returer", "1 / 3,00"));
    expect(xText).toMatch(field("Netto", "78,00 NOK"));
    expect(xText).toMatch(/^\s*B\s+67,83\s+10,17\s+78,00\s+0,00\s*$/m);
    expect(xText).toMatch(/^\s*Kontant\s+78,00\s+0,00\s*$/m);
    expect(xText).toMatch(/^\s*Kort\s+3,00\s+3,00\s*$/m);
    expect(xText).toMatch(field("Kontanter i kassen", "78,00"));
    expect(xText).toMatch(field("Skuffåpninger", "1"));
    expect(xText).toMatch(field("Rabatter", "0 / 0,00"));
    expect(xText).toMatch(field("Antall kopier", "0"));
    expect(xText).toMatch(field("Treningskvitteringer", "0 / 0,00"));
    expect(parseEscPos(Uint8Array.from(atob(x.body.print.escpos_base64), (c) => c.charCodeAt(0)), { columns: 42 }).lines.join("\n")).toContain("Kontanter i kassen");
    expect(await pdf(till, `/v1/devices/${device}/reports/x/pdf`)).toMatch(field("Kontanter i kassen", "78,00"));

    const z = await till.call("POST", `/v1/devices/${device}/shifts/close`);
    expect(z.status, z.text).toBe(200);
    const zText: string = z.body.print.text;
    expect(zText).toMatch(/^\s*Z-RAPPORT\s*$/m);
    expect(zText).toMatch(field("Rapportnr", z.body.document.number_text));
    expect(zText).toMatch(field("Kontanter i kassen", "78,00"));
    expect(zText).toMatch(field("Grand total salg", "81,00"));
    const shift = z.body.report.shift as number;
    const again = await till.call("GET", `/v1/devices/${device}/reports/z/${shift}`);
    expect(again.body.print.text).toBe(zText);
    expect(again.body.document.hash).toBe(z.body.document.hash);
    const zPdf = await pdf(till, `/v1/devices/${device}/reports/z/${shift}/pdf`);
    expect(zPdf).toMatch(field("Kontanter i kassen", "78,00"));
    expect(zPdf).toMatch(field("Antall kvitteringer", "3"));
    expect((await till.call("GET", `/v1/devices/${device}/reports/z/${shift + 1}`)).status).toBe(404);
  });

  it("RU Z report: the FFD counters, unsent documents and the fiscal drive's validity", async () => {
    const till = await Till.login(local.host, "demo-terminal-key-ru");
    await sell(till, [{ name: "Хлеб", quantity: "1", unit_price: 5000, vat_rate: "10" }], [{ method: "cash", amount: 5000 }]);
    const z = await till.call("POST", "/v1/devices/dev_demo_ru/shifts/close");
    expect(z.status, z.text).toBe(200);
    const text: string = z.body.print.text;
    expect(text).toMatch(/ОТЧЁТ О ЗАКРЫТИИ СМЕНЫ/);
    expect(text).toMatch(field("ФД №", String(z.body.document.number)));
    expect(text).toMatch(field("Приход", "1 / 50.00"));
    expect(text).toMatch(field("Непереданных ФД", "0"));
    expect(text).toMatch(field("Ресурс ФН до", "2027-12-31"));
    expect(z.body.report).toMatchObject({ unsent: { count: 0, since: null }, valid_until: "2027-12-31" });
  });

  it("NO: the SAF-T Cash Register file of today validates against the published schema; other countries and bad periods are refused", async () => {
    const till = await Till.login(local.host, "demo-terminal-key-no");
    await sell(till, [{ name: "Rundstykke", quantity: "3", unit_price: 1200, vat_rate: "15" }], [{ method: "card", amount: 3600 }]);
    const today = localIso("NO", Date.now()).slice(0, 10);
    const res = await fetch(`${local.server.url}/v1/devices/dev_demo_no/saf-t?from=${today}&to=${today}`, { headers: { authorization: `Bearer ${till.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/xml");
    const xml = await res.text();
    const verdict = validateXml(xml, SAFT_NO_SCHEMA);
    expect(verdict.output).toMatch(/validates/);
    expect(xml).toContain("<transAmntIn>36.00</transAmntIn>");
    expect(xml).toContain("<companyIdent>999999999</companyIdent>");
    expect((await till.call("GET", `/v1/devices/dev_demo_no/saf-t?from=${today}&to=2020-01-01`)).status).toBe(422);
    const swedish = await Till.login(local.host, "demo-terminal-key-se");
    const se = await swedish.call("GET", `/v1/devices/dev_demo_se/saf-t?from=${today}&to=${today}`);
    expect(se.status).toBe(409);
    expect(se.body.code).toBe("saf-t-norway-only");
  });

  it("RU: the shift-opening reports (explicit and by a sale) are in the journal with their own ФД, and the journal verifies", async () => {
    const till = await Till.login(local.host, "demo-terminal-key-ru");
    const status = await till.call("GET", "/v1/devices/dev_demo_ru");
    if (status.body.shift) expect((await till.call("POST", "/v1/devices/dev_demo_ru/shifts/close")).status).toBe(200);
    expect((await till.call("POST", "/v1/devices/dev_demo_ru/shifts")).status).toBe(201);
    await sell(till, [{ name: "Хлеб", quantity: "1", unit_price: 5000, vat_rate: "10" }], [{ method: "cash", amount: 5000 }]);
    expect((await till.call("POST", "/v1/devices/dev_demo_ru/shifts/close")).status).toBe(200);
    // No shift open: the sale opens one, issuing the report first.
    await sell(till, [{ name: "Молоко", quantity: "1", unit_price: 9000, vat_rate: "22" }], [{ method: "card", amount: 9000 }]);
    const res = await fetch(`${local.server.url}/v1/devices/dev_demo_ru/journal`, { headers: { authorization: `Bearer ${till.token}` } });
    const parsed = parseJournal(new TextDecoder().decode(await res.arrayBuffer()));
    if (!parsed.ok) throw new Error(parsed.reason);
    const kinds = parsed.documents.map((d) => d.kind);
    expect(kinds.slice(-5)).toEqual(["shift_open", "sale", "z_report", "shift_open", "sale"]);
    // The fiscal drive's first document is the registration report the device was registered with.
    expect(parsed.documents[0]).toMatchObject({ number: 1, kind: "registration" });
    const registration = JSON.parse(parsed.documents[0]!.payload);
    expect(registration).toMatchObject({ kind: "registration", ru: { ffd: "1.2", taxSystem: "osn", place: "Магазин №1, г. Москва, ул. Тверская, д. 1" } });
    expect(parsed.documents.map((d) => d.number)).toEqual(parsed.documents.map((_, i) => i + 1));
    const jwks = await call(local.host, "GET", "/.well-known/jwks.json");
    const keys = new Map<string, JsonWebKey>(jwks.body.keys.map((k: JsonWebKey & { kid: string }) => [k.kid, k]));
    expect(await verifyJournal(parsed.documents, async (kid) => importPublicJwk(keys.get(kid)!))).toMatchObject({ valid: true });
  });
});
