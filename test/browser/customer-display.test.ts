/**
 * The customer display in real Chromium against a till driving the API, on the Node host (SSE) and
 * on workerd as `npm start` runs it (the TerminalDisplay Durable Object's WebSocket): the page
 * follows the terminal's open receipt live (lines, total, the QR of the customer's link while it
 * is offered), goes blank between receipts, and stops working when the till revokes its link.
 */
import { createClient } from "@libsql/client";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer } from "../../src/runtime/node-server";
import { jsonLogger } from "../../src/worker/log";
import { launchChromium } from "../support/browser";
import { call, Till, type Host } from "../support/api-client";
import { startWranglerDev } from "../support/services";

/** On the Node host the QR window is short, so the test sees the QR go away by itself (workerd keeps wrangler.toml's 60 s). */
const QR_WINDOW_SECONDS = 10;
const VIEWPORT = { width: 1024, height: 600 };

interface Started {
  url: string;
  /** The libsql file, where the host has one the test can read. */
  database?: string;
  stop(): Promise<void>;
}

const HOSTS: { name: string; live: "eventsource" | "websocket"; start(dir: string): Promise<Started> }[] = [
  {
    name: "Node",
    live: "eventsource",
    async start(dir) {
      const server = await startNodeServer({ dataDir: dir, demo: true, env: { QR_WINDOW_SECONDS: String(QR_WINDOW_SECONDS) }, log: jsonLogger(() => {}) });
      return { url: server.url, database: join(dir, "ereceipt.db"), stop: () => server.close() };
    },
  },
  {
    name: "workerd (npm start)",
    live: "websocket",
    async start(dir) {
      const service = await startWranglerDev(dir);
      return { url: service.url, stop: () => service.stop() };
    },
  },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function qrText(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator('[data-testid="qr"] svg').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function lineCount(page: Page): Promise<number> {
  return page.locator('[data-testid="line"]').count();
}

/** The page must change in place: a marker set on the window survives every update. */
async function setMarker(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __marker?: number }).__marker = 1));
}

const marker = (page: Page) => page.evaluate(() => (window as unknown as { __marker?: number }).__marker);

describe.each(HOSTS)("customer display in Chromium on $name", ({ start, live }) => {
  let started: Started;
  let dataDir: string;
  let host: Host;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "ereceipt-display-"));
    started = await start(dataDir);
    host = { name: "host", baseUrl: started.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
  }, 240_000);

  afterAll(async () => {
    await started?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("follows the till's receipt live: lines, total, the QR while it is offered, blank between receipts", async () => {
    const till = await Till.login(host);
    const made = await till.call("POST", "/v1/terminals/me/display-tokens");
    expect(made.status).toBe(201);
    expect(made.body.display_url).toBe(`${started.url}/display/${made.body.token}`);

    if (started.database) {
      // Only the token's hash is stored.
      const db = createClient({ url: `file:${started.database}` });
      const rows = (await db.execute("SELECT * FROM display_tokens")).rows;
      db.close();
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain(made.body.token);
    }

    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      // The updates come over the host's live channel: a WebSocket that stays open, or an event stream.
      const channels: string[] = [];
      page.on("websocket", (socket) => socket.on("framereceived", () => channels.push("websocket")));
      page.on("request", (request) => request.resourceType() === "eventsource" && channels.push("eventsource"));
      expect((await page.goto(made.body.display_url))?.status()).toBe(200);
      await page.locator('main[data-state="idle"]').waitFor();
      expect((await page.locator("body").innerText()).trim()).toBe("");
      await setMarker(page);

      const receipt = await till.open([{ name: "Żółć łąka", quantity: "0.375", unit_price: 1999, vat_rate: "23" }]);
      await page.locator(`main[data-state="open"][data-receipt="${receipt.id}"]`).waitFor({ timeout: 10_000 });
      expect(await page.locator('[data-testid="line"]').innerText()).toContain("Żółć łąka");
      expect(await page.locator('[data-testid="total"]').innerText()).toMatch(/SUMA PLN\s+7,50/);
      expect(await qrText(page)).toBe(receipt.customer_url);
      // The customer scans: the display says so.
      await fetch(receipt.customer_url);
      await page.locator(".qr .ok").waitFor({ timeout: 5_000 });

      await till.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: { name: "Chleb", quantity: "2", unit_price: 450, vat_rate: "5" } });
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="line"]').length === 2, undefined, { timeout: 10_000 });
      await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent?.includes("16,50"), undefined, { timeout: 10_000 });

      const lineId = (await till.get(receipt.id)).body.lines[0].id as string;
      await till.call("DELETE", `/v1/receipts/${receipt.id}/lines/${lineId}`);
      await page.locator(".line.void").waitFor({ timeout: 10_000 });
      expect(await lineCount(page)).toBe(2);
      await page.waitForFunction(() => document.querySelector('[data-testid="total"]')?.textContent?.includes("9,00"), undefined, { timeout: 10_000 });

      // The QR is offered for the window from the first line, then leaves by itself.
      const until = Date.parse((await till.get(receipt.id)).body.qr_offered_until as string);
      if (until - Date.now() < 30_000) {
        await page.locator('[data-testid="qr"]').waitFor({ state: "detached", timeout: until - Date.now() + 5_000 });
        expect(Date.now()).toBeGreaterThanOrEqual(until);
      }

      await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: 1000 } });
      await page.locator('[data-testid="paid"]').waitFor({ timeout: 10_000 });
      expect(await page.locator('[data-testid="paid"]').innerText()).toContain("10,00");

      const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
      expect(issued.body.status).toBe("issued");
      await page.locator('main[data-state="idle"]').waitFor({ timeout: 10_000 });

      // The next sale appears, and a cancelled one goes blank too.
      const next = await till.open([{ name: "Masło", quantity: "1", unit_price: 799, vat_rate: "5" }]);
      await page.locator(`main[data-state="open"][data-receipt="${next.id}"]`).waitFor({ timeout: 10_000 });
      await till.call("POST", `/v1/receipts/${next.id}/cancel`);
      await page.locator('main[data-state="idle"]').waitFor({ timeout: 10_000 });
      expect(await marker(page)).toBe(1);
      expect(new Set(channels)).toEqual(new Set([live]));

      // Another terminal's receipts never reach this display.
      const other = await Till.login(host, "demo-terminal-key-se");
      await other.open([{ name: "Kanelbulle", quantity: "1", unit_price: 3500, vat_rate: "12" }]);
      await new Promise((r) => setTimeout(r, 500));
      await page.locator('main[data-state="idle"]').waitFor();

      // Revoked: the page says so and the link answers 404.
      const revoked = await till.call("DELETE", "/v1/terminals/me/display-tokens");
      expect(revoked.status).toBe(204);
      await page.locator('main[data-state="not-found"]').waitFor({ timeout: 10_000 });
      expect((await call(host, "GET", made.body.display_url)).status).toBe(404);
    } finally {
      await context.close();
    }
  });

  it("a retried request gets the same token; a new one replaces it", async () => {
    const till = await Till.login(host);
    const headers = { "idempotency-key": "till-1-display" };
    const first = await till.call("POST", "/v1/terminals/me/display-tokens", { headers });
    const again = await till.call("POST", "/v1/terminals/me/display-tokens", { headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.token).toBe(first.body.token);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect((await call(host, "GET", first.body.display_url)).status).toBe(200);

    const fresh = await till.call("POST", "/v1/terminals/me/display-tokens");
    expect(fresh.body.token).not.toBe(first.body.token);
    expect((await call(host, "GET", first.body.display_url)).status).toBe(404);
    expect((await call(host, "GET", fresh.body.display_url)).status).toBe(200);

    expect((await till.call("POST", "/v1/terminals/me/display-tokens", { headers: { "idempotency-key": "" } })).status).toBe(400);
    expect((await call(host, "POST", "/v1/terminals/me/display-tokens")).status).toBe(401);
  });
});
