// `npm run retention -- --data <folder>`: the retention job on demand for a Node/Deno data folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, expect, it } from "vitest";
import { retentionOnFolder } from "../../scripts/retention";
import { startNodeServer } from "../../src/runtime/node-server";
import { jsonLogger } from "../../src/worker/log";
import { Till } from "../support/api-client";

const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-retention-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it("clears an expired receipt's customer data and PDF, and says how many", async () => {
  const server = await startNodeServer({ dataDir, demo: true, log: jsonLogger(() => {}) });
  const till = await Till.login({ name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} });
  const opened = await till.call("POST", "/v1/receipts", { body: { lines: [{ name: "Chleb", quantity: "1", unit_price: 450, vat_rate: "5" }], customer: { phone: "+48 600 100 200" } } });
  const receipt = opened.body;
  await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: 450 } });
  const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
  expect((await fetch(issued.body.pdf_url)).status).toBe(200);
  await server.close();

  const db = createClient({ url: `file:${join(dataDir, "ereceipt.db")}` });
  await db.execute({ sql: "UPDATE receipts SET expires_at = ? WHERE id = ?", args: [new Date(Date.now() - 1000).toISOString(), receipt.id] });

  const message = await retentionOnFolder(dataDir, { DEMO_SEED: "true" });
  expect(message).toBe(`retention: 1 expired receipt(s) cleared, 1 PDF(s) deleted in ${dataDir}`);
  const row = (await db.execute({ sql: "SELECT customer, pdf_key FROM receipts WHERE id = ?", args: [receipt.id] })).rows[0]!;
  expect(row.customer).toBeNull();
  expect(row.pdf_key).toBeNull();
  db.close();
});
