/** The Workers host: bindings -> ports. Used by the fetch/scheduled entry and by the Durable Objects. */
import { drizzle } from "drizzle-orm/d1";
import type { Database } from "../db/database";
import * as schema from "../db/schema";
import type { FiscalDevice } from "../durable/fiscal-device";
import type { ReceiptSession } from "../durable/receipt-session";
import { bindingRateLimiter, workerClientAddress, type RateLimitBindings } from "./binding-rate-limiter";
import type { TerminalDisplay } from "../durable/terminal-display";
import { adminTokenFrom, configFrom, type ConfigEnv } from "./config";
import { jsonLogger } from "./log";
import type { DeviceOp, DeviceOpResults, DeviceStore, Ports } from "./ports";
import { httpEmail, httpSms } from "./providers/http";
import { r2Blobs } from "./r2-blobs";
import { unwrap } from "./rpc-result";

export interface Env extends ConfigEnv, RateLimitBindings {
  DB: D1Database;
  PDFS: R2Bucket;
  RECEIPT_SESSION: DurableObjectNamespace<ReceiptSession>;
  FISCAL_DEVICE: DurableObjectNamespace<FiscalDevice>;
  TERMINAL_DISPLAY: DurableObjectNamespace<TerminalDisplay>;
  DEMO_SEED?: string;
  DEMO_TERMINAL_KEY?: string;
  LOG_LEVEL?: string;
}

/**
 * D1 round trips made by this isolate, read by the benchmark and tests to count calls per receipt;
 * `failBatches` makes the next batches fail as an unreachable D1 would (tests only).
 */
export const d1Calls = { count: 0, failBatches: 0 };

export function d1Database(d1: D1Database): Database {
  const counted = countCalls(d1);
  const db = drizzle(counted, { schema });
  return {
    db,
    async batch(statements) {
      await db.batch(statements);
    },
    calls: () => d1Calls.count,
    async batchRaw(statements) {
      if (statements.length === 0) return;
      await counted.batch(statements.map(({ sql, params }) => d1.prepare(sql).bind(...params)));
    },
  };
}

/** Counts every round trip to D1 (a statement run, or one batch). */
function countCalls(d1: D1Database): D1Database {
  const statement = (prepared: D1PreparedStatement): D1PreparedStatement =>
    new Proxy(prepared, {
      get(target, property, receiver) {
        if (property === "bind") return (...values: unknown[]) => statement(target.bind(...values));
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        if (property === "first" || property === "all" || property === "run" || property === "raw") {
          return (...args: unknown[]) => {
            d1Calls.count++;
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (value as (...a: unknown[]) => unknown).bind(target);
      },
    });
  return new Proxy(d1, {
    get(target, property, receiver) {
      if (property === "prepare") return (query: string) => statement(target.prepare(query));
      if (property === "batch") {
        return (statements: D1PreparedStatement[]) => {
          d1Calls.count++;
          if (d1Calls.failBatches > 0) {
            d1Calls.failBatches--;
            return Promise.reject(new Error("D1_ERROR: simulated outage"));
          }
          return target.batch(statements);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export const isDemo = (env: Env) => env.DEMO_SEED === "true";

const stub = <T extends Rpc.DurableObjectBranded>(namespace: DurableObjectNamespace<T>, name: string) => namespace.get(namespace.idFromName(name));

export function workerPorts(env: Env): Ports {
  const database = d1Database(env.DB);
  return {
    database,
    blobs: r2Blobs(env.PDFS),
    sessions: {
      run: (receiptId, command, claim) => stub(env.RECEIPT_SESSION, receiptId).run(receiptId, command, claim),
      view: (receiptId, token, visit) => stub(env.RECEIPT_SESSION, receiptId).view(receiptId, token, visit),
      connect: (receiptId, request) => stub(env.RECEIPT_SESSION, receiptId).fetch(request),
      async wake(receiptId, at) {
        await stub(env.RECEIPT_SESSION, receiptId).wake(receiptId, at.getTime());
      },
    },
    displays: {
      show: (terminalId, update) => stub(env.TERMINAL_DISPLAY, terminalId).show(update),
      current: (terminalId) => stub(env.TERMINAL_DISPLAY, terminalId).current(),
      connect: (terminalId, request) => stub(env.TERMINAL_DISPLAY, terminalId).fetch(request),
      revoke: (terminalId) => stub(env.TERMINAL_DISPLAY, terminalId).revoke(),
    },
    gate: {
      async run<O extends DeviceOp>(deviceId: string, op: O) {
        return unwrap(await stub(env.FISCAL_DEVICE, deviceId).apply(op)) as DeviceOpResults[O["kind"]];
      },
      async sale(terminal, receiptId, request, write) {
        const result = unwrap(await stub(env.FISCAL_DEVICE, terminal.deviceId).sale(terminal, receiptId, request));
        return { document: result.document, written: false, statements: write(result) };
      },
    },
    deviceStore: heldByTheDevice,
    messengers: { sms: httpSms(env), email: httpEmail(env) },
    clock: () => new Date(),
    random: (n) => crypto.getRandomValues(new Uint8Array(n)),
    config: configFrom(env, isDemo(env)),
    log: jsonLogger(undefined, env.LOG_LEVEL === "warn"),
    adminToken: adminTokenFrom(env, isDemo(env)),
    limiter: bindingRateLimiter(env),
    clientAddress: workerClientAddress,
  };
}

/** Outside a FiscalDevice object there is no device state to touch: it lives in the object. */
const heldByTheDevice: DeviceStore = {
  load: () => Promise.reject(new Error("device state is held by its FiscalDevice object")),
  commit: () => Promise.reject(new Error("device state is held by its FiscalDevice object")),
  sale: () => Promise.reject(new Error("device state is held by its FiscalDevice object")),
};
