/** Real Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core. */
import { chromium, type Browser, type LaunchOptions } from "playwright-core";
import { ensureDebianTool } from "./debian";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** Debian's chromium, installed when missing (CI installs it beforehand; this is the fallback). */
export function ensureChromium(): string {
  return ensureDebianTool(CHROMIUM_PATH, "chromium");
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = ensureChromium();
  return chromium.launch({ headless: true, ...options, executablePath, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}
