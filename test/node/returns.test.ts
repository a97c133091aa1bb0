/** A return is a document the customer gets; the receipt's returns and what is left to return, on the Node host. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { parseFiscalQr } from "../../src/simulator";
import { Till, type Host, type Json } from "../support/api-client";
import { pdfQrCode, pdfText } from "../support/poppler";
import { eventually, httpReceiver, smtpReceiver } from "../support/receivers";
import { field } from "../support/printed";

const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-returns-"));
let server: NodeServer;
let host: Host;
let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
let gateway: Awaited<ReturnType<typeof httpReceiver>>;

beforeAll(async () => {
  smtp = await smtpReceiver();
  gateway = await httpReceiver();
  server = await startNodeServer({
    dataDir,
    demo: true,
    log: { info() {}, warn() {}, error: console.error },
    env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`, SMS_PROVIDER_URL: `${gateway.url}/sms`, DELIVERY_RETRY_BASE_MS: "50" },
  });
  host = { name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
});
afterAll(async () => {
  await server.close();
  await smtp.close();
  await gateway.close();
  rmSync(dataDir, { recursive: true, force: true });
});


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
    expect((await till.get(receipt.id)).body.returns).toEqual({ items: [], amount_left: 2895, left: [
      { line_id: bread.id, name: "Chleb żytni", left: "2", amount_left: 900 },
      { line_id: cheese.id, name: "Ser Gouda", left: "0.5", amount_left: 1995 },
    ] });

    const first = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: { lines: [{ line_id: bread.id, quantity: "1" }] } });
    expect(first.status, first.text).toBe(201);
    const list = await till.call("GET", `/v1/receipts/${receipt.id}/returns?columns=42`);
    expect(list.body.left).toEqual([
      { line_id: bread.id, name: "Chleb żytni", sold: "2", returned: "1", left: "1", amount_left: 450 },
      { line_id: cheese.id, name: "Ser Gouda", sold: "0.5", returned: "0", left: "0.5", amount_left: 1995 },
    ]);
    expect(list.body.amount_left).toBe(2445);
    // GET on the original shows its returns and what is left.
    const original = (await till.get(receipt.id)).body;
    expect(original.returns).toMatchObject({
      items: [{ number: first.body.document.number, number_text: first.body.document.number_text, total: 450, channel: "print", customer_url: first.body.customer_url }],
      amount_left: 2445,
      left: [{ line_id: bread.id, left: "1", amount_left: 450 }, { line_id: cheese.id, left: "0.5", amount_left: 1995 }],
    });
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
    // The receipt's page lists its returns, each a link to the return's PDF.
    const page = await (await host.fetch(receipt.customer_url)).text();
    expect(page).toContain("<h2>Zwroty</h2>");
    expect(page).toContain(`href="${made.body.customer_url}"`);
    expect(page).toContain(made.body.document.number_text);
    expect(page).toContain("−3,89");
  });
});

/** A sold and issued receipt of one line, delivered as `finalize` says. */
async function sold(till: Till, line: Json, finalize: Json): Promise<Json> {
  const receipt = await till.open([line]);
  await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "card", amount: receipt.total } });
  const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: finalize });
  expect(issued.status, issued.text).toBe(200);
  return receipt;
}

const sent = (till: Till, id: string) => eventually(async () => ((await till.get(id)).body.delivery?.status === "sent" ? true : undefined), 20_000, `receipt ${id} sent`);
const smsTo = (phone: string, after: number) =>
  eventually(() => gateway.hits.slice(after).map((h) => JSON.parse(h.body) as { to: string; text: string }).find((m) => m.to === phone), 20_000, `an SMS to ${phone}`);
const mailTo = (address: string, subject: RegExp) => eventually(() => smtp.mails.find((m) => m.to.includes(address) && subject.test(m.parsed.subject ?? "")), 20_000, `mail to ${address}`);
const attachedPdf = (mail: Awaited<ReturnType<typeof mailTo>>) => {
  const pdf = mail.parsed.attachments.find((a) => a.mimeType === "application/pdf");
  expect(pdf, "a PDF attachment").toBeDefined();
  return { name: pdf!.filename, text: pdfText(new Uint8Array(pdf!.content as ArrayBuffer)) };
};

describe("a return reaches the customer the way the receipt did", () => {
  it("a receipt sent by SMS: the return goes by SMS to the same number, its link opens the return, and it is not printed", async () => {
    const till = await Till.login(host);
    const before = gateway.hits.length;
    const receipt = await sold(till, { name: "Kawa ziarnista", quantity: "2", unit_price: 2599, vat_rate: "23" }, { delivery: "sms", contact: { phone: "+48 600 700 800" } });
    await smsTo("+48 600 700 800", before);
    await sent(till, receipt.id);
    const between = gateway.hits.length;

    const made = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: { lines: [{ line_id: receipt.lines[0].id, quantity: "1" }] } });
    expect(made.status, made.text).toBe(201);
    expect(made.body.delivery).toMatchObject({ channel: "sms", message_id: expect.stringMatching(/^msg_/) });
    expect(made.body.print).toBeUndefined();
    expect(made.body.document.printed).toBe(false);

    const sms = await smsTo("+48 600 700 800", between);
    expect(sms.text).toMatch(/zwrot 25,99 PLN/);
    const link = sms.text.split(/\s+/).at(-1)!;
    expect(link).toBe(made.body.customer_url);
    const pdf = await fetch(link);
    expect(pdf.status).toBe(200);
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toMatch(/^\s*ZWROT\s*$/m);
    expect(text).toContain("25,99");

    const list = await eventually(async () => {
      const got = await till.call("GET", `/v1/receipts/${receipt.id}/returns`);
      return got.body.returns[0]?.delivery.messages[0]?.status === "sent" ? got.body : undefined;
    }, 20_000, "the return's message sent");
    expect(list.returns[0].delivery).toMatchObject({ channel: "sms", messages: [{ id: made.body.delivery.message_id, channel: "sms", copy: 0, status: "sent", attempts: 1 }] });
    // The receipt's own delivery is not the return's.
    expect((await till.get(receipt.id)).body.delivery).toMatchObject({ channel: "sms", attempts: 1 });
    const deliveries = await till.call("GET", `/v1/deliveries?receipt_id=${receipt.id}`);
    expect(deliveries.body.items.map((d: Json) => d.return_number).sort()).toEqual([made.body.document.number, null].sort());
  });

  it("by e-mail on request: the message carries the return's PDF, not the receipt's", async () => {
    const till = await Till.login(host);
    const receipt = await sold(till, { name: "Herbata zielona", quantity: "3", unit_price: 1250, vat_rate: "23" }, { delivery: "print" });
    const made = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: { delivery: "email", contact: { email: "zwrot@example.pl" } } });
    expect(made.status, made.text).toBe(201);
    expect(made.body.delivery.channel).toBe("email");
    const mail = await mailTo("zwrot@example.pl", /^Zwrot: /);
    expect(mail.parsed.subject).toContain("37,50 PLN");
    expect(mail.parsed.text).toContain(`Nr dokumentu zwrotu: ${made.body.document.number_text}`);
    const pdf = attachedPdf(mail);
    expect(pdf.name).toBe(`return-${made.body.document.number_text}.pdf`);
    expect(pdf.text).toMatch(/^\s*ZWROT\s*$/m);
    expect(pdf.text).toContain("Herbata zielona");
    expect(pdf.text).not.toMatch(/PARAGON FISKALNY/);
  });

  it("a receipt whose customer was erased since gets a paper return: there is no address left", async () => {
    const till = await Till.login(host);
    const phone = "+48 600 900 901";
    const receipt = await till.open([{ name: "Ser", quantity: "1", unit_price: 1590, vat_rate: "5" }]);
    await till.call("POST", `/v1/receipts/${receipt.id}/customer`, { body: { phone } });
    await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "card", amount: 1590 } });
    expect((await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "sms" } })).body.delivery.channel).toBe("sms");
    await sent(till, receipt.id);
    expect((await till.call("DELETE", `/v1/customers/${encodeURIComponent(`phone:${phone}`)}`)).status).toBe(200);
    const made = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: {} });
    expect(made.status, made.text).toBe(201);
    expect(made.body.delivery).toEqual({ channel: "print" });
    expect(made.body.print.text).toMatch(/^\s*ZWROT\s*$/m);
    expect(made.body.document.printed).toBe(true);
  });

  it("by QR: nothing printed or sent, the link is the return (an e-receipt), and its copy says so", async () => {
    const till = await Till.login(host);
    const receipt = await sold(till, { name: "Jogurt", quantity: "4", unit_price: 299, vat_rate: "5" }, { delivery: "print" });
    const made = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: { delivery: "qr" } });
    expect(made.status, made.text).toBe(201);
    expect(made.body.delivery).toEqual({ channel: "qr" });
    expect(made.body.print).toBeUndefined();
    expect(made.body.document.printed).toBe(false);
    const pdf = pdfText(new Uint8Array(await (await fetch(made.body.customer_url)).arrayBuffer()));
    expect(pdf).toMatch(/E-PARAGON/);
    expect(pdf).toMatch(/^\s*ZWROT\s*$/m);
    const list = await till.call("GET", `/v1/receipts/${receipt.id}/returns`);
    expect(list.body.returns[0].delivery).toEqual({ channel: "qr", messages: [] });
    const copy = await till.call("POST", `/v1/receipts/${receipt.id}/returns/${made.body.document.number}/copies`, { body: { channel: "print" } });
    expect(copy.body.copy.original).toBe("E-paragon (kod QR)");
  });

  it("refuses a return it cannot deliver and changes nothing", async () => {
    const till = await Till.login(host);
    const receipt = await sold(till, { name: "Mąka", quantity: "1", unit_price: 499, vat_rate: "5" }, { delivery: "print" });
    const cases: [Json, number, string][] = [
      [{ delivery: "sms" }, 422, "contact-required"],
      [{ delivery: "email", contact: { phone: "+48 600 000 001" } }, 422, "contact-required"],
      [{ delivery: "ebin" }, 422, "validation"],
      [{ delivery: "sms", contact: { phone: "x".repeat(500) } }, 422, "validation"],
    ];
    for (const [body, status, code] of cases) {
      const res = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body });
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.body.code).toBe(code);
    }
    const list = await till.call("GET", `/v1/receipts/${receipt.id}/returns`);
    expect(list.body).toMatchObject({ returns: [], amount_left: 499 });
  });
});

describe("copies of a return", () => {
  it("PL: printed with KOPIA and how the return was issued, sent by e-mail as a copy, each counted", async () => {
    const till = await Till.login(host);
    const receipt = await sold(till, { name: "Masło", quantity: "2", unit_price: 799, vat_rate: "5" }, { delivery: "print" });
    const made = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: {} });
    const number = made.body.document.number;

    const paper = await till.call("POST", `/v1/receipts/${receipt.id}/returns/${number}/copies?columns=42`, { body: { channel: "print" } });
    expect(paper.status, paper.text).toBe(201);
    expect(paper.body).toMatchObject({ copy: { number: 1, channel: "print", original: "Paragon papierowy" }, receipt_id: receipt.id, return_number: number, customer_url: made.body.customer_url });
    expect(paper.body.print.columns).toBe(42);
    expect(paper.body.print.text).toMatch(/KOPIA/);
    expect(paper.body.print.text).toContain("Paragon papierowy");
    expect(paper.body.print.text).toMatch(/^\s*ZWROT\s*$/m);

    const mailed = await till.call("POST", `/v1/receipts/${receipt.id}/returns/${number}/copies`, { body: { channel: "email", contact: { email: "kopia-zwrotu@example.pl" } } });
    expect(mailed.status, mailed.text).toBe(201);
    expect(mailed.body.copy).toMatchObject({ number: 2, channel: "email" });
    expect(mailed.body.print).toBeUndefined();
    const mail = await mailTo("kopia-zwrotu@example.pl", /^Kopia zwrotu: /);
    expect(mail.parsed.text).toContain("Kopia — oryginał wydano jako: Paragon papierowy");
    expect(attachedPdf(mail).text).toMatch(/^\s*ZWROT\s*$/m);

    const list = await till.call("GET", `/v1/receipts/${receipt.id}/returns`);
    expect(list.body.returns[0].copies).toBe(2);
    const events = (await till.get(receipt.id)).body.events.filter((e: Json) => e.type === "return_copy_issued");
    expect(events.map((e: Json) => [e.data.return_number, e.data.copy, e.data.channel])).toEqual([[number, 1, "print"], [number, 2, "email"]]);
    // The sale's own copies are not the return's.
    expect((await till.get(receipt.id)).body.copies ?? 0).toBe(0);
  });

  it("SE and NO: one copy of each return; a second is refused, and a copy of another receipt's return is not found", async () => {
    for (const [country, marking] of [["se", "KOPIA"], ["no", "KOPI"]] as const) {
      const till = await Till.login(host, `demo-terminal-key-${country}`);
      const receipt = await sold(till, { name: "Kaffe", quantity: "1", unit_price: 4500, vat_rate: "12" }, { delivery: "print" });
      const made = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: {} });
      expect(made.status, made.text).toBe(201);
      const path = `/v1/receipts/${receipt.id}/returns/${made.body.document.number}/copies`;
      const first = await till.call("POST", path, { body: { channel: "print" } });
      expect(first.status, first.text).toBe(201);
      expect(first.body.print.text).toContain(marking);
      const second = await till.call("POST", path, { body: { channel: "print" } });
      expect(second.status, second.text).toBe(422);
      expect(second.body).toMatchObject({ code: "device-invalid-request", detail: expect.stringMatching(/at most 1 copy/) });
      expect((await till.call("GET", `/v1/receipts/${receipt.id}/returns`)).body.returns[0].copies).toBe(1);
    }
    const pl = await Till.login(host);
    const mine = await sold(pl, { name: "Chleb", quantity: "1", unit_price: 500, vat_rate: "5" }, { delivery: "print" });
    expect((await pl.call("POST", `/v1/receipts/${mine.id}/returns/99999/copies`, { body: { channel: "print" } })).status).toBe(404);
    expect((await pl.call("POST", `/v1/receipts/${mine.id}/returns/1/copies`, { body: { channel: "ebin" } })).status).toBe(422);
  });
});
