/** The open receipt lives in its Durable Object: no D1 call per scanned item, one write when issued, nothing lost. */
import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { d1Calls } from "../../src/worker/env";
import { evict } from "../support/durable";
import { Till, type Json } from "../support/api-client";
import { workerd } from "./host";

const host = workerd;
const session = (receiptId: string) => env.RECEIPT_SESSION.get(env.RECEIPT_SESSION.idFromName(receiptId));
const LINE = { name: "Chleb", quantity: "1", unit_price: 450, vat_rate: "5" };
const inD1 = async (id: string) => env.DB.prepare("SELECT status FROM receipts WHERE id = ?").bind(id).first<{ status: string }>();

describe("the receipt's Durable Object", () => {
  it("answers lines and payments with no D1 call, and the receipt reaches D1 in one batch", async () => {
    const till = await Till.login(host);
    // A first sale warms what each isolate reads once (merchant, store, device row, device state).
    const warm = await till.paidReceipt();
    await till.call("POST", `/v1/receipts/${warm.id}/finalize`, { body: { delivery: "print" } });
    const before = d1Calls.count;
    const receipt = await till.open([LINE]);
    await till.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: LINE });
    await till.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: { ...LINE, name: "Masło", unit_price: 799 } });
    await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: 2000 } });
    expect(d1Calls.count - before).toBe(0);
    expect(await inD1(receipt.id)).toBeNull();
    const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
    expect(issued.status).toBe(200);
    expect(d1Calls.count - before).toBe(1);
    expect(await inD1(receipt.id)).toEqual({ status: "issued" });
    const lines = await env.DB.prepare("SELECT count(*) AS n FROM receipt_lines WHERE receipt_id = ?").bind(receipt.id).first<{ n: number }>();
    expect(lines?.n).toBe(3);
    const events = (await till.get(receipt.id)).body.events.map((e: Json) => e.type);
    expect(events).toEqual(["opened", "line_added", "line_added", "payment_added", "issued"]);
  });

  it("renders the PDF on first download, not in finalize, and serves the same bytes after", async () => {
    const till = await Till.login(host);
    const receipt = await till.paidReceipt(777);
    await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
    const key = `receipts/mer_demo_pl/${receipt.id}.pdf`;
    expect(await env.PDFS.head(key)).toBeNull();
    const first = await host.fetch(`${receipt.customer_url}/pdf`);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await first.arrayBuffer());
    expect(await env.PDFS.head(key)).not.toBeNull();
    await env.PDFS.delete(key);
    const again = new Uint8Array(await (await host.fetch(`${receipt.customer_url}/pdf`)).arrayBuffer());
    expect(again).toEqual(bytes);
  });

  it("keeps acknowledged lines and payments when the object is evicted", async () => {
    const till = await Till.login(host);
    const receipt = await till.open([LINE]);
    const line = await till.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: { ...LINE, name: "Ser" } });
    const payment = await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "card", amount: 900 } });
    await evict(session(receipt.id));
    const after = await till.get(receipt.id);
    expect(after.body.lines.map((l: Json) => l.id)).toEqual([receipt.lines[0].id, line.body.line.id]);
    expect(after.body.payments.map((p: Json) => p.id)).toEqual([payment.body.id]);
    expect(after.body.due).toBe(0);
  });

  it("a D1 write that fails after the device fiscalized is retried by the alarm and lands once", async () => {
    const till = await Till.login(host);
    const receipt = await till.paidReceipt(1234);
    d1Calls.failBatches = 1;
    const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ status: "issued", total: 1234 });
    expect(await inD1(receipt.id)).toBeNull();

    // Readable, and its customer page works, before D1 has it — also after an eviction.
    await evict(session(receipt.id));
    expect((await till.get(receipt.id)).body).toMatchObject({ status: "issued", fiscal: { number: issued.body.fiscal.number } });
    const page = await host.fetch(receipt.customer_url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(issued.body.fiscal.number_text);
    const retriedFinalize = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
    expect(retriedFinalize.body.fiscal.number).toBe(issued.body.fiscal.number);

    expect(await runDurableObjectAlarm(session(receipt.id))).toBe(true);
    expect(await inD1(receipt.id)).toEqual({ status: "issued" });
    await runDurableObjectAlarm(session(receipt.id));
    const docs = await env.DB.prepare("SELECT count(*) AS n FROM fiscal_documents WHERE receipt_id = ?").bind(receipt.id).first<{ n: number }>();
    expect(docs?.n).toBe(1);
    const landed = await till.get(receipt.id);
    expect(landed.body.events.filter((e: Json) => e.type === "issued")).toHaveLength(1);
    expect((await host.fetch(receipt.customer_url)).status).toBe(200);
  });
});
