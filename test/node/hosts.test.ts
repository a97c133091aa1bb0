/** The README's promises: `npm start` serves the API on workerd, and the Deno entry serves it too. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { retentionOnWorkers } from "../../scripts/retention";
import { Till, type Host } from "../support/api-client";
import { startDeno, startWranglerDev, type Service } from "../support/services";

const folders: string[] = [];
const services: Service[] = [];
afterAll(async () => {
  await Promise.all(services.map((s) => s.stop()));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}

async function sellOneReceipt(service: Service) {
  const host: Host = { name: "process", baseUrl: service.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
  const till = await Till.login(host);
  const receipt = await till.open([{ name: "Żółć łąka", quantity: "0.375", unit_price: 1999, vat_rate: "23" }]);
  await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: 1000 } });
  const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
  expect(issued.status).toBe(200);
  expect(issued.body).toMatchObject({ status: "issued", total: 750, change: 250 });
  const pdf = await fetch(issued.body.pdf_url);
  expect(pdf.headers.get("content-type")).toBe("application/pdf");
  expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
  return issued.body;
}

describe("hosts as a developer starts them", () => {
  it("npm start: wrangler dev with migrations, demo seed and a banner; state persists across restarts", async () => {
    const state = temp("ereceipt-wrangler-");
    const first = await startWranglerDev(state);
    services.push(first);
    expect(first.output()).toContain("demo-terminal-key");
    expect(first.output()).toContain("curl");
    // The few lines that matter before the banner: migrations in one line, the offline notice in one.
    const beforeBanner = first.output().split("eReceipt Edge (")[0]!.split("\n").filter((l) => l.trim() !== "");
    expect(beforeBanner[0]).toMatch(/^migrations: applied \d+ \(0000_init, .*\) to local D1/);
    expect(beforeBanner.length).toBeLessThanOrEqual(2);
    expect(first.output()).not.toMatch(/│|getaddrinfo|^\s+at /m);
    await expect.poll(() => first.output()).toContain("Retention: the hourly job runs here");
    // The retention job on demand (npm run retention) runs in the worker and logs what it did.
    await retentionOnWorkers(first.url);
    await expect.poll(() => first.output(), { timeout: 10_000 }).toMatch(/"event":"retention.purged"/);
    const one = await sellOneReceipt(first);
    await first.stop();
    const second = await startWranglerDev(state);
    services.push(second);
    expect(second.output()).toMatch(/^migrations: up to date/m);
    const two = await sellOneReceipt(second);
    // The device continues its numbering after a restart: persisted, no gap, no reuse.
    expect(two.fiscal.number).toBe(one.fiscal.number + 1);
    expect(two.fiscal.prev_hash).toBe(one.fiscal.hash);
  }, 400_000);

  it("npm run start:deno: the same API from the same code on Deno with libsql", async () => {
    const deno = await startDeno(temp("ereceipt-deno-"));
    services.push(deno);
    const issued = await sellOneReceipt(deno);
    expect(issued.fiscal.number).toBe(1);
  }, 200_000);
});
