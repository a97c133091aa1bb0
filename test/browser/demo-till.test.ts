/**
 * The demo till in real Chromium on the Node host: sales for the Polish, Swedish and Russian demo
 * merchants, with the customer display and the customer's phone beside the till, and every call
 * in the log. Set SCREENSHOT_DIR to keep the screenshots shown in the README.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer } from "../../src/runtime/node-server";
import { jsonLogger } from "../../src/worker/log";
import { launchChromium } from "../support/browser";

const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;

let server: { url: string; close(): Promise<void> };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "ereceipt-demo-"));
  server = await startNodeServer({ dataDir, demo: true, log: jsonLogger(() => {}) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const display = (page: Page) => page.frameLocator("#display");
const phone = (page: Page) => page.frameLocator("#phone");
const status = (page: Page) => page.locator('[data-testid="status"]');

/** Takes the payment in the form and waits for the till to show it. */
async function pay(page: Page, currency: string): Promise<void> {
  await page.locator("#pay").click();
  await expect.poll(async () => `${await page.locator('[data-testid="due"]').innerText()}${await page.locator("#error").textContent()}`).toBe(`0.00 ${currency}`);
}

/** The log's summaries, oldest first, without the timings. */
async function calls(page: Page): Promise<string[]> {
  const lines = await page.locator("#log summary").allInnerTexts();
  return lines.reverse().map((line) => line.replace(/\s+\d+ ms.*$/, "").replace(/rcp_[A-Za-z0-9_-]+/, "{id}").replace(/ln_[A-Za-z0-9_-]+/, "{line}"));
}

async function shop(page: Page, country: string, name: string): Promise<void> {
  await page.locator("#shop").selectOption(country);
  await page.locator('[data-testid="ready"]', { hasText: name }).waitFor();
  await display(page).locator('main[data-state="idle"]').waitFor();
}

async function scan(page: Page, ...items: string[]): Promise<void> {
  for (const [i, item] of items.entries()) {
    await page.locator(".item", { hasText: item }).click();
    await page.locator("#lines tr").nth(i).waitFor();
  }
}

describe("demo till in Chromium", () => {
  it("sells with the display and the customer's phone beside the till, showing each call", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      expect((await page.goto(`${server.url}/demo`))?.status()).toBe(200);
      await page.locator('[data-testid="ready"]', { hasText: "Sklep Żabka Demo" }).waitFor();
      await display(page).locator('main[data-state="idle"]').waitFor();

      // Poland: three items, the customer scans the display QR, pays cash, and takes the QR receipt.
      await scan(page, "Chleb żytni", "Jabłka Ligol", "Kawa ziarnista 1 kg");
      await expect.poll(() => page.locator('[data-testid="till-total"]').innerText()).toBe("72.74 PLN");
      await display(page).locator('[data-testid="line"]').nth(2).waitFor();
      expect(await display(page).locator('[data-testid="total"]').innerText()).toMatch(/SUMA PLN\s+72,74/);
      await page.locator("#scan").click();
      await phone(page).locator('main[data-state="waiting"]').waitFor();
      await display(page).locator(".qr .ok").waitFor({ timeout: 10_000 });
      if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "demo-till.png") });

      await pay(page, "PLN");
      await display(page).locator('[data-testid="paid"]').waitFor({ timeout: 10_000 });
      await page.locator("#delivery").selectOption("auto");
      await page.locator("#finalize").click();
      await page.locator("#choice").waitFor({ state: "visible" });
      await page.locator("#qr-ok").click();
      await expect.poll(() => status(page).textContent()).toMatch(/^issued · /);
      await phone(page).locator('main[data-state="issued"]').waitFor({ timeout: 10_000 });
      expect(await phone(page).locator('[data-testid="total"]').innerText()).toContain("72,74");
      await display(page).locator('main[data-state="idle"]').waitFor({ timeout: 10_000 });
      if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, "demo-issued.png") });
      expect(await calls(page)).toEqual([
        "POST /v1/auth/token 200",
        "POST /v1/terminals/me/display-tokens 201",
        "POST /v1/receipts 201",
        "POST /v1/receipts/{id}/lines 201",
        "POST /v1/receipts/{id}/lines 201",
        "POST /v1/receipts/{id}/payments 201",
        "POST /v1/receipts/{id}/finalize 202",
        "POST /v1/receipts/{id}/qr-choice 200",
      ]);

      // Sweden: card, into the digital waste bin.
      await shop(page, "SE", "Kvitto Demo AB");
      await scan(page, "Kanelbulle", "Räksmörgås");
      await display(page).locator('[data-testid="line"]').nth(1).waitFor();
      expect(await display(page).locator('[data-testid="total"]').innerText()).toMatch(/SEK\s+159,00/);
      await page.locator("#method").selectOption("card");
      await pay(page, "SEK");
      await page.locator("#delivery").selectOption("ebin");
      await page.locator("#finalize").click();
      await expect.poll(() => status(page).textContent()).toMatch(/^issued · /);
      await display(page).locator('main[data-state="idle"]').waitFor({ timeout: 10_000 });

      // Russia: a line voided, cash with change; the customer scanned the QR but says "Change": printed.
      await shop(page, "RU", "ООО «Демо Ритейл»");
      await scan(page, "Хлеб Бородинский", "Чай чёрный");
      await page.locator("#lines tr").nth(1).locator("button.x").click();
      await display(page).locator(".line.void").waitFor({ timeout: 10_000 });
      await expect.poll(() => page.locator('[data-testid="till-total"]').innerText()).toBe("65.00 RUB");
      await page.locator("#method").selectOption("cash");
      await page.locator("#amount").fill("100");
      await pay(page, "RUB");
      await page.locator("#scan").click();
      await phone(page).locator('main[data-state="waiting"]').waitFor();
      await page.locator("#delivery").selectOption("auto");
      await page.locator("#finalize").click();
      await page.locator("#qr-change").click();
      await page.locator('[data-testid="print"]').waitFor({ state: "visible" });
      expect((await calls(page)).slice(-3)).toEqual(["POST /v1/receipts/{id}/finalize 202", "POST /v1/receipts/{id}/qr-choice 200", "POST /v1/receipts/{id}/finalize 200"]);
      await phone(page).locator('main[data-state="issued"]').waitFor({ timeout: 10_000 });
      const print = await page.locator('[data-testid="print"]').innerText();
      expect(print).toContain("Хлеб Бородинский");
      expect(print).toMatch(/Чай чёрный\s+1 x 249\.00\s+СТОРНО/);
      expect(print).toMatch(/ИТОГ\s+65\.00 RUB/);
      expect(print).toMatch(/Сдача\s+35\.00/);
      await display(page).locator('main[data-state="idle"]').waitFor({ timeout: 10_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("is not served outside dev mode", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ereceipt-demo-off-"));
    const production = await startNodeServer({ dataDir: dir, demo: true, env: { DEV_MODE: "false" }, log: jsonLogger(() => {}) });
    try {
      const res = await fetch(`${production.url}/demo`);
      expect(res.status).toBe(404);
      expect((await res.json()) as { code: string }).toMatchObject({ code: "no-route" });
    } finally {
      await production.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
