// GET /docs: the interactive reference a person opens first, built from the same /openapi.json.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { jsonLogger } from "../../src/worker/log";

const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-docs-"));
let server: NodeServer;

beforeAll(async () => {
  server = await startNodeServer({ dataDir, demo: true, log: jsonLogger(() => {}) });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it("serves the interactive reference of this service's OpenAPI document", async () => {
  const res = await fetch(`${server.url}/docs`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  const html = await res.text();
  expect(html).toContain("<title>eReceipt Edge API reference</title>");
  expect(html).toMatch(/"url":\s*"\/openapi\.json"/);
  // The document it points at is the one this service serves.
  const doc = await fetch(`${server.url}/openapi.json`);
  expect(doc.status).toBe(200);
  expect(((await doc.json()) as { servers: { url: string }[] }).servers[0]?.url).toBe(server.url);
});
