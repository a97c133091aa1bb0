/**
 * Customers at the till and from their own side: identification with masked answers, the
 * consent matrix and its channels, purchase history, erasure, and contact data sealed at rest.
 */
import { readFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEscPos } from "../support/escpos-parser";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { call, SE_KEY, Till, type Host, type Json } from "../support/api-client";

const quiet = { info() {}, warn() {}, error: (event: string, fields?: object) => console.error(event, fields) };
const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-customers-"));
let server: NodeServer;
let host: Host;
let till: Till;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const LINE = { name: "Chleb", quantity: "1", unit_price: 450, vat_rate: "5" };

beforeAll(async () => {
  server = await startNodeServer({ dataDir, demo: true, log: quiet });
  host = { name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
  till = await Till.login(host);
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function paid(customer?: Json): Promise<Json> {
  const open = await till.call("POST", "/v1/receipts", { body: { lines: [LINE], ...(customer && { customer }) } });
  expect(open.status).toBe(201);
  await till.call("POST", `/v1/receipts/${open.body.id}/payments`, { body: { method: "cash", amount: 450 } });
  return open.body;
}
const finalize = (id: string, body: Json) => till.call("POST", `/v1/receipts/${id}/finalize`, { body });
const consent = (ref: string, body: Json) => till.call("PUT", `/v1/customers/${encodeURIComponent(ref)}/preferences`, { body });

describe("identification at the till", () => {
  it("answers known or new and the contact masked, never in full", async () => {
    const phone = `+48 601 ${Math.floor(100 + Math.random() * 800)} 123`;
    const receipt = await paid({ phone });
    expect(receipt.customer).toMatchObject({ known: false, paper_refused: false, contact: { phone: "+48 *** *** 123", email: null } });
    const issued = await finalize(receipt.id, { delivery: "auto" });
    expect(issued.body.delivery.channel).toBe("sms");
    const next = await paid();
    const identified = await till.call("POST", `/v1/receipts/${next.id}/customer`, { body: { phone: phone.replace(/ /g, "") } });
    expect(identified.status).toBe(200);
    expect(identified.body.customer).toMatchObject({ ref: receipt.customer.ref, known: true, contact: { phone: "+48 *** *** 123" } });
    expect(identified.text).not.toContain(phone.replace(/ /g, "").slice(3));
    expect((await till.call("POST", `/v1/receipts/${next.id}/customer`, { body: {} })).status).toBe(422);
  });
});

describe("the consent matrix", () => {
  it("no identification: paper", async () => {
    const receipt = await paid();
    expect((await finalize(receipt.id, { delivery: "auto" })).body.delivery).toMatchObject({ channel: "print" });
  });

  it("loyalty card only, no consent: paper", async () => {
    const receipt = await paid({ loyalty_id: `L-${unique()}` });
    expect(receipt.customer).toMatchObject({ known: false, loyalty_card: true });
    expect((await finalize(receipt.id, { delivery: "auto" })).body.delivery).toMatchObject({ channel: "print" });
  });

  it("identified without consent: by SMS", async () => {
    const receipt = await paid({ phone: "+48 602 000 001" });
    expect((await finalize(receipt.id, { delivery: "auto" })).body.delivery).toMatchObject({ channel: "sms", reason: "customer identified" });
  });

  it("paper refused once: auto never prints, unless the customer asks for paper at the till", async () => {
    const card = `L-${unique()}`;
    const set = await consent(`loyalty:${card}`, { paper_refused: true, source: "app" });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ paper_refused: true, consent: [{ change: { paper_refused: true }, by: "app:trm_demo_pl" }] });
    const receipt = await paid({ loyalty_id: card });
    expect(receipt.customer).toMatchObject({ known: true, paper_refused: true });
    const issued = await finalize(receipt.id, { delivery: "auto" });
    expect(issued.body.delivery.channel).not.toBe("print");
    expect(issued.body.delivery.reason).toMatch(/paper refused/);
    expect(issued.body.fiscal.printed).toBe(false);

    const asks = await paid({ loyalty_id: card });
    const printed = await finalize(asks.id, { delivery: "auto", customer: { loyalty_id: card, paper: true } });
    expect(printed.body.delivery).toMatchObject({ channel: "print", reason: "customer asked for paper" });
  });

  it("messages to the receipt are printed under a paper receipt, never on its copy, and a paper refuser does not get them", async () => {
    const messages = ["Kupon -10% na pieczywo: KOD PIEKARZ10", "Zbierz 5 naklejek i odbierz kubek"];
    const paper = await paid();
    const printed = await finalize(paper.id, { delivery: "print", messages });
    expect(printed.status, printed.text).toBe(200);
    expect(printed.body.delivery.messages).toEqual(messages);
    // Under the receipt: after the fiscal QR (its payload, in plain text), on the roll and in ESC/POS.
    const text: string = printed.body.print.text;
    const tail = text.slice(text.lastIndexOf(printed.body.fiscal.qr_payload.slice(-10)));
    for (const m of messages) expect(tail).toContain(m);
    const escpos = parseEscPos(Uint8Array.from(atob(printed.body.print.escpos_base64), (c) => c.charCodeAt(0)), { columns: 48 }).lines.join("\n");
    expect(escpos.slice(escpos.lastIndexOf("[QR"))).toContain(messages[1]);
    // The same answer after the receipt reached the database.
    const again = await finalize(paper.id, { delivery: "print", messages });
    expect(again.body.print.text).toContain(messages[0]);
    const copy = await till.call("POST", `/v1/receipts/${paper.id}/copies`, { body: { channel: "print" } });
    expect(copy.body.print.text).toContain("KOPIA");
    expect(copy.body.print.text).not.toContain("PIEKARZ10");

    const card = `L-${unique()}`;
    await consent(`loyalty:${card}`, { paper_refused: true, source: "app" });
    const refuser = await paid({ loyalty_id: card });
    const electronic = await finalize(refuser.id, { delivery: "auto", messages });
    expect(electronic.status, electronic.text).toBe(200);
    expect(electronic.body.delivery.channel).not.toBe("print");
    expect(electronic.body.delivery.messages).toBeUndefined();
    const events = (await till.get(refuser.id)).body.events;
    expect(events.find((e: Json) => e.type === "receipt_messages_not_printed")?.data).toMatchObject({ count: 2, reason: "the customer refused paper receipts" });

    for (const bad of [["x".repeat(201)], ["a", "b", "c", "d", "e", "f"], [""], "text"]) {
      const receipt = await paid();
      const res = await finalize(receipt.id, { delivery: "print", messages: bad });
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect((await till.get(receipt.id)).body.status).toBe("open");
    }
  });

  it("a remembered channel is offered back, then accepted or changed", async () => {
    const card = `L-${unique()}`;
    await consent(`loyalty:${card}`, { preferred_channel: "email", default_email: "jan.kowalski@example.com", source: "account" });
    const receipt = await paid({ loyalty_id: card });
    const offered = await finalize(receipt.id, { delivery: "auto" });
    expect(offered.status).toBe(202);
    expect(offered.body.qr_choice).toMatchObject({ offered: "email", to: "j***@example.com", options: ["ok", "change"] });
    expect(offered.text).not.toContain("jan.kowalski");
    const ok = await till.call("POST", `/v1/receipts/${receipt.id}/qr-choice`, { body: { answer: "ok" } });
    expect(ok.body).toMatchObject({ status: "issued", delivery: { channel: "email", reason: "offer accepted at the till" } });
    const outbox = await call(host, "GET", "/dev/outbox", { headers: { accept: "application/json" } });
    expect(outbox.body.find((m: Json) => m.receipt_id === receipt.id)).toMatchObject({ channel: "email", to: "jan.kowalski@example.com" });

    const again = await paid({ loyalty_id: card });
    expect((await finalize(again.id, { delivery: "auto" })).status).toBe(202);
    const change = await till.call("POST", `/v1/receipts/${again.id}/qr-choice`, { body: { answer: "change" } });
    expect(change.body).toMatchObject({ status: "open", qr_choice: null });
    expect((await finalize(again.id, { delivery: "print" })).body.delivery).toMatchObject({ channel: "print" });
    expect((await till.call("POST", `/v1/receipts/${again.id}/qr-choice`, { body: { answer: "ok" } })).status).toBe(409);
  });

  it("the default e-mail is used when the till gives no contact", async () => {
    const card = `L-${unique()}`;
    await consent(`loyalty:${card}`, { default_email: "anna@example.com", source: "call_centre" });
    const receipt = await paid({ loyalty_id: card });
    expect(receipt.customer).toMatchObject({ default_email: "a***@example.com" });
    const issued = await finalize(receipt.id, { delivery: "auto" });
    expect(issued.body.delivery).toMatchObject({ channel: "email", reason: "the customer's default e-mail" });
  });

  it("remember: true at the till sets the channel offered next time, recorded as the till's", async () => {
    const phone = `+48 603 ${Math.floor(100 + Math.random() * 800)} 456`;
    const first = await paid({ phone });
    await finalize(first.id, { delivery: "sms", remember: true });
    const customer = await till.call("GET", `/v1/customers/${encodeURIComponent(`phone:${phone}`)}`);
    expect(customer.body).toMatchObject({ remembered_channel: "sms", consent: [{ change: { preferred_channel: "sms" }, by: "till:trm_demo_pl" }] });
  });
});

describe("standalone card terminal", () => {
  it("takes the terminal's amount and authorisation code; another amount is refused", async () => {
    const open = await till.call("POST", "/v1/receipts", { body: { lines: [LINE] } });
    const pay = await till.call("POST", `/v1/receipts/${open.body.id}/payments`, { body: { method: "card_standalone", amount: 450 } });
    const wrong = await till.call("POST", `/v1/receipts/${open.body.id}/payments/${pay.body.id}/confirm`, { body: { amount: 540, authorization_code: "A1B2C3" } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe("card-amount-mismatch");
    const right = await till.call("POST", `/v1/receipts/${open.body.id}/payments/${pay.body.id}/confirm`, { body: { amount: 450, authorization_code: "A1B2C3" } });
    expect(right.body.payments[0]).toMatchObject({ confirmed: true, authorization_code: "A1B2C3" });
    const issued = await finalize(open.body.id, { delivery: "print" });
    expect(issued.body.payments[0]).toMatchObject({ authorization_code: "A1B2C3" });
    expect(issued.body.print.text.replace(/\s+/g, " ")).toContain("Kod autoryzacji A1B2C3; kasa nie łączyła się z terminalem");
  });
});

describe("purchase history and erasure", () => {
  it("lists the customer's receipts newest first with links, page by page; another merchant cannot see them", async () => {
    const card = `L-${unique()}`;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const receipt = await paid({ loyalty_id: card });
      await finalize(receipt.id, { delivery: "qr" });
      ids.push(receipt.id);
    }
    const ref = encodeURIComponent(`loyalty:${card}`);
    const first = await till.call("GET", `/v1/customers/${ref}/receipts?limit=2`);
    expect(first.body.items.map((r: Json) => r.id)).toEqual([ids[2], ids[1]]);
    expect(first.body.items[0].receipt_url).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
    const rest = await till.call("GET", `/v1/customers/${ref}/receipts?limit=2&cursor=${first.body.next_cursor}`);
    expect(rest.body).toMatchObject({ items: [{ id: ids[0] }], next_cursor: null });
    const swedish = await Till.login(host, SE_KEY);
    expect((await swedish.call("GET", `/v1/customers/${ref}/receipts`)).status).toBe(404);
    const listed = await till.call("GET", `/v1/receipts?customer=${encodeURIComponent(card)}`);
    expect(listed.body.items.map((r: Json) => r.id).sort()).toEqual([...ids].sort());
  });

  it("erasure removes the personal data everywhere and keeps the fiscal record", async () => {
    const phone = `+48 604 ${Math.floor(100 + Math.random() * 800)} 789`;
    const receipt = await paid({ phone });
    const issued = await finalize(receipt.id, { delivery: "sms" });
    const ref = receipt.customer.ref as string;
    for (let i = 0; i < 50 && (await till.get(receipt.id)).body.delivery.status !== "sent"; i++) await new Promise((r) => setTimeout(r, 100));
    const erased = await till.call("DELETE", `/v1/customers/${ref}`);
    expect(erased.body).toMatchObject({ erased: true, receipts: 1 });
    expect((await till.call("GET", `/v1/customers/${ref}`)).status).toBe(404);
    const after = await till.get(receipt.id);
    expect(after.body).toMatchObject({ status: "issued", customer: null, fiscal: { number: issued.body.fiscal.number } });
    const sql = createClient({ url: `file:${join(dataDir, "ereceipt.db")}` });
    const rows = await sql.execute({ sql: "SELECT customer, customer_id FROM receipts WHERE id = ?", args: [receipt.id] });
    expect(rows.rows[0]).toMatchObject({ customer: null, customer_id: null });
    const messages = await sql.execute({ sql: "SELECT recipient, body FROM outbox WHERE receipt_id = ?", args: [receipt.id] });
    expect(messages.rows.every((m) => m.recipient === null && m.body === "[erased]")).toBe(true);
    expect((await sql.execute({ sql: "SELECT count(*) AS n FROM customers WHERE id = ?", args: [ref] })).rows[0]?.n).toBe(0);
    expect((await sql.execute({ sql: "SELECT count(*) AS n FROM fiscal_documents WHERE receipt_id = ?", args: [receipt.id] })).rows[0]?.n).toBe(1);
    sql.close();
  });

  it("the database file holds no customer's contact in plaintext", async () => {
    const card = `CARD${unique()}`;
    const email = `secret.${unique()}@example.com`;
    await consent(`loyalty:${card}`, { default_email: email, paper_refused: true, source: "app" });
    const receipt = await paid({ loyalty_id: card });
    await finalize(receipt.id, { delivery: "qr" });
    const sql = createClient({ url: `file:${join(dataDir, "ereceipt.db")}` });
    const stored = await sql.execute("SELECT loyalty_hash, loyalty_sealed, default_email_sealed FROM customers");
    expect(stored.rows.length).toBeGreaterThan(0);
    for (const { name } of (await sql.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows) {
      const rows = await sql.execute(`SELECT * FROM "${String(name)}"`);
      expect(rows.rows.filter((row) => JSON.stringify(row).includes(card) || JSON.stringify(row).includes(email)), String(name)).toEqual([]);
    }
    await sql.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    sql.close();
    for (const file of ["ereceipt.db", "ereceipt.db-wal"].map((f) => join(dataDir, f)).filter(existsSync)) {
      const bytes = readFileSync(file).toString("latin1");
      expect(bytes.includes(card), `${file} holds the loyalty card`).toBe(false);
      expect(bytes.includes(email), `${file} holds the e-mail`).toBe(false);
    }
  });
});

describe("through the fiscal data operator", () => {
  const ADMIN = { authorization: "Bearer dev-only-secret-change-me:ADMIN_TOKEN" };
  const settings = (body: Json) => call(host, "PATCH", "/v1/admin/merchants/mer_demo_ru/settings", { body, headers: ADMIN });

  it("puts the buyer's contact in the fiscal document, the operator sends with its check link, and the till is told", async () => {
    expect((await settings({ receipt_sender: "operator", operator_offline_paper: true })).status).toBe(200);
    const russian = await Till.login(host, "demo-terminal-key-ru");
    const receipt = await russian.paidReceipt(5990);
    const issued = await russian.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "auto", customer: { phone: "+7 916 000 11 22" } } });
    expect(issued.body.delivery).toMatchObject({ channel: "sms", sender: "operator" });
    const journal = await host.fetch(`${host.baseUrl}/v1/devices/dev_demo_ru/journal`, { headers: { authorization: `Bearer ${russian.token}` } });
    const last = (await journal.text()).trim().split("\n").map((l) => JSON.parse(l) as Json).find((d) => d.receiptId === receipt.id || d.receipt_id === receipt.id);
    expect(JSON.stringify(last)).toContain("+79160001122".slice(-7));
    for (let i = 0; i < 50 && (await russian.get(receipt.id)).body.delivery.status !== "sent"; i++) await new Promise((r) => setTimeout(r, 100));
    const outbox = await call(host, "GET", "/dev/outbox", { headers: { accept: "application/json" } });
    expect(outbox.body.find((m: Json) => m.receipt_id === receipt.id).body).toContain("/verify?qr=");
  });

  it("falls back to paper when the device cannot reach the operator, and says why in the event log", async () => {
    const russian = await Till.login(host, "demo-terminal-key-ru");
    await russian.call("POST", "/v1/devices/dev_demo_ru/faults", { body: { fault: "operator_offline" } });
    try {
      const receipt = await russian.paidReceipt(5990);
      const issued = await russian.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "auto", customer: { phone: "+7 916 000 33 44" } } });
      expect(issued.body.delivery).toMatchObject({ channel: "print", reason: "the fiscal data operator cannot be reached: printed instead" });
      expect((await russian.get(receipt.id)).body.events.map((e: Json) => e.type)).toContain("operator_offline_fallback");
      await settings({ operator_offline_paper: false });
      const waits = await russian.paidReceipt(5990);
      const queued = await russian.call("POST", `/v1/receipts/${waits.id}/finalize`, { body: { delivery: "auto", customer: { phone: "+7 916 000 55 66" } } });
      expect(queued.body.delivery).toMatchObject({ channel: "sms", status: "queued", sender: "operator" });
    } finally {
      await russian.call("DELETE", "/v1/devices/dev_demo_ru/faults");
      await settings({ receipt_sender: "service", operator_offline_paper: true });
    }
  });
});
