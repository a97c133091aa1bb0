import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { apiScenarios } from "../support/api-scenarios";
import { idempotencyScenarios } from "../support/idempotency-scenarios";

const quiet = { info() {}, warn() {}, error: (event: string, fields?: object) => console.error(event, fields) };
const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-node-"));
let server: NodeServer;

beforeAll(async () => {
  server = await startNodeServer({ dataDir, demo: true, log: quiet });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

apiScenarios(() => ({
  name: "node",
  baseUrl: server.url,
  fetch: (url, init) => fetch(url, init),
  async expire(receiptId) {
    // A second connection to the same libsql file, as an operator's tool would open it.
    const client = createClient({ url: `file:${join(dataDir, "ereceipt.db")}` });
    await client.execute({ sql: "UPDATE receipts SET expires_at = ? WHERE id = ?", args: [new Date(Date.now() - 1000).toISOString(), receiptId] });
    client.close();
  },
}));

idempotencyScenarios(
  () => ({ name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} }),
  async (claim) => {
    const client = createClient({ url: `file:${join(dataDir, "ereceipt.db")}` });
    await client.execute({ sql: "INSERT INTO idempotency_keys (terminal_id, key, fingerprint, state, created_at) VALUES (?, ?, ?, 'in_flight', ?)", args: [claim.terminalId, claim.key, claim.fingerprint, claim.createdAt] });
    client.close();
  },
);
