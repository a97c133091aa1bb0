import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { Admin, onboard, tillOf } from "../support/admin-client";
import type { Host, Json } from "../support/api-client";
import { listScenarios } from "../support/list-scenarios";
import { eventually, httpReceiver } from "../support/receivers";

const quiet = { info() {}, warn() {}, error() {} };
const ADMIN_TOKEN = "lists-test-admin-token-0123456789abcdef";
const dirs = [mkdtempSync(join(tmpdir(), "ereceipt-lists-")), mkdtempSync(join(tmpdir(), "ereceipt-lists-failing-"))];
let server: NodeServer;
let failing: NodeServer;
let gateway: Awaited<ReturnType<typeof httpReceiver>>;
const hostOf = (s: NodeServer): Host => ({ name: "node", baseUrl: s.url, fetch: (url, init) => fetch(url, init), expire: async () => {} });

beforeAll(async () => {
  gateway = await httpReceiver();
  gateway.failFirst = Number.POSITIVE_INFINITY;
  server = await startNodeServer({ dataDir: dirs[0]!, demo: true, log: quiet, env: { ADMIN_TOKEN } });
  failing = await startNodeServer({ dataDir: dirs[1]!, demo: true, log: quiet, env: { ADMIN_TOKEN, SMS_PROVIDER_URL: `${gateway.url}/sms`, DELIVERY_RETRY_BASE_MS: "20" } });
});
afterAll(async () => {
  await Promise.all([server?.close(), failing?.close(), gateway?.close()]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

listScenarios(() => hostOf(server), ADMIN_TOKEN);

describe("failed deliveries", () => {
  it("are how a shop finds the receipts it must hand over another way", async () => {
    const shop = await onboard(new Admin(hostOf(failing), ADMIN_TOKEN));
    const till = await tillOf(hostOf(failing), shop);
    const receipt = await till.paidReceipt();
    await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "sms", contact: { phone: "+48600100400" } } });
    const failed = await eventually(async () => {
      const items = (await till.call("GET", "/v1/deliveries?status=failed")).body.items as Json[];
      return items.length > 0 ? items : undefined;
    }, 30_000, "delivery failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ receipt_id: receipt.id, status: "failed", attempts: 6, last_error: expect.any(String) });
    const receipts = (await till.call("GET", "/v1/receipts?delivery_status=failed")).body.items as Json[];
    expect(receipts.map((r) => r.id)).toEqual([receipt.id]);
  });
});
