/** In-process DeviceGate: one queue per fiscal device, as the FiscalDevice Durable Object does on Workers. */
import type { DeviceGate, Ports } from "../worker/ports";
import { applyDeviceOp } from "../worker/services/device-gate";

export function localGate(ports: () => Ports): DeviceGate {
  const queues = new Map<string, Promise<unknown>>();
  return {
    run(deviceId, op) {
      const previous = queues.get(deviceId) ?? Promise.resolve();
      const run = previous.then(() => applyDeviceOp(ports(), op));
      const settled = run.catch(() => undefined);
      queues.set(deviceId, settled);
      void settled.then(() => {
        if (queues.get(deviceId) === settled) queues.delete(deviceId);
      });
      return run;
    },
  };
}
