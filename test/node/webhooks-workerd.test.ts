/**
 * Webhooks on Workers: `npm start` (wrangler dev, workerd with local D1 and Durable Objects) sends
 * to a real endpoint in this process, which verifies every signature. The workers test pool cannot
 * listen on a port, so this runs from Node against the started host.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Host } from "../support/api-client";
import { startWranglerDev, type Service } from "../support/services";
import { webhookScenarios } from "../support/webhook-scenarios";

/** `npm start` is demo mode: the admin API has its documented development secret. */
const DEV_ADMIN_TOKEN = "dev-only-secret-change-me:ADMIN_TOKEN";
const state = mkdtempSync(join(tmpdir(), "ereceipt-webhooks-workerd-"));
let service: Service;

beforeAll(async () => {
  service = await startWranglerDev(state);
}, 200_000);
afterAll(async () => {
  await service?.stop();
  rmSync(state, { recursive: true, force: true });
});

const host = (): Host => ({ name: "workerd", baseUrl: service.url, fetch: (url, init) => fetch(url, init), expire: async () => {} });

webhookScenarios(host, DEV_ADMIN_TOKEN);
