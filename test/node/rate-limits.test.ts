import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { rateLimitScenarios } from "../support/rate-limit-scenarios";

const ADMIN_TOKEN = "rate-test-admin-token-0123456789abcdef";
let server: NodeServer;
let dataDir: string;

// A fresh host per test: every request comes from 127.0.0.1, so each test needs its own budget.
beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "ereceipt-rate-"));
  server = await startNodeServer({ dataDir, demo: true, log: { info() {}, warn() {}, error() {} }, env: { ADMIN_TOKEN } });
});
afterEach(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

rateLimitScenarios(() => ({ name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} }), ADMIN_TOKEN, { fromAddress: () => ({}), alignedWindows: false, longBursts: true });
