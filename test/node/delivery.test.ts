/**
 * Delivery over real protocols: SMS to a local HTTP gateway, e-mail to a local SMTP server, with
 * provider failures, retries, the final failed state, copies, e-bin and the QR-display flow.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { call, Till, type Host, type Json } from "../support/api-client";
import { pdfText } from "../support/poppler";
import { eventually, httpReceiver, smtpReceiver } from "../support/receivers";

const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-delivery-"));
let server: NodeServer;
let host: Host;
let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
let gateway: Awaited<ReturnType<typeof httpReceiver>>;
let till: Till;

beforeAll(async () => {
  smtp = await smtpReceiver();
  gateway = await httpReceiver();
  server = await startNodeServer({
    dataDir,
    demo: true,
    log: { info() {}, warn() {}, error: console.error },
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`,
      SMS_PROVIDER_URL: `${gateway.url}/sms`,
      SMS_PROVIDER_AUTH: "Bearer sms-secret",
      DELIVERY_RETRY_BASE_MS: "50",
      QR_CHOICE_SECONDS: "1",
    },
  });
  host = { name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
  till = await Till.login(host);
});
afterAll(async () => {
  await server.close();
  await smtp.close();
  await gateway.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const finalize = (id: string, body: unknown) => till.call("POST", `/v1/receipts/${id}/finalize`, { body });
const delivered = (id: string, status: string) =>
  eventually(async () => {
    const got = await till.get(id);
    return got.body.delivery?.status === status ? got.body : undefined;
  }, 20_000, `delivery ${status}`);

describe("SMS", () => {
  it("sends a short message with a working link, once, with the message id as idempotency key", async () => {
    gateway.failFirst = 0;
    const before = gateway.hits.length;
    const receipt = await till.paidReceipt(1234);
    const issued = await finalize(receipt.id, { delivery: "sms", contact: { phone: "+48 600 100 200" } });
    expect(issued.status).toBe(200);
    expect(issued.body.delivery).toMatchObject({ channel: "sms", status: "queued" });
    expect(issued.body.fiscal.printed).toBe(false);
    const done = await delivered(receipt.id, "sent");
    expect(done.delivery.attempts).toBe(1);
    const hit = gateway.hits[before]!;
    expect(hit.headers.authorization).toBe("Bearer sms-secret");
    expect(hit.headers["idempotency-key"]).toMatch(/^msg_/);
    const sms = JSON.parse(hit.body) as { to: string; text: string };
    expect(sms.to).toBe("+48 600 100 200");
    expect(sms.text).toContain("12,34");
    const link = sms.text.split(/\s+/).at(-1)!;
    expect(link).toBe(receipt.customer_url);
    const page = await fetch(link);
    expect(await page.text()).toContain('data-state="issued"');
    expect(done.events.map((e: Json) => e.type)).toContain("delivery_sent");
    // Our link tells us the customer opened it.
    const opened = await till.get(receipt.id);
    expect(opened.body.delivery).toMatchObject({ status: "opened", opened_at: expect.any(String) });
    expect(opened.body.events.map((e: Json) => e.type)).toContain("receipt_opened");
  });

  it("retries a failing gateway with backoff and delivers once", async () => {
    const before = gateway.hits.length;
    gateway.failFirst = before + 2;
    const receipt = await till.paidReceipt();
    await finalize(receipt.id, { delivery: "sms", contact: { phone: "+48600100201" } });
    const done = await delivered(receipt.id, "sent");
    expect(done.delivery.attempts).toBe(3);
    const mine = gateway.hits.slice(before);
    expect(mine.map((h) => h.status)).toEqual([503, 503, 200]);
    expect(new Set(mine.map((h) => h.headers["idempotency-key"])).size).toBe(1);
    expect(done.events.filter((e: Json) => e.type === "delivery_retry")).toHaveLength(2);
  });

  it("ends in a failed state after the last attempt, and a copy by another channel still works", async () => {
    gateway.failFirst = Number.POSITIVE_INFINITY;
    const receipt = await till.paidReceipt();
    await finalize(receipt.id, { delivery: "sms", contact: { phone: "+48600100202" } });
    const failed = await delivered(receipt.id, "failed");
    expect(failed.delivery.attempts).toBe(6);
    expect(failed.events.map((e: Json) => e.type)).toContain("delivery_failed");
    gateway.failFirst = 0;
    const copy = await till.call("POST", `/v1/receipts/${receipt.id}/copies`, { body: { channel: "print" } });
    expect(copy.status).toBe(201);
    expect(copy.body.copy).toMatchObject({ number: 1, channel: "print", original: "E-paragon (SMS)" });
    expect(copy.body.print.text).toContain("KOPIA");
    expect(copy.body.print.text).toContain("E-paragon (SMS)");
    expect((await till.get(receipt.id)).body.events.map((e: Json) => e.type)).toContain("copy_issued");
  });
});

describe("the merchant's SMS sender id", () => {
  it("goes to the gateway as from; without one the body has none", async () => {
    gateway.failFirst = 0;
    const sql = createClient({ url: `file:${join(dataDir, "ereceipt.db")}` });
    await sql.execute("UPDATE merchants SET sms_sender = 'Zabka' WHERE id = 'mer_demo_pl'");
    const before = gateway.hits.length;
    const receipt = await till.paidReceipt(700);
    await finalize(receipt.id, { delivery: "sms", contact: { phone: "+48 600 100 777" } });
    await delivered(receipt.id, "sent");
    await sql.execute("UPDATE merchants SET sms_sender = NULL WHERE id = 'mer_demo_pl'");
    sql.close();
    const sent = gateway.hits.slice(before).map((h) => JSON.parse(h.body) as Json).find((b) => b.to === "+48 600 100 777");
    expect(sent).toMatchObject({ from: "Zabka", text: expect.stringContaining("7,00") });
    const other = await till.paidReceipt(800);
    await finalize(other.id, { delivery: "sms", contact: { phone: "+48 600 100 888" } });
    await delivered(other.id, "sent");
    expect(gateway.hits.map((h) => JSON.parse(h.body) as Json).find((b) => b.to === "+48 600 100 888")).not.toHaveProperty("from");
  });
});

describe("e-mail", () => {
  it("sends a MIME message with text, HTML and the receipt PDF attached", async () => {
    const receipt = await till.open([{ name: "Żółć łąka", quantity: "0.375", unit_price: 1999, vat_rate: "23" }]);
    await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "card", amount: 750 } });
    await finalize(receipt.id, { delivery: "email", contact: { email: "klient@example.pl" } });
    const mail = await eventually(() => smtp.mails.find((m) => m.to.includes("klient@example.pl")), 20_000, "the e-mail");
    expect(mail.parsed.subject).toContain("Sklep Żabka Demo");
    expect(mail.parsed.text).toContain("7,50");
    expect(mail.parsed.html).toContain("7,50");
    const pdf = mail.parsed.attachments.find((a) => a.mimeType === "application/pdf");
    expect(pdf).toBeDefined();
    const text = pdfText(new Uint8Array(pdf!.content as ArrayBuffer));
    expect(text).toContain("Żółć łąka");
    expect(text).toContain("7,50");
    expect((await delivered(receipt.id, "sent")).delivery.channel).toBe("email");
  });

  it("sends a download link instead of the PDF when the merchant chose links", async () => {
    const sql = createClient({ url: `file:${join(dataDir, "ereceipt.db")}` });
    await sql.execute("UPDATE merchants SET email_mode = 'link' WHERE id = 'mer_demo_se'");
    sql.close();
    const swedish = await Till.login(host, "demo-terminal-key-se");
    const receipt = await swedish.open([{ name: "Räksmörgås", quantity: "1", unit_price: 8900, vat_rate: "12" }]);
    await swedish.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: 8900 } });
    await swedish.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "email", contact: { email: "kund@example.se" } } });
    const mail = await eventually(() => smtp.mails.find((m) => m.to.includes("kund@example.se")), 20_000, "the link e-mail");
    expect(mail.parsed.attachments).toHaveLength(0);
    expect(mail.parsed.text).toContain(`${receipt.customer_url}/pdf`);
    expect(mail.parsed.subject).toContain("Kvitto Demo AB");
  });

  it("refuses e-mail without an address, with a clear problem", async () => {
    const receipt = await till.paidReceipt();
    const res = await finalize(receipt.id, { delivery: "email" });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].field).toBe("contact.email");
    expect((await till.get(receipt.id)).body.status).toBe("open");
  });
});

describe("e-bin and copies", () => {
  it("discards into the e-bin without print or message, and a copy can still be had; never a copy to the e-bin", async () => {
    const receipt = await till.paidReceipt();
    const issued = await finalize(receipt.id, { delivery: "ebin" });
    expect(issued.body.delivery).toMatchObject({ channel: "ebin", status: "discarded" });
    expect(issued.body.fiscal.printed).toBe(false);
    expect(issued.body.print).toBeUndefined();
    const toBin = await till.call("POST", `/v1/receipts/${receipt.id}/copies`, { body: { channel: "ebin" } });
    expect(toBin.status).toBe(422);
    const byMail = await till.call("POST", `/v1/receipts/${receipt.id}/copies`, { body: { channel: "email", contact: { email: "kopia@example.pl" } } });
    expect(byMail.status).toBe(201);
    const mail = await eventually(() => smtp.mails.find((m) => m.to.includes("kopia@example.pl")), 20_000, "the copy e-mail");
    expect(mail.parsed.text).toMatch(/kopia/i);
  });
});

describe("sent by the fiscal data operator (seed 002, 'send via OFD')", () => {
  it("with paper fallback off, waits for the operator's acknowledgement, then sends", async () => {
    const sql = createClient({ url: `file:${join(dataDir, "ereceipt.db")}` });
    await sql.execute("UPDATE merchants SET receipt_sender = 'operator', operator_offline_paper = 0 WHERE id = 'mer_demo_ru'");
    sql.close();
    gateway.failFirst = 0;
    const russian = await Till.login(host, "demo-terminal-key-ru");
    await russian.call("POST", "/v1/devices/dev_demo_ru/faults", { body: { fault: "operator_offline" } });
    const receipt = await russian.paidReceipt(15000);
    const issued = await russian.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "sms", contact: { phone: "+79001234567" } } });
    expect(issued.body.fiscal.operator_ack).toBeNull();
    await new Promise((r) => setTimeout(r, 1500));
    expect(gateway.hits.some((h) => h.body.includes("+79001234567"))).toBe(false);
    expect((await russian.get(receipt.id)).body.delivery.status).toBe("queued");
    await russian.call("DELETE", "/v1/devices/dev_demo_ru/faults");
    const done = await eventually(async () => {
      const got = await russian.get(receipt.id);
      return got.body.delivery.status === "sent" ? got.body : undefined;
    }, 20_000, "operator delivery");
    expect(done.fiscal.operator_ack).not.toBeNull();
    expect(done.events.find((e: Json) => e.type === "delivery_sent").data.sender).toBe("operator");
    expect(gateway.hits.filter((h) => h.body.includes("+79001234567"))).toHaveLength(1);
  });
});

describe("the e-bin where the law forbids it", () => {
  it("refuses the e-bin in Norway and changes nothing", async () => {
    const norwegian = await Till.login(host, "demo-terminal-key-no");
    const receipt = await norwegian.paidReceipt();
    const res = await norwegian.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "ebin" } });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: "ebin-forbidden", errors: [{ field: "delivery" }] });
    expect(res.body.detail).toContain("NO");
    expect((await norwegian.get(receipt.id)).body.status).toBe("open");
    const printed = await norwegian.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
    expect(printed.body.print.text).toContain("KVITTERING");
  });
});

describe("QR on the customer display (seed 001)", () => {
  it("offers the display QR from the first line for the configured window", async () => {
    const empty = await till.open();
    expect(empty.qr_offered_until).toBeNull();
    const added = await till.call("POST", `/v1/receipts/${empty.id}/lines`, { body: { name: "Bułka", quantity: "1", unit_price: 100, vat_rate: "5" } });
    const until = Date.parse(added.body.receipt.qr_offered_until);
    expect(until - Date.now()).toBeGreaterThan(50_000);
    expect(until - Date.now()).toBeLessThanOrEqual(60_000);
  });

  it("asks the till OK / Change when the customer scanned, and OK issues the QR receipt", async () => {
    const receipt = await till.paidReceipt();
    await fetch(receipt.customer_url);
    const offer = await finalize(receipt.id, { delivery: "auto" });
    expect(offer.status).toBe(202);
    expect(offer.body).toMatchObject({ status: "open", qr_choice: { offered: "qr", options: ["ok", "change"] } });
    const ok = await finalize(receipt.id, { delivery: "qr" });
    expect(ok.body.delivery.channel).toBe("qr");
  });

  it("Change issues on the channel chosen instead", async () => {
    const receipt = await till.paidReceipt();
    await fetch(receipt.customer_url);
    expect((await finalize(receipt.id, { delivery: "auto" })).status).toBe(202);
    const changed = await finalize(receipt.id, { delivery: "print" });
    expect(changed.body.delivery.channel).toBe("print");
    expect(changed.body.print.text).toContain("PARAGON FISKALNY");
  });

  it("with no answer the receipt is issued as a QR receipt when the choice runs out", async () => {
    const receipt = await till.paidReceipt();
    await fetch(receipt.customer_url);
    expect((await finalize(receipt.id, { delivery: "auto" })).status).toBe(202);
    const issued = await eventually(async () => {
      const got = await till.get(receipt.id);
      return got.body.status === "issued" ? got.body : undefined;
    }, 10_000, "auto-finalize");
    expect(issued.delivery.channel).toBe("qr");
    expect(issued.events.map((e: Json) => e.type)).toEqual(expect.arrayContaining(["qr_scanned", "qr_offered", "issued"]));
  });
});

describe("remembered choice and the dev outbox", () => {
  it("remembers an identified customer's channel and offers it back at the next purchase", async () => {
    const customer = { loyalty_id: "LOY-42", phone: "+48600100300" };
    const first = await till.paidReceipt();
    await finalize(first.id, { delivery: "sms", customer, remember: true });
    const second = await till.paidReceipt();
    const offered = await finalize(second.id, { delivery: "auto", customer: { loyalty_id: "LOY-42" } });
    expect(offered.status).toBe(202);
    expect(offered.body.qr_choice).toMatchObject({ offered: "sms", to: "+48 *** *** 300", options: ["ok", "change"] });
    const ok = await till.call("POST", `/v1/receipts/${second.id}/qr-choice`, { body: { answer: "ok" } });
    expect(ok.body.delivery).toMatchObject({ channel: "sms", status: "queued", reason: "offer accepted at the till" });
  });

  it("lists every message in /dev/outbox as JSON and HTML", async () => {
    const list = await call(host, "GET", "/dev/outbox", { headers: { accept: "application/json" } });
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(3);
    expect(list.body[0]).toMatchObject({ id: expect.stringMatching(/^msg_/), channel: expect.any(String), status: expect.any(String), receipt_id: expect.any(String) });
    const email = list.body.find((m: Json) => m.channel === "email");
    expect(email.subject).toBeTruthy();
    const pdf = await fetch(`${server.url}${email.attachments[0].url}`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const html = await call(host, "GET", "/dev/outbox");
    expect(html.type).toContain("text/html");
  });
});
