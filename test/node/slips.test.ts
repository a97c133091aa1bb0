/** Provisional (pro forma) and training prints of an open sale (SE, NO): marked as no receipt, counted for the Z report, on the Node host. */
import { describe, expect, it } from "vitest";
import { localIso } from "../../src/simulator";
import { Till, type Json } from "../support/api-client";
import { parseEscPos, type PrintedText } from "../support/escpos-parser";
import { SAFT_NO_SCHEMA, validateXml } from "../support/xmllint";
import { field } from "../support/printed";
import { nodeServerForFile } from "../support/node-server";

const local = nodeServerForFile("slips");

const lineCount = (text: string, words: string) => text.split("\n").filter((l) => l.trim() === words).length;
const escposOf = (print: Json) => parseEscPos(Uint8Array.from(atob(print.escpos_base64), (c) => c.charCodeAt(0)), { columns: print.columns });

describe("Norway: foreløpig kvittering and treningskvittering", () => {
  it("prints the open sale marked at top and bottom as no receipt, louder than the amounts; the device counts both for X, Z and SAF-T", async () => {
    const till = await Till.login(local.host, "demo-terminal-key-no");
    const status = await till.call("GET", "/v1/devices/dev_demo_no");
    if (status.body.shift) expect((await till.call("POST", "/v1/devices/dev_demo_no/shifts/close")).status).toBe(200);

    // A restaurant bill before payment.
    const table = await till.open([{ name: "Fiskesuppe", quantity: "2", unit_price: 18900, vat_rate: "25" }]);
    const provisional = await till.call("POST", `/v1/receipts/${table.id}/slips?columns=42`, { body: { kind: "provisional" } });
    expect(provisional.status, provisional.text).toBe(201);
    expect(provisional.body.slip).toMatchObject({ kind: "provisional", count: 1, amount: 37800 });
    const text: string = provisional.body.print.text;
    expect(lineCount(text, "FORELØPIG KVITTERING")).toBe(2);
    expect(lineCount(text, "IKKE KVITTERING FOR KJØP")).toBe(2);
    expect(text).toContain("Fiskesuppe");
    expect(text).toMatch(field("TOTALT", "378,00 NOK"));
    expect(text).not.toMatch(/SALGSKVITTERING|Kvitteringsnr/);
    const escpos = escposOf(provisional.body.print);
    expect(escpos.qrPayloads).toEqual([]);
    const printed = escpos.printed.filter((p): p is PrintedText => p.kind === "text");
    // On the roll the loud marking wraps: every line of it is half as tall again as the total.
    const marking = printed.filter((p) => /^(FORELØPIG|IKKE|KVITTERING|FOR|KJØP)( |$)/.test(p.text.trim()));
    expect(marking.map((p) => p.text.trim()).join(" ")).toBe("FORELØPIG KVITTERING IKKE KVITTERING FOR KJØP FORELØPIG KVITTERING IKKE KVITTERING FOR KJØP");
    const total = printed.find((p) => p.text.includes("378,00 NOK"))!;
    for (const line of marking) expect(line.heightScale).toBeGreaterThanOrEqual(total.heightScale * 1.5);
    // Nothing was fiscalized: the sale is open and says what was printed.
    expect(provisional.body.receipt).toMatchObject({ status: "open", fiscal: null });
    expect((await till.get(table.id)).body.events.map((e: Json) => e.type)).toContain("provisional_printed");
    // The SAF-T file has the print while the sale is still open.
    const today = localIso("NO", Date.now()).slice(0, 10);
    const saft = async () => (await fetch(`${local.server.url}/v1/devices/dev_demo_no/saf-t?from=${today}&to=${today}`, { headers: { authorization: `Bearer ${till.token}` } })).text();
    expect(await saft()).toContain(`<eventText>Foreløpig kvittering 378.00 (${table.id})</eventText>`);

    // A practice sale in training mode, printed and then cancelled.
    const practice = await till.open([{ name: "Kaffe", quantity: "1", unit_price: 4500, vat_rate: "25" }]);
    const training = await till.call("POST", `/v1/receipts/${practice.id}/slips`, { body: { kind: "training" } });
    expect(training.status, training.text).toBe(201);
    expect(lineCount(training.body.print.text, "TRENINGSKVITTERING")).toBe(2);
    expect(lineCount(training.body.print.text, "IKKE KVITTERING FOR KJØP")).toBe(2);
    expect((await till.call("POST", `/v1/receipts/${practice.id}/cancel`)).status).toBe(200);

    await till.call("POST", `/v1/receipts/${table.id}/payments`, { body: { method: "card", amount: 37800 } });
    const issued = await till.call("POST", `/v1/receipts/${table.id}/finalize`, { body: { delivery: "print" } });
    expect(issued.status, issued.text).toBe(200);
    expect(issued.body.print.text).toMatch(/^\s*SALGSKVITTERING\s*$/m);
    // Only the issued receipt is a sale.
    const x = await till.call("GET", "/v1/devices/dev_demo_no/reports/x");
    expect(x.body.print.text).toMatch(field("Salg", "1 / 378,00"));
    expect(x.body.print.text).toMatch(field("Foreløpige kvitteringer", "1 / 378,00"));
    expect(x.body.print.text).toMatch(field("Treningskvitteringer", "1 / 45,00"));

    const z = await till.call("POST", "/v1/devices/dev_demo_no/shifts/close");
    expect(z.status, z.text).toBe(200);
    expect(z.body.print.text).toMatch(field("Foreløpige kvitteringer", "1 / 378,00"));
    expect(z.body.document.payload.totals).toMatchObject({ provisional: { count: 1, total: 37800 }, training: { count: 1, total: 4500 } });

    const xml = await saft();
    expect(validateXml(xml, SAFT_NO_SCHEMA).output).toMatch(/validates/);
    expect(xml).toContain("<reportReceiptProformaNum>1</reportReceiptProformaNum>");
    expect(xml).toContain("<reportReceiptProformaAmnt>378.00</reportReceiptProformaAmnt>");
    expect(xml).toContain("<reportTrainingNum>1</reportTrainingNum>");
    expect(xml).toContain("<reportTrainingAmnt>45.00</reportTrainingAmnt>");
    // Each print is an event of its own: 13015 provisional, 13017 training.
    expect(xml).toMatch(new RegExp(`<eventType>PROREC</eventType>\\s*<eventDate>${today}</eventDate>\\s*<eventTime>[0-9:]{8}</eventTime>\\s*<eventText>Foreløpig kvittering 378\\.00 \\(${table.id}\\)</eventText>`));
    expect(xml).toMatch(new RegExp(`<eventType>TRAREC</eventType>[\\s\\S]*?<eventText>Treningskvittering 45\\.00 \\(${practice.id}\\)</eventText>`));
  });
});

describe("Sweden and the countries without them", () => {
  it("SE marks a proformakvitto as no receipt", async () => {
    const till = await Till.login(local.host, "demo-terminal-key-se");
    const receipt = await till.open([{ name: "Lunch", quantity: "1", unit_price: 12900, vat_rate: "12" }]);
    const res = await till.call("POST", `/v1/receipts/${receipt.id}/slips`, { body: { kind: "provisional" } });
    expect(res.status, res.text).toBe(201);
    expect(res.body.print.text).toContain("PROFORMAKVITTO");
    expect(res.body.print.text).toContain("DETTA ÄR INTE ETT KVITTO");
    expect(res.body.print.text).not.toContain("Kontrollkod");
  });

  it("PL refuses, and an issued receipt or a bad request changes nothing", async () => {
    const till = await Till.login(local.host);
    const receipt = await till.open([{ name: "Bułka", quantity: "1", unit_price: 100, vat_rate: "5" }]);
    const pl = await till.call("POST", `/v1/receipts/${receipt.id}/slips`, { body: { kind: "provisional" } });
    expect(pl.status).toBe(422);
    expect(pl.body).toMatchObject({ code: "device-invalid-request", detail: expect.stringContaining("not offered in PL") });
    for (const body of [{ kind: "copy" }, {}, { kind: "training", extra: 1 }]) {
      const bad = await till.call("POST", `/v1/receipts/${receipt.id}/slips`, { body });
      expect(bad.status, JSON.stringify(body)).toBe(422);
      expect(bad.body.code).toBe("validation");
    }
    expect((await till.get(receipt.id)).body.events.map((e: Json) => e.type)).not.toContain("provisional_printed");

    const no = await Till.login(local.host, "demo-terminal-key-no");
    const sold = await no.open([{ name: "Brød", quantity: "1", unit_price: 3500, vat_rate: "15" }]);
    await no.call("POST", `/v1/receipts/${sold.id}/payments`, { body: { method: "cash", amount: 3500 } });
    await no.call("POST", `/v1/receipts/${sold.id}/finalize`, { body: { delivery: "print" } });
    const late = await no.call("POST", `/v1/receipts/${sold.id}/slips`, { body: { kind: "provisional" } });
    expect(late.status).toBe(409);
    expect((await no.call("POST", "/v1/receipts/rcp_doesnotexist00000000/slips", { body: { kind: "provisional" } })).status).toBe(404);
  });
});
