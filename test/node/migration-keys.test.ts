/** Migration 0006 on a database that already has terminals: their keys move to api_keys and keep working. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { afterAll, expect, it } from "vitest";
import { startNodeServer } from "../../src/runtime/node-server";
import { sha256Hex } from "../../src/worker/ids";
import { Admin } from "../support/admin-client";
import { call, type Host } from "../support/api-client";

const dir = mkdtempSync(join(tmpdir(), "ereceipt-migrate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRETS = {
  JWT_SECRET: "migration-test-jwt-secret-0123456789abc",
  FISCAL_KEY_SECRET: "migration-test-fiscal-secret-0123456789",
  ADMIN_TOKEN: "migration-test-admin-token-0123456789ab",
  CUSTOMER_HASH_SECRET: "migration-test-customer-hash-0123456789",
  CUSTOMER_DATA_KEY: "migration-test-customer-data-0123456789",
};

it("keeps a terminal's existing API key working as a live key, and the terminal intact", async () => {
  // The migrations before 0006, as a database deployed earlier has them.
  const before = join(dir, "migrations-before");
  cpSync("migrations", before, { recursive: true });
  const journalPath = join(before, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < "0006");
  writeFileSync(journalPath, JSON.stringify(journal));
  const dataDir = join(dir, "data");
  const client = createClient({ url: `file:${join(dir, "data-init.db")}` });
  await migrate(drizzle(client), { migrationsFolder: before });
  const now = new Date().toISOString();
  await client.batch([
    { sql: "INSERT INTO merchants (id, name, country, currency, address, tax_id, created_at) VALUES ('mer_old', 'Old Shop', 'PL', 'PLN', 'ul. Stara 1', '526-104-08-28', ?)", args: [now] },
    { sql: "INSERT INTO stores (id, merchant_id, name, address) VALUES ('sto_old', 'mer_old', 'Sklep', 'ul. Stara 1')", args: [] },
    { sql: "INSERT INTO devices (id, merchant_id, country, serial, key_id, last_number, last_hash, created_at) VALUES ('dev_old', 'mer_old', 'PL', 'ABC12345678', 'k', 0, ?, ?)", args: ["0".repeat(64), now] },
    { sql: "INSERT INTO terminals (id, merchant_id, store_id, device_id, name, api_key_hash) VALUES ('trm_old', 'mer_old', 'sto_old', 'dev_old', 'Kasa 7', ?)", args: [await sha256Hex("old-terminal-key")] },
  ]);
  client.close();
  cpSync(join(dir, "data-init.db"), join(dataDir, "ereceipt.db"));

  const server = await startNodeServer({ dataDir, demo: false, env: SECRETS, log: { info() {}, warn() {}, error() {} } });
  try {
    const host: Host = { name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
    expect((await call(host, "POST", "/v1/auth/token", { body: { api_key: "old-terminal-key" } })).status).toBe(200);
    const admin = new Admin(host, SECRETS.ADMIN_TOKEN);
    expect(await admin.ok("GET", "/merchants/mer_old/terminals/trm_old")).toEqual({ id: "trm_old", merchant_id: "mer_old", store_id: "sto_old", device_id: "dev_old", name: "Kasa 7" });
    const keys = (await admin.ok("GET", "/merchants/mer_old/terminals/trm_old/keys")).items;
    expect(keys).toEqual([expect.objectContaining({ id: "key_trm_old", mode: "live", prefix: null, active: true, last_used_at: expect.any(String) })]);
  } finally {
    await server.close();
  }
});
