/**
 * Idempotency-Key with Stripe's semantics: the same key and request replays the first answer byte
 * for byte; the same key with another request is 422; a duplicate still in flight is 409.
 * Server errors are not kept, so a retry after one runs again.
 */
import { and, eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { DomainError } from "../core/errors";
import { idempotencyKeys } from "../db/schema";
import type { TerminalContext } from "./auth";
import { sha256Hex } from "./ids";
import type { Ports } from "./ports";

const KEY = /^[\x21-\x7e]{1,255}$/;

export function idempotency(ports: Ports): MiddlewareHandler<{ Variables: { terminal: TerminalContext } }> {
  return async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (key === undefined || c.req.method === "GET") return next();
    if (!KEY.test(key)) {
      throw new DomainError("bad_request", "idempotency-key", "Invalid Idempotency-Key", "Idempotency-Key must be 1-255 visible ASCII characters.");
    }
    const { db } = ports.database;
    const terminalId = c.get("terminal").terminalId;
    const url = new URL(c.req.url);
    const fingerprint = await sha256Hex(`${c.req.method} ${url.pathname}${url.search}\n${await c.req.text()}`);
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ terminalId, key, fingerprint, state: "in_flight", createdAt: ports.clock().toISOString() })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    const where = and(eq(idempotencyKeys.terminalId, terminalId), eq(idempotencyKeys.key, key));
    if (claimed.length === 0) {
      const first = await db.select().from(idempotencyKeys).where(where).get();
      if (!first) throw new DomainError("conflict", "idempotency-in-flight", "Request in progress", "Retry in a moment.");
      if (first.fingerprint !== fingerprint) {
        throw new DomainError("unprocessable", "idempotency-mismatch", "Idempotency-Key reused", "This Idempotency-Key was used with a different request; use a new key for a new request.");
      }
      if (first.state === "in_flight") {
        throw new DomainError("conflict", "idempotency-in-flight", "Request in progress", "A request with this Idempotency-Key is still being processed; retry shortly.");
      }
      return new Response(first.body, {
        status: first.status ?? 200,
        headers: { "content-type": first.contentType ?? "application/json", "idempotent-replayed": "true" },
      });
    }
    await next();
    if (c.res.status >= 500) {
      await db.delete(idempotencyKeys).where(where);
      return;
    }
    const body = await c.res.clone().text();
    await db
      .update(idempotencyKeys)
      .set({ state: "done", status: c.res.status, contentType: c.res.headers.get("content-type"), body })
      .where(where);
  };
}
