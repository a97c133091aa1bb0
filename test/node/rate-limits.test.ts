import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { call, type Host } from "../support/api-client";
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

const hostOf = (s: NodeServer): Host => ({ name: "node", baseUrl: s.url, fetch: (url, init) => fetch(url, init), expire: async () => {} });

rateLimitScenarios(() => hostOf(server), ADMIN_TOKEN, { fromAddress: () => ({}), alignedWindows: false, longBursts: true });

describe("behind a reverse proxy", () => {
  it("TRUST_PROXY=true counts per address from the proxy's X-Forwarded-For entry; without it the header is ignored", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ereceipt-proxy-"));
    const proxied = await startNodeServer({ dataDir: dir, demo: true, log: { info() {}, warn() {}, error() {} }, env: { TRUST_PROXY: "true" } });
    try {
      const host: Host = { name: "node", baseUrl: proxied.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
      const guess = (i: number, forwarded: string) => call(host, "POST", "/v1/auth/token", { body: { api_key: `guess-${i}` }, headers: { "x-forwarded-for": forwarded } });
      const statuses: number[] = [];
      for (let start = 0; start < 301; start += 50) {
        const batch = await Promise.all(Array.from({ length: Math.min(50, 301 - start) }, (_, i) => guess(start + i, `6.6.6.6, 203.0.113.5`)));
        statuses.push(...batch.map((r) => r.status));
      }
      expect(statuses.filter((s) => s === 401)).toHaveLength(300);
      expect(statuses).toContain(429);
      // Another client behind the same proxy still gets through, whatever it claims first.
      expect((await guess(999, "203.0.113.5, 203.0.113.6")).status).toBe(401);
    } finally {
      await proxied.close();
      rmSync(dir, { recursive: true, force: true });
    }
    // Without TRUST_PROXY the header changes nothing: every request counts for 127.0.0.1.
    const plain: number[] = [];
    for (let start = 0; start < 301; start += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, 301 - start) }, (_, i) => call(hostOf(server), "POST", "/v1/auth/token", { body: { api_key: `g-${start + i}` }, headers: { "x-forwarded-for": `198.51.100.${i}` } })),
      );
      plain.push(...batch.map((r) => r.status));
    }
    expect(plain.filter((s) => s === 401)).toHaveLength(300);
    expect(plain).toContain(429);
  });
});
