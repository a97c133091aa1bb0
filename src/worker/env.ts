/** The Workers host: bindings -> ports. Used by the fetch/scheduled entry and by the Durable Objects. */
import { drizzle } from "drizzle-orm/d1";
import { DomainError } from "../core/errors";
import type { Database } from "../db/database";
import * as schema from "../db/schema";
import type { FiscalDevice, GateResult } from "../durable/fiscal-device";
import type { ReceiptSession } from "../durable/receipt-session";
import { bindingRateLimiter, workerClientAddress, type RateLimitBindings } from "./binding-rate-limiter";
import { adminTokenFrom, configFrom, type ConfigEnv } from "./config";
import { jsonLogger } from "./log";
import type { DeviceOp, DeviceOpResults, Ports } from "./ports";
import { httpEmail, httpSms } from "./providers/http";
import { r2Blobs } from "./r2-blobs";

export interface Env extends ConfigEnv, RateLimitBindings {
  DB: D1Database;
  PDFS: R2Bucket;
  RECEIPT_SESSION: DurableObjectNamespace<ReceiptSession>;
  FISCAL_DEVICE: DurableObjectNamespace<FiscalDevice>;
  DEMO_SEED?: string;
  DEMO_TERMINAL_KEY?: string;
  LOG_LEVEL?: string;
}

export function d1Database(d1: D1Database): Database {
  const db = drizzle(d1, { schema });
  return {
    db,
    async batch(statements) {
      await db.batch(statements);
    },
  };
}

export const isDemo = (env: Env) => env.DEMO_SEED === "true";

/** Rebuilds a DomainError that crossed the Durable Object RPC boundary as plain data. */
export function unwrapGate(result: GateResult): DeviceOpResults[DeviceOp["kind"]] {
  if (result.ok) return result.result;
  const { kind, code, title, detail, errors } = result.problem;
  throw new DomainError(kind, code, title, detail, errors);
}

export function workerPorts(env: Env): Ports {
  return {
    database: d1Database(env.DB),
    blobs: r2Blobs(env.PDFS),
    coordinator: {
      async publish(receiptId, message) {
        await env.RECEIPT_SESSION.get(env.RECEIPT_SESSION.idFromName(receiptId)).publish(message);
      },
      connect(receiptId, request) {
        return env.RECEIPT_SESSION.get(env.RECEIPT_SESSION.idFromName(receiptId)).fetch(request);
      },
      async wake(receiptId, at) {
        await env.RECEIPT_SESSION.get(env.RECEIPT_SESSION.idFromName(receiptId)).wake(receiptId, at.getTime());
      },
    },
    gate: {
      async run<O extends DeviceOp>(deviceId: string, op: O) {
        const result = (await env.FISCAL_DEVICE.get(env.FISCAL_DEVICE.idFromName(deviceId)).apply(op)) as GateResult;
        return unwrapGate(result) as DeviceOpResults[O["kind"]];
      },
    },
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
