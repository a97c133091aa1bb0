/**
 * One Durable Object per fiscal device: its operations run here one after another, so two tills'
 * retries or a burst of requests can never race for a number. The device's state (counters,
 * chain head, operator queue) lives in this object's own storage, so fiscalizing holds the device
 * for a local transaction, not for D1 round trips. Documents that must reach D1 with the device's
 * step are kept here until they land; the alarm retries them. D1's keys and triggers stay the
 * last line of defence (see migrations/0001).
 */
import { DurableObject } from "cloudflare:workers";
import type { RawStatement } from "../db/database";
import type { FullDeviceState, DeviceState, SaleRequest } from "../simulator";
import type { TerminalContext } from "../worker/auth";
import { workerPorts, type Env } from "../worker/env";
import type { DeviceOp, DeviceOpResults, DeviceStore, Ports, SaleResult } from "../worker/ports";
import { capture, type RpcResult } from "../worker/rpc-result";
import { freshDeviceRow, fiscalSale, stateFromRow } from "../worker/services/device";
import { applyDeviceOp } from "../worker/services/device-gate";

const SALE_KEPT_MS = 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

export class FiscalDevice extends DurableObject<Env> {
  private queue: Promise<unknown> = Promise.resolve();
  private ports: Ports | undefined;
  private state: DeviceState | undefined;
  private pendingSeq = 0;
  private pruneAsked = false;

  /** The Worker's ports, with this object's storage as the device store. */
  private get own(): Ports {
    this.ports ??= { ...workerPorts(this.env), deviceStore: this.store() };
    return this.ports;
  }

  private serial<T>(step: (ports: Ports) => Promise<T>): Promise<RpcResult<T>> {
    const ports = this.own;
    const run = this.queue.then(() => capture(() => step(ports)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  apply(op: DeviceOp): Promise<RpcResult<DeviceOpResults[DeviceOp["kind"]]>> {
    return this.serial((ports) => applyDeviceOp(ports, op));
  }

  /** The receipt's session writes the issued receipt itself; the document is durable here first. */
  sale(terminal: TerminalContext, receiptId: string, request: SaleRequest): Promise<RpcResult<SaleResult>> {
    return this.serial(async (ports) => (await fiscalSale(ports, terminal, receiptId, request, () => [])).result);
  }

  private store(): DeviceStore {
    const { storage } = this.ctx;
    return {
      load: async (deviceId) => {
        if (this.state) return this.state;
        const stored = await storage.get<FullDeviceState>("state");
        if (stored) return (this.state = stored);
        // First use here: the device starts from its row (where its state lived before it had an object).
        const row = await freshDeviceRow(this.own, deviceId);
        return row ? stateFromRow(row) : null;
      },
      commit: async (_deviceId, next, statements, sale) => {
        const entries: Record<string, unknown> = { state: next };
        if (statements.length > 0) entries[`pending:${Date.now().toString().padStart(15, "0")}:${String(++this.pendingSeq).padStart(6, "0")}`] = statements;
        if (sale) entries[`sale:${sale.receiptId}`] = sale.result;
        await storage.put(entries);
        this.state = next;
        if (sale && !this.pruneAsked) {
          this.pruneAsked = true;
          if ((await storage.getAlarm()) === null) await storage.setAlarm(Date.now() + PRUNE_EVERY_MS);
        }
        if (statements.length > 0) await this.flush();
      },
      sale: async (_deviceId, receiptId) => (await storage.get<SaleResult>(`sale:${receiptId}`)) ?? null,
    };
  }

  /**
   * Writes what is pending, oldest first. A retry whose first attempt landed after all is refused
   * by D1's keys (the document number or message id exists): that write is done.
   */
  private async flush(): Promise<boolean> {
    const pending = await this.ctx.storage.list<RawStatement[]>({ prefix: "pending:" });
    for (const [key, statements] of pending) {
      try {
        await this.own.database.batchRaw(statements);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!/UNIQUE constraint|PRIMARY KEY/.test(message)) {
          this.own.log.warn("device.write_failed", { error: message });
          await this.ctx.storage.setAlarm(Date.now() + this.own.config.retryBaseMs);
          return false;
        }
      }
      await this.ctx.storage.delete(key);
    }
    return true;
  }

  /** Retries pending writes and forgets sales old enough that no finalize can still ask for them. */
  override async alarm(): Promise<void> {
    if (!(await this.flush())) return;
    const sales = await this.ctx.storage.list<SaleResult>({ prefix: "sale:" });
    const before = new Date(Date.now() - SALE_KEPT_MS).toISOString();
    const old = [...sales].filter(([, sale]) => sale.document.issuedAt < before).map(([key]) => key);
    for (let i = 0; i < old.length; i += 128) await this.ctx.storage.delete(old.slice(i, i + 128));
    if (sales.size > old.length) await this.ctx.storage.setAlarm(Date.now() + PRUNE_EVERY_MS);
  }
}
