/** Debian tools the tests need (chromium, poppler-utils): installed with apt-get when missing. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
}

/** Returns `path` once it exists, installing `pkg` first if needed (sudo when not root). */
export function ensureDebianTool(path: string, pkg: string): string {
  if (existsSync(path)) return path;
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const apt = (args: string[]) => (asRoot ? run("apt-get", args) : run("sudo", ["-n", "apt-get", ...args]));
  if (!apt(["install", "-y", pkg])) {
    apt(["update"]);
    apt(["install", "-y", pkg]);
  }
  if (!existsSync(path)) throw new Error(`${path} not found and "apt-get install -y ${pkg}" did not provide it; install it and rerun.`);
  return path;
}
