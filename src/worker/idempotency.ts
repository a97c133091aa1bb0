/**
 * Idempotency-Key with Stripe's semantics: the same key and request replays the first answer byte
 * for byte; the same key with another request is 422; a duplicate still in flight is 409.
 * Requests are compared as parsed JSON, so key order and whitespace do not matter; which answers
 * are kept is in kept-answers.ts. A claim whose request died with its host lapses after a lease.
 * An open receipt's commands keep their answers in the receipt's session, not in the database.
 */
import { and, eq, lt } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { DomainError } from "../core/errors";
import { idempotencyKeys } from "../db/schema";
import { canonicalJson, type JsonValue } from "../simulator";
import type { TerminalContext } from "./auth";
import { sha256Hex } from "./ids";
import type { Ports } from "./ports";
import { keptAnswer } from "./kept-answers";
import type { IdempotencyClaim } from "./session/commands";

const KEY = /^[\x21-\x7e]{1,255}$/;
/** Commands answered by the receipt's session. */
const SESSION_PATH = /^\/v1\/receipts\/[^/]+\/(lines(\/[^/]+)?|payments(\/[^/]+\/confirm)?|finalize|cancel)$/;
export const IN_FLIGHT_LEASE_MS = 60_000;


export async function fingerprintOf(method: string, url: URL, body: string): Promise<string> {
  let normalized = body;
  try {
    if (body !== "") normalized = canonicalJson(JSON.parse(body) as JsonValue);
  } catch {
    // Not JSON: the request is refused later; its bytes are what it asked.
  }
  return sha256Hex(`${method} ${url.pathname}${url.search}\n${normalized}`);
}

type Env = { Variables: { terminal: TerminalContext; idempotency: IdempotencyClaim | undefined } };

export function idempotency(ports: Ports): MiddlewareHandler<Env> {
  return async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (key === undefined || c.req.method === "GET") return next();
    if (!KEY.test(key)) {
      throw new DomainError("bad_request", "idempotency-key", "Invalid Idempotency-Key", "Idempotency-Key must be 1-255 visible ASCII characters.");
    }
    const url = new URL(c.req.url);
    const fingerprint = await fingerprintOf(c.req.method, url, await c.req.text());
    if (SESSION_PATH.test(url.pathname)) {
      c.set("idempotency", { key, fingerprint });
      return next();
    }
    const { db } = ports.database;
    const terminalId = c.get("terminal").terminalId;
    const now = ports.clock();
    const where = and(eq(idempotencyKeys.terminalId, terminalId), eq(idempotencyKeys.key, key));
    const claim = () =>
      db.insert(idempotencyKeys).values({ terminalId, key, fingerprint, state: "in_flight", createdAt: now.toISOString() }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
    if ((await claim()).length === 0) {
      const first = await db.select().from(idempotencyKeys).where(where).get();
      if (first && first.fingerprint !== fingerprint) {
        throw new DomainError("unprocessable", "idempotency-mismatch", "Idempotency-Key reused", "This Idempotency-Key was used with a different request; use a new key for a new request.");
      }
      if (first?.state === "done") {
        return new Response(first.body, { status: first.status ?? 200, headers: { "content-type": first.contentType ?? "application/json", "idempotent-replayed": "true" } });
      }
      // A claim older than the lease belongs to a request that died with its host: take it over.
      const lapsed = new Date(now.getTime() - IN_FLIGHT_LEASE_MS).toISOString();
      const taken = await db
        .update(idempotencyKeys)
        .set({ createdAt: now.toISOString() })
        .where(and(where, eq(idempotencyKeys.state, "in_flight"), lt(idempotencyKeys.createdAt, lapsed)))
        .returning({ key: idempotencyKeys.key });
      if (taken.length === 0) {
        throw new DomainError("conflict", "idempotency-in-flight", "Request in progress", "A request with this Idempotency-Key is still being processed; retry shortly.");
      }
    }
    await next();
    if (!keptAnswer(c.res.status)) {
      await db.delete(idempotencyKeys).where(where);
      return;
    }
    const body = await c.res.clone().text();
    await db.update(idempotencyKeys).set({ state: "done", status: c.res.status, contentType: c.res.headers.get("content-type"), body }).where(where);
  };
}
