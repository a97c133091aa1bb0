/** Safe by default: the deployed configuration carries no demo data, dev routes or faults, and a host refuses dev secrets. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unstable_readConfig } from "wrangler";
import { afterAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { RATE_BINDINGS } from "../../src/worker/binding-rate-limiter";
import { assertProductionSafe, configFrom } from "../../src/worker/config";
import { RATE_LIMITS, type RateBucket } from "../../src/worker/ops-ports";
import { Admin, onboard, tillOf } from "../support/admin-client";
import { call, type Host } from "../support/api-client";

const quiet = { info() {}, warn() {}, error() {} };
const SECRETS = {
  JWT_SECRET: "0f4c2d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e",
  FISCAL_KEY_SECRET: "a1b2c3d4e5f60718293a4b5c6d7e8f9010203040",
  ADMIN_TOKEN: "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807",
  CUSTOMER_HASH_SECRET: "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f",
  CUSTOMER_DATA_KEY: "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00",
};
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "ereceipt-prod-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("the production environment in wrangler.toml", () => {
  const config = unstable_readConfig({ config: "wrangler.toml", env: "production" }, { hideWarnings: true });
  const vars = config.vars as Record<string, string>;
  const names = (items: { binding?: string; name?: string }[]) => items.map((i) => i.binding ?? i.name ?? "").sort();

  it("has no demo data, dev routes, fault injection or secrets, and every binding", () => {
    expect(vars).toMatchObject({ ENVIRONMENT: "production", DEMO_SEED: "false", DEV_MODE: "false", SANDBOX: "false" });
    for (const secret of ["JWT_SECRET", "FISCAL_KEY_SECRET", "ADMIN_TOKEN", "DEMO_TERMINAL_KEY"]) expect(vars).not.toHaveProperty(secret);
    expect(names(config.d1_databases)).toEqual(["DB"]);
    expect(names(config.r2_buckets)).toEqual(["PDFS"]);
    expect(names(config.durable_objects.bindings)).toEqual(["FISCAL_DEVICE", "RECEIPT_SESSION", "TERMINAL_DISPLAY"]);
    expect(names(config.ratelimits)).toEqual(["CUSTOMER_PAGE_LIMITER", "OPEN_RECEIPT_LIMITER", "TOKEN_ADDRESS_LIMITER", "TOKEN_KEY_LIMITER"]);
  });

  it("starts only once real secrets are set", () => {
    expect(() => configFrom(vars, false)).toThrow(/JWT_SECRET must be set/);
    expect(() => configFrom({ ...vars, ...SECRETS }, false)).not.toThrow();
    expect(configFrom({ ...vars, ...SECRETS }, false)).toMatchObject({ devMode: false, sandbox: false });
  });

  it("rate-limits Workers with the same budgets as the other hosts, in development and production", () => {
    for (const env of [undefined, "production"]) {
      const limits = unstable_readConfig({ config: "wrangler.toml", ...(env && { env }) }, { hideWarnings: true }).ratelimits;
      for (const [bucket, binding] of Object.entries(RATE_BINDINGS) as [RateBucket, string][]) {
        const declared = (limits as { name: string; simple: unknown }[]).find((l) => l.name === binding)?.simple;
        expect(declared, `${env ?? "dev"} ${binding}`).toEqual({ limit: RATE_LIMITS[bucket].limit, period: RATE_LIMITS[bucket].periodSeconds });
      }
    }
  });

  it("is what npm run deploy deploys", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.deploy).toBe("wrangler deploy --env production");
  });
});

describe("a host in production mode", () => {
  it("refuses dev secrets, short secrets, demo data, dev routes and faults", async () => {
    const production = { ENVIRONMENT: "production", ...SECRETS };
    const refusals: [Record<string, string>, boolean, RegExp][] = [
      [{ ...production, JWT_SECRET: "dev-only-secret-change-me:JWT_SECRET" }, false, /JWT_SECRET must be a generated secret/],
      [{ ...production, ADMIN_TOKEN: "admin" }, false, /ADMIN_TOKEN must be a generated secret/],
      [production, true, /DEMO_SEED must be false/],
      [{ ...production, DEV_MODE: "true" }, false, /DEV_MODE must be false/],
      [{ ...production, SANDBOX: "true" }, false, /SANDBOX must be false/],
      [{ ...production, DEMO_TERMINAL_KEY: "k" }, false, /DEMO_TERMINAL_KEY must not be set/],
    ];
    for (const [env, demo, message] of refusals) {
      expect(() => assertProductionSafe(env, demo)).toThrow(message);
      await expect(startNodeServer({ dataDir: tempDir(), demo, env, log: quiet })).rejects.toThrow(message);
    }
  });

  it("with real secrets serves the API but no dev outbox, demo key or faults", async () => {
    let server: NodeServer | undefined;
    try {
      server = await startNodeServer({ dataDir: tempDir(), demo: false, env: { ENVIRONMENT: "production", ...SECRETS }, log: quiet });
      const host: Host = { name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
      expect((await call(host, "GET", "/healthz")).status).toBe(200);
      expect((await call(host, "GET", "/dev/outbox")).status).toBe(404);
      expect((await call(host, "POST", "/v1/auth/token", { body: { api_key: "demo-terminal-key" } })).status).toBe(401);
      const shop = await onboard(new Admin(host, SECRETS.ADMIN_TOKEN), { mode: "test" });
      const till = await tillOf(host, shop);
      const fault = await till.call("POST", `/v1/devices/${shop.device.id}/faults`, { body: { fault: "paper_out" } });
      expect(fault.status).toBe(404);
      expect(fault.body.code).toBe("sandbox-only");
    } finally {
      await server?.close();
    }
  });
});
