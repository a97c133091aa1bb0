/** workerd host for the conformance test: a Worker that runs the vectors through the component and answers with the transcript. */
import { runVectors, type SimulatorApi } from "./wasm-vectors";

type Instantiate = (getCoreModule: (path: string) => WebAssembly.Module, imports: object) => Promise<SimulatorApi>;

export function conformanceWorker(instantiate: Instantiate, core: WebAssembly.Module) {
  return {
    async fetch(): Promise<Response> {
      const steps = await runVectors(await instantiate(() => core, {}));
      return Response.json(steps.map((s) => s.output));
    },
  };
}
