/** Webhooks on the Node host (in-process server, libsql), received by a real endpoint that verifies signatures. */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalHost } from "../../src/runtime/local-host";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { deliverDue } from "../../src/worker/services/outbox";
import { customerConsentChanged } from "../../src/worker/services/webhook-events";
import { emitWebhook, purgeWebhooks } from "../../src/worker/services/webhooks";
import { Admin, onboard, tillOf } from "../support/admin-client";
import type { Host } from "../support/api-client";
import { eventually, httpReceiver } from "../support/receivers";
import { webhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { webhookScenarios } from "../support/webhook-scenarios";

const ADMIN_TOKEN = "webhooks-test-admin-token-0123456789abcdef";
const SECRETS = {
  ADMIN_TOKEN,
  JWT_SECRET: "jwt-secret-for-this-test-only-0123456789",
  FISCAL_KEY_SECRET: "fiscal-secret-for-this-test-only-012345",
  CUSTOMER_HASH_SECRET: "customer-hash-for-this-test-only-0123456",
  CUSTOMER_DATA_KEY: "customer-data-for-this-test-only-0123456",
};
const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-webhooks-"));
let server: NodeServer;
let gateway: Awaited<ReturnType<typeof httpReceiver>>;
let receiver: WebhookReceiver;

beforeAll(async () => {
  gateway = await httpReceiver();
  receiver = await webhookReceiver();
  server = await startNodeServer({
    dataDir,
    demo: false,
    log: { info() {}, warn() {}, error: (event: string, fields?: object) => console.error(event, fields) },
    env: {
      ...SECRETS,
      DELIVERY_RETRY_BASE_MS: "100",
      SMS_PROVIDER_URL: `${gateway.url}/sms`,
    },
  });
});
afterAll(async () => {
  await server?.close();
  await Promise.all([gateway?.close(), receiver?.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

const host = (): Host => ({ name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} });

webhookScenarios(host, ADMIN_TOKEN);

describe("customer deliveries as webhooks", () => {
  it("delivery.sent once the SMS provider took the message; delivery.failed after its last attempt", async () => {
    const admin = new Admin(host(), ADMIN_TOKEN);
    const shop = await onboard(admin);
    const endpoint = await admin.ok("POST", `/merchants/${shop.merchant.id}/webhooks`, { url: receiver.url, events: ["delivery.sent", "delivery.failed"] });
    receiver.trust("deliveries", endpoint.secret);
    // The secret signs, but the database keeps it sealed: a copy of the file cannot forge a signature.
    const sql = createClient({ url: `file:${join(dataDir, "ereceipt.db")}` });
    const kept = String((await sql.execute({ sql: "SELECT secret FROM webhook_endpoints WHERE id = ?", args: [endpoint.id] })).rows[0]!.secret);
    sql.close();
    expect(kept).toMatch(/^v1\./);
    expect(kept).not.toContain(endpoint.secret.slice(6, 20));
    const till = await tillOf(host(), shop);
    const smsReceipt = async () => {
      const receipt = await till.paidReceipt(1500);
      const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "sms", contact: { phone: "+48 600 000 002" } } });
      expect(issued.status).toBe(200);
      return receipt.id as string;
    };
    // Six attempts with backoff take ~5 s alone; a loaded machine (the whole suite, the .wasm build) can take several times that.
    const of = (receiptId: string, type: string) => eventually(() => receiver.hits.find((h) => h.event?.type === type && h.event.data.receipt_id === receiptId), 60_000, type);

    const sentId = await smsReceipt();
    const sent = await of(sentId, "delivery.sent");
    expect(sent.verifiedBy).toEqual(["deliveries"]);
    expect(sent.event?.data).toMatchObject({ receipt_id: sentId, channel: "sms", copy: 0, attempts: 1 });
    expect(sent.body).not.toContain("600 000 002");

    gateway.failFirst = Infinity;
    const failedId = await smsReceipt();
    const failed = await of(failedId, "delivery.failed");
    expect(failed.event?.data).toMatchObject({ receipt_id: failedId, channel: "sms", attempts: 6, error: expect.stringContaining("503") });
    expect(receiver.hits.filter((h) => h.event?.data.receipt_id === failedId).map((h) => h.event?.type)).toEqual(["delivery.failed"]);
    gateway.failFirst = 0;
  }, 150_000);
});

describe("events without a receipt (the customer events)", () => {
  it("emitWebhook sends at once; a failure is retried by the sweep", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ereceipt-webhooks-emit-"));
    const local = await createLocalHost({ demo: false, dataDir: dir, log: { info() {}, warn() {}, error: console.error }, env: { ...SECRETS, DELIVERY_RETRY_BASE_MS: "1" } });
    try {
      const inProcess: Host = { name: "node-app", baseUrl: "http://edge.test", fetch: (url, init) => Promise.resolve(local.app.fetch(new Request(url, init))), expire: async () => {} };
      const admin = new Admin(inProcess, ADMIN_TOKEN);
      const shop = await onboard(admin);
      const endpoint = await admin.ok("POST", `/merchants/${shop.merchant.id}/webhooks`, { url: `${receiver.url}/consent`, events: ["customer.consent_changed"] });
      receiver.trust("consent", endpoint.secret);
      const at = new Date().toISOString();
      const first = await emitWebhook(local.ports, customerConsentChanged(shop.merchant.id, "cus_1", { paper_refused: true }, "app", at));
      const hit = receiver.hits.find((h) => h.headers["webhook-id"] === first);
      expect(hit).toMatchObject({
        status: 204,
        verifiedBy: ["consent"],
        event: { type: "customer.consent_changed", data: { customer_id: "cus_1", change: { paper_refused: true }, source: "app", changed_at: at } },
      });

      receiver.failNext(1);
      const second = await emitWebhook(local.ports, customerConsentChanged(shop.merchant.id, "cus_1", { preferred_channel: "email" }, "call_centre", at));
      expect(receiver.hits.filter((h) => h.headers["webhook-id"] === second).map((h) => h.status)).toEqual([503]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await deliverDue(local.ports);
      expect(receiver.hits.filter((h) => h.headers["webhook-id"] === second).map((h) => h.status)).toEqual([503, 204]);

      // Retention takes finished messages and their attempts once they are older than the receipts kept.
      const messages = `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}/messages`;
      expect((await admin.ok("GET", messages)).items).toHaveLength(2);
      await purgeWebhooks(local.ports, new Date(Date.now() - 60_000).toISOString());
      expect((await admin.ok("GET", messages)).items).toHaveLength(2);
      await purgeWebhooks(local.ports, new Date(Date.now() + 1000).toISOString());
      expect((await admin.ok("GET", messages)).items).toEqual([]);
      expect((await admin.call("GET", `${messages}/${second}`)).status).toBe(404);
    } finally {
      local.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the admin CLI", () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/admin.ts", ...args], { env: { ...process.env, ADMIN_URL: server.url, ADMIN_TOKEN } }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  it("adds an endpoint with a list of events, rotates its secret and lists its messages", async () => {
    const shop = await onboard(new Admin(host(), ADMIN_TOKEN));
    const made = await cli(["webhooks", "create", shop.merchant.id, "--url", "https://shop.example/hooks", "--events", "receipt.issued,delivery.failed"]);
    expect(made.code).toBe(0);
    const endpoint = JSON.parse(made.stdout);
    expect(endpoint).toMatchObject({ url: "https://shop.example/hooks", events: ["receipt.issued", "delivery.failed"], secret: expect.stringMatching(/^whsec_/) });
    const rotated = JSON.parse((await cli(["webhooks", "rotate", shop.merchant.id, endpoint.id, "--overlap-seconds", "60"])).stdout);
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(rotated.previous_secret_until).toEqual(expect.any(String));
    expect(JSON.parse((await cli(["webhooks", "messages", shop.merchant.id, endpoint.id, "--status", "failed"])).stdout)).toEqual({ items: [], next_cursor: null });
    const refused = await cli(["webhooks", "update", shop.merchant.id, endpoint.id, "--events", "receipt.printed"]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stderr)).toMatchObject({ status: 422, code: "validation" });
  });
});
