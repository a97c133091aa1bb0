/** Real Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser, type LaunchOptions } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return result.status === 0;
}

/**
 * Installs Debian's chromium when it is missing (CI installs it beforehand; this is the fallback).
 * Uses sudo when not running as root. Throws with the command to run by hand if that fails.
 */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const apt = (args: string[]) => (asRoot ? run("apt-get", args) : run("sudo", ["-n", "apt-get", ...args]));
  if (!apt(["install", "-y", "chromium"])) {
    apt(["update"]);
    apt(["install", "-y", "chromium"]);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} and "apt-get install -y chromium" did not provide it; install it and rerun.`);
  }
  return CHROMIUM_PATH;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = ensureChromium();
  return chromium.launch({ headless: true, ...options, executablePath, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}
