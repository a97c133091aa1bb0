// `npm run build:wasm`: the simulator as one WebAssembly component, dist/ereceipt-simulator.wasm,
// with its SHA-256 beside it, and the same component transpiled by jco for JavaScript hosts
// (dist/ereceipt-simulator-js/). Skips the build when nothing that goes into it has changed.
import { componentize } from "@bytecodealliance/componentize-js";
import { transpile } from "@bytecodealliance/jco";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const WIT = join(root, "wasm", "simulator.wit");
export const DIST = join(root, "dist");
export const WASM = join(DIST, "ereceipt-simulator.wasm");
export const CHECKSUM = `${WASM}.sha256`;
/** jco's output for JS hosts: ereceipt-simulator.js (`instantiate`) and its core module ereceipt-simulator.core.wasm. */
export const JS_DIR = join(DIST, "ereceipt-simulator-js");
// What the last build was made from: rebuilt when this differs.
const STAMP = join(DIST, "ereceipt-simulator.inputs");
// A pure component: no WASI at all, so the host provides nothing (the engine's clock and randomness are absent).
const DISABLED = ["random", "stdio", "clocks", "http", "fetch-event"] as const;

export interface WasmBuild {
  built: boolean;
  sha256: string;
  bytes: number;
  gzipBytes: number;
  ms: { bundle: number; componentize: number; transpile: number };
}

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

async function readOrNull(path: string): Promise<Buffer | null> {
  return readFile(path).catch(() => null);
}

async function version(pkg: string): Promise<string> {
  const json = JSON.parse(await readFile(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string };
  return json.version;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, "wasm", "entry.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    legalComments: "none",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no bundle");
  return file.text;
}

async function measure(wasm: Uint8Array): Promise<{ sha256: string; bytes: number; gzipBytes: number }> {
  const { gzipSync } = await import("node:zlib");
  return { sha256: sha256(wasm), bytes: wasm.length, gzipBytes: gzipSync(wasm, { level: 9 }).length };
}

/** Builds unless dist/ holds a component made from the same bundle, WIT and tool versions, unaltered. */
export async function buildWasm(force = false): Promise<WasmBuild> {
  const t0 = performance.now();
  const source = await bundle();
  const wit = await readFile(WIT, "utf8");
  const tools = `componentize-js ${await version("@bytecodealliance/componentize-js")}, jco ${await version("@bytecodealliance/jco")}`;
  const inputs = sha256(JSON.stringify({ source, wit, tools, disabled: DISABLED }));
  const t1 = performance.now();

  const [stamp, existing, checksum, core] = await Promise.all([readOrNull(STAMP), readOrNull(WASM), readOrNull(CHECKSUM), readOrNull(join(JS_DIR, "ereceipt-simulator.core.wasm"))]);
  if (!force && existing && core && stamp?.toString() === inputs && checksum?.toString().startsWith(`${sha256(existing)}  `)) {
    return { built: false, ...(await measure(existing)), ms: { bundle: t1 - t0, componentize: 0, transpile: 0 } };
  }

  const work = await mkdtemp(join(tmpdir(), "ereceipt-wasm-"));
  try {
    const sourcePath = join(work, "simulator.js");
    await writeFile(sourcePath, source);
    const { component } = await componentize({ sourcePath, witPath: WIT, worldName: "simulator", disableFeatures: [...DISABLED] });
    const t2 = performance.now();
    const { files } = await transpile(component, { name: "ereceipt-simulator", instantiation: "async", noTypescript: false, quiet: true });
    const t3 = performance.now();

    await rm(JS_DIR, { recursive: true, force: true });
    await mkdir(JS_DIR, { recursive: true });
    for (const [name, data] of Object.entries(files)) await writeFile(join(JS_DIR, name), data);
    const measured = await measure(component);
    await writeFile(WASM, component);
    await writeFile(CHECKSUM, `${measured.sha256}  ereceipt-simulator.wasm\n`);
    await writeFile(STAMP, inputs);
    return { built: true, ...measured, ms: { bundle: t1 - t0, componentize: t2 - t1, transpile: t3 - t2 } };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await buildWasm(process.argv.includes("--force"));
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `${result.built ? "built" : "up to date:"} dist/ereceipt-simulator.wasm ${mb(result.bytes)} (gzip ${mb(result.gzipBytes)}), sha256 ${result.sha256}\n` +
      `bundle ${s(result.ms.bundle)}, componentize ${s(result.ms.componentize)}, jco transpile ${s(result.ms.transpile)}`,
  );
}
