/**
 * Calls the component's core module as a host without the component model does (the JVM's
 * Chicory, wasmtime's plain module API): strings go in and out through the canonical ABI by hand.
 * docs/wasm.md describes the same steps for those hosts.
 */
import type { SimulatorApi, SimulatorFunction } from "./wasm-vectors";

const EXPORTS: Record<SimulatorFunction, string> = {
  newDevice: "new-device",
  fiscalize: "fiscalize",
  copy: "copy",
  nonReceipt: "non-receipt",
  report: "report",
  fault: "fault",
  verify: "verify",
};

export function coreAbiApi(instance: WebAssembly.Instance): SimulatorApi {
  const memory = instance.exports.memory as WebAssembly.Memory;
  const fn = (name: string) => {
    const f = instance.exports[name];
    if (typeof f !== "function") throw new Error(`the core module exports no function ${name}`);
    return f as (...args: number[]) => number;
  };
  const call = (name: string) => (input: string) => {
    const bytes = new TextEncoder().encode(input);
    // cabi_realloc(old pointer, old size, alignment, new size) allocates the argument in the module's memory.
    const ptr = fn("cabi_realloc")(0, 0, 1, bytes.length);
    new Uint8Array(memory.buffer, ptr, bytes.length).set(bytes);
    // The answer is a (pointer, length) pair of little-endian u32s at the returned address.
    const ret = fn(name)(ptr, bytes.length);
    const view = new DataView(memory.buffer);
    const out = new TextDecoder().decode(new Uint8Array(memory.buffer, view.getUint32(ret, true), view.getUint32(ret + 4, true)));
    // Lets the module free the answer.
    fn(`cabi_post_${name}`)(ret);
    return out;
  };
  const api = {} as SimulatorApi;
  for (const [fn, name] of Object.entries(EXPORTS) as [SimulatorFunction, string][]) api[fn] = call(name);
  return api;
}
