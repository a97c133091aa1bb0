import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { Admin, onboard, sell, tillOf } from "../support/admin-client";
import { adminScenarios } from "../support/admin-scenarios";
import type { Host } from "../support/api-client";

const quiet = { info() {}, warn() {}, error: (event: string, fields?: object) => console.error(event, fields) };
const ADMIN_TOKEN = "test-admin-token-0123456789abcdef0123";
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "ereceipt-admin-"));
  dirs.push(dir);
  return dir;
};
const hostOf = (server: NodeServer): Host => ({ name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} });

let demo: NodeServer;
let empty: NodeServer;

beforeAll(async () => {
  demo = await startNodeServer({ dataDir: tempDir(), demo: true, log: quiet, env: { ADMIN_TOKEN } });
  empty = await startNodeServer({
    dataDir: tempDir(),
    demo: false,
    log: quiet,
    env: {
      ADMIN_TOKEN,
      JWT_SECRET: "jwt-secret-for-this-test-only-0123456789",
      FISCAL_KEY_SECRET: "fiscal-secret-for-this-test-only-012345",
      CUSTOMER_HASH_SECRET: "customer-hash-for-this-test-only-0123456",
      CUSTOMER_DATA_KEY: "customer-data-for-this-test-only-0123456",
    },
  });
});
afterAll(async () => {
  await Promise.all([demo?.close(), empty?.close()]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

adminScenarios(() => hostOf(demo), ADMIN_TOKEN);

describe("a host started without demo data", () => {
  it("has no merchants and no working key until the admin API makes them, then sells", async () => {
    const admin = new Admin(hostOf(empty), ADMIN_TOKEN);
    expect((await admin.ok("GET", "/merchants")).items).toEqual([]);
    const token = await fetch(`${empty.url}/v1/auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ api_key: "demo-terminal-key" }) });
    expect(token.status).toBe(401);
    const shop = await onboard(admin, { country: "SE", name: "Kvitto Hörnet AB" });
    const issued = await sell(await tillOf(hostOf(empty), shop, "12"));
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ status: "issued", currency: "SEK" });
    expect(issued.body.fiscal.number).toBe(1);
  });
});

describe("the admin CLI", () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/admin.ts", ...args], { env: { ...process.env, ADMIN_URL: empty.url, ADMIN_TOKEN } }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  it("makes the same calls: a merchant, its settings, and a refusal with the problem shown", async () => {
    const made = await cli(["merchants", "create", "--legal-name", "Kvittering Hjørnet AS", "--tax-id", "923 609 016 MVA", "--country", "NO", "--address", "Storgata 1, Oslo"]);
    expect(made.code).toBe(0);
    const merchant = JSON.parse(made.stdout);
    expect(merchant).toMatchObject({ country: "NO", currency: "NOK" });
    const settings = await cli(["settings", "set", merchant.id, "--e-receipts", "false", "--retention-days", "60"]);
    expect(JSON.parse(settings.stdout)).toMatchObject({ e_receipts: false, retention_days: 60 });
    const refused = await cli(["merchants", "create", "--legal-name", "X", "--tax-id", "123", "--country", "NO", "--address", "Y"]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stderr)).toMatchObject({ status: 422, code: "validation" });
  });
});
