// The simulator as one .wasm: the same vectors through the TypeScript simulator and through the
// component in Node, Deno and workerd must give the same bytes. Builds the component first when
// dist/ lacks it or it is older than its sources (npm run build:wasm, ~30 s).
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWasm, CHECKSUM, JS_DIR, WASM, type WasmBuild } from "../../scripts/build-wasm";
import * as reference from "../../wasm/api";
import { DENO, freePort } from "../support/services";
import { coreAbiApi } from "../support/wasm-core-abi";
import { outcome, runVectors, type SimulatorApi, type SimulatorFunction, type Step } from "../support/wasm-vectors";

const root = fileURLToPath(new URL("../..", import.meta.url));
const CORE = join(JS_DIR, "ereceipt-simulator.core.wasm");
// The project's pinned Deno ("--yes", "deno@x.y.z"), without its server's flags and entry.
const DENO_CLI = DENO.slice(0, 2);
type Instantiate = (getCoreModule: (path: string) => WebAssembly.Module, imports: object) => Promise<SimulatorApi>;

let wasm: WasmBuild;
let expected: Step[];

beforeAll(async () => {
  wasm = await buildWasm();
  console.log(
    `component: ${wasm.built ? "built" : "up to date"}, ${(wasm.bytes / 2 ** 20).toFixed(1)} MiB raw, ${(wasm.gzipBytes / 2 ** 20).toFixed(1)} MiB gzip` +
      (wasm.built ? `, componentize ${(wasm.ms.componentize / 1000).toFixed(1)} s + jco ${(wasm.ms.transpile / 1000).toFixed(1)} s` : ""),
  );
  expected = await runVectors(reference);
}, 600_000);

/** The first step whose answer differs, told so a failure shows where and how. */
function firstDifference(outputs: string[]): string | null {
  if (outputs.length !== expected.length) return `${outputs.length} answers, expected ${expected.length}`;
  const at = expected.findIndex((step, i) => step.output !== outputs[i]);
  const step = expected[at];
  if (!step) return null;
  const actual = outputs[at] ?? "";
  let c = 0;
  while (step.output[c] === actual[c]) c++;
  const around = (text: string) => text.slice(Math.max(0, c - 60), c + 140);
  return `step ${at} "${step.label}" (${step.call}), from character ${c}:\n  TypeScript: ${around(step.output)}\n  wasm:       ${around(actual)}`;
}

async function nodeInstance(): Promise<SimulatorApi> {
  const { instantiate } = (await import(join(JS_DIR, "ereceipt-simulator.js"))) as { instantiate: Instantiate };
  const core = await WebAssembly.compile(await readFile(CORE));
  return instantiate(() => core, {});
}

describe("the simulator as one WebAssembly component", () => {
  it("the vectors show what they are there to show (TypeScript simulator)", () => {
    const shown = expected.map((step) => ({ label: step.label, outcome: outcome(step), expect: step.expect }));
    expect(shown.filter((s) => !s.expect.includes(s.outcome))).toEqual([]);
    const calls = new Set(expected.map((s) => s.call));
    expect([...calls].sort()).toEqual(["copy", "fault", "fiscalize", "newDevice", "nonReceipt", "report", "verify"]);
  });

  it("is a pure component: no imports, checksum beside it", async () => {
    const component = await readFile(WASM);
    expect((await readFile(CHECKSUM, "utf8")).trim()).toBe(`${wasm.sha256}  ereceipt-simulator.wasm`);
    expect(component.length).toBe(wasm.bytes);
    expect(WebAssembly.Module.imports(await WebAssembly.compile(await readFile(CORE)))).toEqual([]);
  });

  it("Node: the component answers every vector with the TypeScript simulator's bytes", async () => {
    const sim = await nodeInstance();
    const fiscalizeMs: number[] = [];
    const timed: SimulatorApi = { ...sim };
    for (const name of Object.keys(sim) as SimulatorFunction[]) {
      timed[name] = async (input) => {
        const t = performance.now();
        const output = await sim[name](input);
        if (name === "fiscalize") fiscalizeMs.push(performance.now() - t);
        return output;
      };
    }
    const steps = await runVectors(timed);
    expect(firstDifference(steps.map((s) => s.output))).toBeNull();
    const sorted = [...fiscalizeMs].sort((a, b) => a - b);
    console.log(`Node: ${sorted.length} fiscalize calls, median ${sorted[sorted.length >> 1]?.toFixed(1)} ms`);
  });

  it("a host without the component model (Chicory, wasmtime's module API): the core module by hand gives the same bytes", async () => {
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(await readFile(CORE)), {});
    const steps = await runVectors(coreAbiApi(instance));
    expect(firstDifference(steps.map((s) => s.output))).toBeNull();
  });

  it("Deno: the same bytes", () => {
    const run = spawnSync("npx", [...DENO_CLI, "run", "--allow-read", "--allow-env=JCO_DEBUG", "--unstable-sloppy-imports", "test/support/wasm-deno.ts", JS_DIR], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 2 ** 20,
      timeout: 300_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const outputs = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as string);
    expect(firstDifference(outputs)).toBeNull();
  });

  it("workerd: the same bytes", async () => {
    // Not the workers vitest pool: it resolves a test's imports before any test runs, and on a fresh
    // clone the component is only built by this file. Miniflare runs the same workerd directly.
    const glue = [
      `import { instantiate } from ${JSON.stringify(join(JS_DIR, "ereceipt-simulator.js"))};`,
      `import core from "./ereceipt-simulator.core.wasm";`,
      `import { conformanceWorker } from ${JSON.stringify(join(root, "test/support/wasm-workerd.ts"))};`,
      `export default conformanceWorker(instantiate, core);`,
    ].join("\n");
    const bundled = await build({ stdin: { contents: glue, resolveDir: JS_DIR, loader: "ts" }, bundle: true, format: "esm", platform: "neutral", write: false, external: ["*.wasm", "node:*"] });
    const mf = new Miniflare({
      port: await freePort(),
      compatibilityDate: "2026-04-20",
      compatibilityFlags: ["nodejs_compat"],
      modulesRoot: JS_DIR,
      modules: [
        { type: "ESModule", path: join(JS_DIR, "worker.js"), contents: bundled.outputFiles[0]?.text ?? "" },
        { type: "CompiledWasm", path: CORE, contents: await readFile(CORE) },
      ],
    });
    try {
      const response = await mf.dispatchFetch("http://localhost/");
      expect(response.status).toBe(200);
      expect(firstDifference((await response.json()) as string[])).toBeNull();
    } finally {
      await mf.dispose();
    }
  });
});
