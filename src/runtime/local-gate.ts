/** In-process StatusGate: one queue per fiscal device, as the FiscalDevice Durable Object does on Workers. */
import type { Ports, StatusGate } from "../worker/ports";
import { applyStatusChange } from "../worker/services/status";

export function localGate(ports: () => Ports): StatusGate {
  const queues = new Map<string, Promise<unknown>>();
  return {
    run(deviceId, change) {
      const previous = queues.get(deviceId) ?? Promise.resolve();
      const run = previous.then(() => applyStatusChange(ports(), change));
      const settled = run.catch(() => undefined);
      queues.set(deviceId, settled);
      void settled.then(() => {
        if (queues.get(deviceId) === settled) queues.delete(deviceId);
      });
      return run;
    },
  };
}
