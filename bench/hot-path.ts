/**
 * The till's hot path on both hosts, over HTTP as a till drives it, each figure beside a baseline
 * measured in the same run: a line against the same host's /healthz, database calls per receipt,
 * receipts/s of 8 tills against an in-process floor, one device's finalizes/s, and how soon a
 * waiting customer page sees its receipt. Run alone: npx tsx bench/hot-path.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { request } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import WebSocket from "ws";
import { openLibsql } from "../src/runtime/libsql";
import { startNodeServer } from "../src/runtime/node-server";
import { renderReceiptPdf } from "../src/render/pdf";
import { deriveDeviceKey, ed25519Signer } from "../src/simulator";
import { call, Till, type Host, type Json } from "../test/support/api-client";
import { benchReceipt } from "../test/support/fixtures";
import { startWranglerDev } from "../test/support/services";
import { printTable, type BenchRow } from "./table";

const KEYS = ["demo-terminal-key", "demo-terminal-key-se", "demo-terminal-key-no", "demo-terminal-key-ru"];
const quiet = { info() {}, warn() {}, error: (e: string, f?: object) => console.error(e, f) };

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const ms = (v: number) => `${v.toFixed(2)} ms`;

function lineOf(till: Till, i: number) {
  return { name: `Artikel ${i}`, quantity: "1", unit_price: 100 + (i % 50), vat_rate: till.vatRate };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** p50 of adding a line beside p50 of /healthz, alternating so noise hits both alike. */
async function linesVsHealth(host: Host, rounds = 300): Promise<{ line: number; health: number }> {
  const till = await Till.login(host);
  const lines: number[] = [];
  const health: number[] = [];
  let receipt = await till.open();
  for (let i = 0; i < rounds + 30; i++) {
    // A new receipt every 20 lines: a typical basket, so the answer (the whole receipt) stays its usual size.
    if (i % 20 === 19) receipt = await till.open();
    const h = await timed(() => host.fetch(`${host.baseUrl}/healthz`).then((r) => r.arrayBuffer()));
    const l = await timed(() => till.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: lineOf(till, i) }));
    if (i >= 30) {
      health.push(h);
      lines.push(l);
    }
  }
  return { line: quantile(lines, 0.5), health: quantile(health, 0.5) };
}

/** open + 2 lines + pay + finalize, as the till does it. */
async function sale(till: Till, i: number): Promise<void> {
  const receipt = await till.open();
  await till.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: lineOf(till, i) });
  const second = await till.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: lineOf(till, i + 1) });
  await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: second.body.receipt.total } });
  const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
  if (issued.status !== 200) throw new Error(`finalize failed: ${issued.status} ${issued.text}`);
}

async function databaseCallsPerReceipt(host: Host, receipts = 20): Promise<number> {
  const till = await Till.login(host);
  await sale(till, 0);
  const stats = async () => (await call(host, "GET", "/dev/stats")).body.database_calls as number;
  const before = await stats();
  for (let i = 0; i < receipts; i++) await sale(till, i);
  return ((await stats()) - before) / receipts;
}

/** Receipts/s issued by 8 tills at once, two on each country's device. */
async function eightTills(host: Host, perTill = 12): Promise<number> {
  const tills = await Promise.all(KEYS.flatMap((key) => [Till.login(host, key), Till.login(host, key)]));
  await Promise.all(tills.map((till) => sale(till, 0)));
  const start = performance.now();
  await Promise.all(tills.map(async (till) => {
    for (let i = 0; i < perTill; i++) await sale(till, i);
  }));
  return (tills.length * perTill * 1000) / (performance.now() - start);
}

/** What one receipt cannot do without, in-process: a pdf-lib page, an Ed25519 signature, one synced insert. */
async function floorPerReceipt(dataDir: string, rounds = 60): Promise<number> {
  const { database, client } = await openLibsql(join(dataDir, "floor.db"));
  await client.execute("CREATE TABLE IF NOT EXISTS floor (id INTEGER PRIMARY KEY, body TEXT)");
  const sign = ed25519Signer((await deriveDeviceKey("bench", "floor")).privateKey);
  const doc = benchReceipt();
  const one = async (i: number) => {
    const pdf = await renderReceiptPdf(doc);
    await sign(pdf.subarray(0, 512));
    await database.batchRaw([{ sql: "INSERT INTO floor (id, body) VALUES (?, ?)", params: [i, "x".repeat(2000)] }], { synced: true });
  };
  for (let i = 0; i < 10; i++) await one(i);
  const times: number[] = [];
  for (let i = 10; i < rounds + 10; i++) times.push(await timed(() => one(i)));
  client.close();
  return quantile(times, 0.5);
}

/** N paid receipts on one device finalized at once; documents per second. */
async function oneDevice(host: Host, count = 100): Promise<number> {
  const till = await Till.login(host, "demo-terminal-key-se");
  const receipts: Json[] = [];
  for (let i = 0; i < count; i++) receipts.push(await till.paidReceipt());
  const start = performance.now();
  const issued = await Promise.all(receipts.map((r) => till.call("POST", `/v1/receipts/${r.id}/finalize`, { body: { delivery: "qr" } })));
  const elapsed = performance.now() - start;
  const numbers = issued.map((r) => r.body.fiscal?.number as number).sort((a, b) => a - b);
  if (issued.some((r) => r.status !== 200) || numbers.some((n, i) => i > 0 && n !== numbers[i - 1]! + 1)) throw new Error("finalizes failed or numbers not consecutive");
  return (count * 1000) / elapsed;
}

/** A customer page waiting on its receipt, from `localAddress`: a WebSocket (Workers) or Server-Sent Events (Node). */
function waitingPage(customerUrl: string, kind: "ws" | "sse", localAddress: string): Promise<{ issued: Promise<number>; close(): void }> {
  return new Promise((resolve, reject) => {
    if (kind === "ws") {
      const socket = new WebSocket(`${customerUrl.replace(/^http/, "ws")}/events`, { localAddress });
      const issued = new Promise<number>((done) => socket.on("message", (data) => String(data).includes('"issued"') && done(performance.now())));
      socket.on("open", () => resolve({ issued, close: () => socket.close() }));
      socket.on("error", reject);
      return;
    }
    // node:http, not fetch: the page's connection must come from its own address.
    const url = new URL(`${customerUrl}/events`);
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, localAddress, headers: { accept: "text/event-stream" } }, (res) => {
      let text = "";
      const issued = new Promise<number>((done, fail) => {
        res.on("data", (chunk: Buffer) => {
          text += chunk.toString("utf8");
          if (text.includes('"issued"')) done(performance.now());
        });
        res.on("end", () => fail(new Error("stream ended")));
      });
      issued.catch(() => undefined);
      resolve({ issued, close: () => req.destroy() });
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Finalize answered -> the waiting page has the receipt, for `measured` receipts while `waiting`
 * pages wait. The service admits 300 customer pages a minute from one address (its rate limit), so
 * the pages come from four loopback addresses, as a shop's customers come from their own phones.
 */
const PAGE_ADDRESSES = ["127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"];
async function pageLatency(host: Host, kind: "ws" | "sse", waiting = 1000, measured = 100): Promise<{ p50: number; p99: number }> {
  const tills = await Promise.all(KEYS.map((key) => Till.login(host, key)));
  const receipts: { till: Till; receipt: Json }[] = [];
  for (let i = 0; i < waiting; i++) {
    const till = tills[i % tills.length]!;
    receipts.push({ till, receipt: await till.paidReceipt() });
  }
  const pages = [];
  for (let i = 0; i < waiting; i += 50) {
    const batch = receipts.slice(i, i + 50).map(({ receipt }, j) => waitingPage(receipt.customer_url, kind, PAGE_ADDRESSES[(i + j) % PAGE_ADDRESSES.length]!));
    pages.push(...(await Promise.all(batch)));
  }
  const delays: number[] = [];
  for (let i = 0; i < measured; i++) {
    const { till, receipt } = receipts[i]!;
    const answered = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } }).then(() => performance.now());
    const seen = await Promise.race([pages[i]!.issued, new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`page ${i} heard nothing within 10 s`)), 10_000))]);
    delays.push(Math.max(0, seen - answered));
  }
  for (const page of pages) page.close();
  return { p50: quantile(delays, 0.5), p99: quantile(delays, 0.99) };
}

export async function benchHotPath(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-bench-"));
  const stateDir = mkdtempSync(join(tmpdir(), "ereceipt-bench-wrangler-"));
  const node = await startNodeServer({ dataDir, demo: true, log: quiet });
  const workerd = await startWranglerDev(stateDir);
  const hosts: [string, Host, "ws" | "sse"][] = [
    ["workerd", { name: "workerd", baseUrl: workerd.url, fetch: (url, init) => fetch(url, init), expire: async () => {} }, "ws"],
    ["Node", { name: "node", baseUrl: node.url, fetch: (url, init) => fetch(url, init), expire: async () => {} }, "sse"],
  ];
  try {
    const rows: BenchRow[] = [];
    const floor = await floorPerReceipt(dataDir);
    for (const [name, host, kind] of hosts) {
      const { line, health } = await linesVsHealth(host);
      rows.push({ name: `line added p50 vs /healthz p50 (${name})`, ours: ms(line), baseline: ms(health), ratio: line / health, note: "target <= 3x" });
      const rps = await eightTills(host);
      const floorRps = 1000 / floor;
      rows.push({ name: `8 tills, receipts/s (${name})`, ours: `${rps.toFixed(1)}/s`, baseline: `${floorRps.toFixed(1)}/s`, ratio: rps / floorRps, note: "baseline: in-process floor (pdf-lib page + Ed25519 + one synced insert); ratio = share of it" });
      const device = await oneDevice(host);
      rows.push({ name: `100 finalizes at once on one device (${name})`, ours: `${device.toFixed(1)}/s`, baseline: `${floorRps.toFixed(1)}/s`, ratio: device / floorRps, note: "consecutive numbers checked; baseline: the floor above" });
      const page = await pageLatency(host, kind);
      rows.push({ name: `finalize answered -> page has it, 1000 waiting (${name})`, ours: `p50 ${ms(page.p50)}`, baseline: `p99 ${ms(page.p99)}`, ratio: page.p99 / Math.max(page.p50, 0.01), note: kind === "ws" ? "WebSocket to the receipt's object" : "Server-Sent Events" });
    }
    const calls = await databaseCallsPerReceipt(hosts[0]![1]);
    rows.push({ name: "D1 calls per receipt (open + 2 lines + pay + finalize)", ours: calls.toFixed(2), baseline: "2", ratio: calls / 2, note: "counted by the D1 port in workerd; baseline: the target" });
    return rows;
  } finally {
    await workerd.stop();
    await node.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(stateDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) printTable(await benchHotPath());
