/** A return is a document the customer gets; the receipt's returns and what is left to return, on the Node host. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { parseFiscalQr } from "../../src/simulator";
import { Till, type Host } from "../support/api-client";
import { pdfQrCode, pdfText } from "../support/poppler";

const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-returns-"));
let server: NodeServer;
let host: Host;

beforeAll(async () => {
  server = await startNodeServer({ dataDir, demo: true, log: { info() {}, warn() {}, error: console.error } });
  host = { name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const field = (label: string, value: string) => new RegExp(`^\\s*${escape(label)}\\s+${escape(value)}\\s*$`, "m");

describe("returns as customer documents (PL)", () => {
  it("each return prints like a receipt headed ZWROT, names its sale, has a PDF with its own QR; the receipt says what is left", async () => {
    const till = await Till.login(host);
    const receipt = await till.open([
      { name: "Chleb żytni", quantity: "2", unit_price: 450, vat_rate: "8" },
      { name: "Ser Gouda", quantity: "0.5", unit_price: 3990, vat_rate: "5" },
    ]);
    await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "card", amount: receipt.total } });
    const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
    expect(issued.status, issued.text).toBe(200);
    const [bread, cheese] = receipt.lines;

    const none = await till.call("GET", `/v1/receipts/${receipt.id}/returns`);
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ returns: [], amount_left: 900 + 1995 });

    const first = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: { lines: [{ line_id: bread.id, quantity: "1" }] } });
    expect(first.status, first.text).toBe(201);
    const list = await till.call("GET", `/v1/receipts/${receipt.id}/returns?columns=42`);
    expect(list.body.left).toEqual([
      { line_id: bread.id, name: "Chleb żytni", sold: "2", returned: "1", left: "1", amount_left: 450 },
      { line_id: cheese.id, name: "Ser Gouda", sold: "0.5", returned: "0", left: "0.5", amount_left: 1995 },
    ]);
    expect(list.body.amount_left).toBe(2445);
    const [ret] = list.body.returns;
    expect(ret).toMatchObject({ number: first.body.document.number, total: 450, lines: [{ name: "Chleb żytni", quantity: "1", amount: 450 }] });
    const text: string = ret.print.text;
    expect(text).toMatch(/^\s*ZWROT\s*$/m);
    expect(text).toMatch(field("Dotyczy dokumentu nr", String(issued.body.fiscal.number)));
    expect(text).toMatch(field("SUMA", "4,50 PLN"));
    expect(text).toMatch(field("Karta", "4,50"));
    expect(text).toMatch(field("Nr paragonu", ret.number_text));
    expect(text).not.toContain("Ser Gouda");

    const res = await fetch(`${server.url}${ret.pdf_url}`, { headers: { authorization: `Bearer ${till.token}` } });
    expect(res.status).toBe(200);
    const pdf = new Uint8Array(await res.arrayBuffer());
    expect(pdfText(pdf)).toMatch(/^\s*ZWROT\s*$/m);
    const qr = pdfQrCode(pdf).data;
    expect(qr).toBe(ret.document.qr_payload);
    expect(parseFiscalQr(qr)).toMatchObject({ number: ret.number, total: 450 });

    // The rest: nothing is left, and a second return document is listed.
    expect((await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: {} })).status).toBe(201);
    const after = await till.call("GET", `/v1/receipts/${receipt.id}/returns`);
    expect(after.body.returns).toHaveLength(2);
    expect(after.body.amount_left).toBe(0);
    expect(after.body.left.map((l: { left: string }) => l.left)).toEqual(["0", "0"]);
    expect((await fetch(`${server.url}/v1/receipts/${receipt.id}/returns/99999/pdf`, { headers: { authorization: `Bearer ${till.token}` } })).status).toBe(404);
  });
});

describe("a return handed to the customer", () => {
  it("answers with its print text and a link of its own, whose PDF is the return", async () => {
    const till = await Till.login(host);
    const receipt = await till.open([{ name: "Mleko", quantity: "2", unit_price: 389, vat_rate: "5" }]);
    await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: receipt.total } });
    await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
    const made = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: { lines: [{ line_id: receipt.lines[0].id, quantity: "1" }], payments: [{ method: "cash", amount: 389 }] } });
    expect(made.status, made.text).toBe(201);
    expect(made.body.print.text).toContain("ZWROT");
    expect(made.body.customer_url).toBe(`${receipt.customer_url}/returns/${made.body.document.number}/pdf`);
    const pdf = await host.fetch(made.body.customer_url);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(await pdfText(new Uint8Array(await pdf.arrayBuffer()))).toContain("ZWROT");
    expect((await host.fetch(`${receipt.customer_url}/returns/999/pdf`)).status).toBe(404);
  });
});
