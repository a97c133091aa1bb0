import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { httpScenarios } from "../support/http-scenarios";

const quiet = { info() {}, warn() {}, error: (event: string, fields?: object) => console.error(event, fields) };
const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-http-"));
let server: NodeServer;
const ADMIN_TOKEN = "http-test-admin-token-0123456789abcdef";

beforeAll(async () => {
  server = await startNodeServer({ dataDir, demo: true, log: quiet, env: { ADMIN_TOKEN } });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

httpScenarios(() => ({ name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} }), ADMIN_TOKEN);

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http, so the test controls the connection: one keep-alive socket, reused if the server allows. */
function send(agent: Agent, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { agent, method: options.method ?? "GET", headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("the Node host's connections", () => {
  it("after refusing an oversized body, the client's next request succeeds", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (const size of [100_000, 2_000_000]) {
        const refused = await send(agent, "/v1/auth/token", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ api_key: "x".repeat(size) }) });
        expect(refused.status).toBe(413);
        expect(refused.headers["content-type"]).toContain("application/problem+json");
        expect(refused.headers.connection).toBe("close");
        const next = await send(agent, "/healthz");
        expect(next.status).toBe(200);
        expect(JSON.parse(next.body)).toEqual({ ok: true });
      }
    } finally {
      agent.destroy();
    }
  });

  it("very large headers get a 431 problem document", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const res = await send(agent, "/healthz", { headers: { "x-filler": "y".repeat(64 * 1024) } });
      expect(res.status).toBe(431);
      expect(res.headers["content-type"]).toBe("application/problem+json");
      expect(JSON.parse(res.body)).toMatchObject({ status: 431, code: "headers-too-large" });
      expect((await send(agent, "/healthz")).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });
});
