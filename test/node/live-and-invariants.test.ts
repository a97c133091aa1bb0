/** Node host: Server-Sent Events for waiting pages, and the guards the database itself enforces. */
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, type Client } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { Till, type Host } from "../support/api-client";

const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-live-"));
let server: NodeServer;
let host: Host;
let sql: Client;

beforeAll(async () => {
  server = await startNodeServer({ dataDir, demo: true, log: { info() {}, warn() {}, error: console.error } });
  host = { name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
  sql = createClient({ url: `file:${join(dataDir, "ereceipt.db")}` });
});
afterAll(async () => {
  sql.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function readEvents(res: Response, count: number): Promise<unknown[]> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const messages: unknown[] = [];
  let buffer = "";
  while (messages.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = frame.split("\n").find((l) => l.startsWith("data: "));
      if (data) messages.push(JSON.parse(data.slice(6)));
    }
  }
  await reader.cancel();
  return messages;
}

describe("live updates on Node (SSE)", () => {
  it("streams the issuance to a waiting page", async () => {
    const till = await Till.login(host);
    const receipt = await till.paidReceipt();
    const stream = await fetch(`${receipt.customer_url}/events`, { headers: { accept: "text/event-stream" } });
    expect(stream.headers.get("content-type")).toBe("text/event-stream");
    const events = readEvents(stream, 1);
    await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
    expect(await events).toEqual([{ type: "issued", receipt_id: receipt.id, status: "issued" }]);
  });

  it("answers a WebSocket upgrade with 426 so the page falls back to SSE", async () => {
    const till = await Till.login(host);
    const receipt = await till.open();
    // fetch() will not send an Upgrade header; a browser's WebSocket handshake is a plain HTTP/1.1 GET.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${receipt.customer_url}/events`, {
        headers: { connection: "Upgrade", upgrade: "websocket", "sec-websocket-version": "13", "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==" },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on("upgrade", () => reject(new Error("the Node host must not upgrade")));
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(426);
  });
});

describe("database guards (migrations/0001)", () => {
  it("refuses lines and payments on an issued receipt even from raw SQL", async () => {
    const till = await Till.login(host);
    const receipt = await till.paidReceipt();
    await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
    await expect(
      sql.execute({ sql: "INSERT INTO receipt_lines (id, receipt_id, position, name, quantity_milli, unit_price, vat_rate, amount) VALUES ('x', ?, 99, 'x', 1000, 1, '23', 1)", args: [receipt.id] }),
    ).rejects.toThrow(/receipt-not-open/);
    await expect(sql.execute({ sql: "INSERT INTO payments (id, receipt_id, method, amount, confirmed, created_at) VALUES ('p', ?, 'cash', 1, 1, 'now')", args: [receipt.id] })).rejects.toThrow(
      /receipt-not-open/,
    );
  });

  it("keeps fiscal documents append-only and issuance consistent with the lines", async () => {
    await expect(sql.execute("UPDATE fiscal_documents SET signature = 'forged'")).rejects.toThrow(/append-only/);
    await expect(sql.execute("DELETE FROM fiscal_documents")).rejects.toThrow(/append-only/);
    // An issued receipt reaches the database as it is written: open, then issued, in one batch.
    const id = "rcp_guard_test";
    await sql.batch([
      { sql: "INSERT INTO receipts (id, merchant_id, store_id, terminal_id, device_id, status, currency, country, token, created_at) VALUES (?, 'mer_demo_pl', 'sto_demo_pl', 'trm_demo_pl', 'dev_demo_pl', 'open', 'PLN', 'PL', ?, 'now')", args: [id, `tok-${id}`] },
      { sql: "INSERT INTO receipt_lines (id, receipt_id, position, name, quantity_milli, unit_price, vat_rate, amount) VALUES ('ln_guard', ?, 1, 'x', 1000, 1000, '23', 1000)", args: [id] },
      { sql: "INSERT INTO payments (id, receipt_id, method, amount, confirmed, created_at) VALUES ('pay_guard', ?, 'cash', 1000, 1, 'now')", args: [id] },
    ], "write");
    await expect(sql.execute({ sql: "UPDATE receipts SET status = 'issued', total = 999 WHERE id = ?", args: [id] })).rejects.toThrow(/receipt-changed-during-issue/);
    // Every device's numbers run from 1 without a gap (the RU device starts with its registration report).
    const { rows } = await sql.execute("SELECT device_id, number FROM fiscal_documents ORDER BY device_id, number");
    const devices = new Map<string, number[]>();
    for (const r of rows) devices.set(String(r.device_id), [...(devices.get(String(r.device_id)) ?? []), Number(r.number)]);
    for (const numbers of devices.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
