/**
 * Deno host for the conformance test: loads the jco-transpiled component from the folder given
 * as the first argument, runs the vectors and prints each answer, one JSON string per line.
 */
import { runVectors, type SimulatorApi } from "./wasm-vectors";

declare const Deno: { args: string[]; readFile(path: string): Promise<Uint8Array<ArrayBuffer>> };
type Instantiate = (getCoreModule: (path: string) => WebAssembly.Module, imports: object) => Promise<SimulatorApi>;

const dir = Deno.args[0];
if (!dir) throw new Error("usage: wasm-deno.ts <folder of ereceipt-simulator.js>");
const { instantiate } = (await import(`file://${dir}/ereceipt-simulator.js`)) as { instantiate: Instantiate };
const core = await WebAssembly.compile(await Deno.readFile(`${dir}/ereceipt-simulator.core.wasm`));
const steps = await runVectors(await instantiate(() => core, {}));
console.log(steps.map((s) => JSON.stringify(s.output)).join("\n"));
