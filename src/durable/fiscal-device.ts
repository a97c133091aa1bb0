/**
 * One Durable Object per fiscal device: finalize and cancel of that device's receipts run here one
 * after another, so two tills' retries or a burst of requests can never race for a number.
 * The database's keys and triggers stay the last line of defence (see migrations/0001).
 */
import { DurableObject } from "cloudflare:workers";
import { DomainError, type FieldProblem, type ProblemKind } from "../core/errors";
import { workerPorts, type Env } from "../worker/env";
import type { DeviceOp, DeviceOpResults, Ports } from "../worker/ports";
import { applyDeviceOp } from "../worker/services/device-gate";

export type GateResult =
  | { ok: true; result: DeviceOpResults[DeviceOp["kind"]] }
  | { ok: false; problem: { kind: ProblemKind; code: string; title: string; detail: string; errors: FieldProblem[] } };

export class FiscalDevice extends DurableObject<Env> {
  private queue: Promise<unknown> = Promise.resolve();
  private ports: Ports | undefined;

  async apply(op: DeviceOp): Promise<GateResult> {
    this.ports ??= workerPorts(this.env);
    const ports = this.ports;
    const run = this.queue.then(() => applyDeviceOp(ports, op));
    this.queue = run.catch(() => undefined);
    try {
      return { ok: true, result: await run };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const { kind, code, title, detail, errors } = error;
      return { ok: false, problem: { kind, code, title, detail, errors } };
    }
  }
}
