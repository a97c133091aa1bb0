/**
 * End to end in real Chromium against the Node host: the customer scans the QR, sees "waiting",
 * and the page turns into the receipt by itself the moment the till finalizes.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer } from "../../src/runtime/node-server";
import { launchChromium } from "../support/browser";

const VIEWPORT = { width: 390, height: 844 };
/** Set SCREENSHOT_DIR to keep screenshots of the waiting and issued page (390x844). */
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;

interface ApiReceipt {
  id: string;
  status: "open" | "issued" | "cancelled";
  customer_url: string;
  total: number;
  qr_scanned_at: string | null;
}

let server: { url: string; close(): Promise<void> };
let browser: Browser;
let dataDir: string;
let bearer: string;

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(new URL(path, server.url), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} -> ${res.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Opens a receipt with one Polish line (2 x 12.50 = 25.00 PLN, 23%). */
async function openReceipt(): Promise<ApiReceipt> {
  const receipt = await api<ApiReceipt>("POST", "/v1/receipts", {});
  expect(receipt.status).toBe("open");
  expect(receipt.customer_url).toMatch(/^https?:\/\/.+\/r\/[^/]+$/);
  await api("POST", `/v1/receipts/${receipt.id}/lines`, { name: "Żółć łąka", quantity: "2", unit_price: 1250, vat_rate: "23" });
  return receipt;
}

async function payAndFinalize(id: string): Promise<void> {
  await api("POST", `/v1/receipts/${id}/payments`, { method: "cash", amount: 3000 });
  const issued = await api<ApiReceipt>("POST", `/v1/receipts/${id}/finalize`, { delivery: "qr" });
  expect(issued.status).toBe("issued");
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Counts main-frame navigations after the first load: the live update must cause none. */
function countNavigations(page: Page): () => number {
  let count = 0;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) count++;
  });
  return () => count;
}

async function setMarker(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __marker?: number }).__marker = 1;
  });
}

async function getMarker(page: Page): Promise<number | undefined> {
  return page.evaluate(() => (window as unknown as { __marker?: number }).__marker);
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "ereceipt-browser-"));
  server = await startNodeServer({ port: 0, dataDir, demo: true });
  browser = await launchChromium();
  bearer = "";
  const auth = await api<{ token: string }>("POST", "/v1/auth/token", { api_key: "demo-terminal-key" });
  bearer = auth.token;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("customer page in Chromium", () => {
  it("waits, turns into the receipt without a reload, and downloads the PDF", async () => {
    const receipt = await openReceipt();
    const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, locale: "pl-PL" });
    try {
      const page = await context.newPage();
      const response = await page.goto(receipt.customer_url);
      expect(response?.status()).toBe(200);
      await page.locator('main[data-state="waiting"]').waitFor({ state: "visible" });
      expect(await page.locator("html").getAttribute("lang")).toBe("pl");
      expect(await page.locator("main").innerText()).toContain("Czekamy na Twój paragon");
      expect(await page.locator("main").innerText()).not.toContain("Żółć łąka"); // the running sale stays private
      await screenshot(page, "waiting");

      await waitFor(
        async () => (await api<ApiReceipt>("GET", `/v1/receipts/${receipt.id}`)).qr_scanned_at !== null,
        "qr_scanned_at to be set after the customer's page opened",
      );

      await setMarker(page);
      const navigations = countNavigations(page);
      await payAndFinalize(receipt.id);

      await page.locator('main[data-state="issued"]').waitFor({ state: "visible", timeout: 10_000 });
      expect(await getMarker(page)).toBe(1);
      expect(navigations()).toBe(0);
      const main = await page.locator("main").innerText();
      expect(main).toContain("Żółć łąka");
      expect(main).toContain("E-PARAGON");
      const total = await page.locator('[data-testid="total"]').innerText();
      expect(total).toContain("SUMA");
      expect(total).toContain("25,00");
      await screenshot(page, "issued");

      const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="download-pdf"]').click()]);
      const file = await download.path();
      const bytes = await readFile(file);
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    } finally {
      await context.close();
    }
  });

  it("shows the cancellation live when the till cancels", async () => {
    const receipt = await openReceipt();
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(receipt.customer_url);
      await page.locator('main[data-state="waiting"]').waitFor();
      await setMarker(page);
      await api("POST", `/v1/receipts/${receipt.id}/cancel`, {});
      await page.locator('main[data-state="cancelled"]').waitFor({ timeout: 10_000 });
      expect(await getMarker(page)).toBe(1);
      expect(await page.locator("main").innerText()).toContain("Paragon anulowany");
    } finally {
      await context.close();
    }
  });

  it("takes the update from a WebSocket when the host offers one (as the Workers host does)", async () => {
    const receipt = await openReceipt();
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      // Stand in for the Durable Object's socket: Playwright answers the upgrade instead of the Node host.
      let socket: { send(message: string): void } | undefined;
      await context.routeWebSocket(/\/events/, (ws) => {
        socket = ws;
      });
      const page = await context.newPage();
      await page.goto(receipt.customer_url);
      await page.locator('main[data-state="waiting"]').waitFor();
      await waitFor(async () => socket !== undefined, "the page to open a WebSocket");
      await setMarker(page);
      await payAndFinalize(receipt.id);
      socket?.send(JSON.stringify({ type: "updated" }));
      socket?.send(JSON.stringify({ type: "issued" }));
      await page.locator('main[data-state="issued"]').waitFor({ timeout: 2_500 }); // sooner than the 3 s poll
      expect(await getMarker(page)).toBe(1);
    } finally {
      await context.close();
    }
  });

  it("still updates by polling the status when WebSocket and SSE are unavailable", async () => {
    const receipt = await openReceipt();
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      await context.routeWebSocket(/\/events/, (ws) => ws.close());
      await context.route(/\/events/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(receipt.customer_url);
      await page.locator('main[data-state="waiting"]').waitFor();
      await setMarker(page);
      await payAndFinalize(receipt.id);
      await page.locator('main[data-state="issued"]').waitFor({ timeout: 10_000 });
      expect(await getMarker(page)).toBe(1);
    } finally {
      await context.close();
    }
  });

  it("the Refresh button works with JavaScript disabled", async () => {
    const receipt = await openReceipt();
    const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(receipt.customer_url);
      await page.locator('main[data-state="waiting"]').waitFor();
      await payAndFinalize(receipt.id);
      await page.locator('[data-testid="refresh"]').click();
      await page.locator('main[data-state="issued"]').waitFor({ timeout: 10_000 });
      expect(await page.locator("main").innerText()).toContain("Żółć łąka");
      expect(await page.locator('[data-testid="total"]').innerText()).toContain("25,00");
    } finally {
      await context.close();
    }
  });

  it("answers an unknown token with a friendly 404 page", async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const response = await page.goto(new URL("/r/this-token-does-not-exist-0123456789", server.url).href);
      expect(response?.status()).toBe(404);
      expect(response?.headers()["content-type"]).toContain("text/html");
      await page.locator('main[data-state="not-found"]').waitFor();
      expect(await page.locator("h1").innerText()).toMatch(/can't find this receipt|Nie możemy znaleźć/);
    } finally {
      await context.close();
    }
  });
});
