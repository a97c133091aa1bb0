/** Webhooks on the Node host (in-process server, libsql), received by a real endpoint that verifies signatures. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import type { Host } from "../support/api-client";
import { webhookScenarios } from "../support/webhook-scenarios";

const ADMIN_TOKEN = "webhooks-test-admin-token-0123456789abcdef";
const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-webhooks-"));
let server: NodeServer;

beforeAll(async () => {
  server = await startNodeServer({
    dataDir,
    demo: false,
    log: { info() {}, warn() {}, error: (event: string, fields?: object) => console.error(event, fields) },
    env: {
      ADMIN_TOKEN,
      JWT_SECRET: "jwt-secret-for-this-test-only-0123456789",
      FISCAL_KEY_SECRET: "fiscal-secret-for-this-test-only-012345",
      DELIVERY_RETRY_BASE_MS: "100",
    },
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const host = (): Host => ({ name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} });

webhookScenarios(host, ADMIN_TOKEN, { quickRetries: true });
