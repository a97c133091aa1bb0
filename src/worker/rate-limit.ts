/** Rate-limit checks at the edges of the API; an exceeded budget is a 429 problem with Retry-After. */
import type { MiddlewareHandler } from "hono";
import { DomainError } from "../core/errors";
import type { AppEnv } from "./app";
import type { OpsPorts, RateBucket } from "./ops-ports";

const WHAT: Record<RateBucket, string> = {
  token_per_key: "token requests with this API key",
  token_per_address: "token requests from this address",
  customer_page_per_address: "receipt page requests from this address",
  open_receipt_per_terminal: "receipts opened by this terminal",
};

export async function enforce(ops: OpsPorts, bucket: RateBucket, key: string | null): Promise<void> {
  if (key === null) return;
  const decision = await ops.limiter.take(bucket, key);
  if (decision.allowed) return;
  const seconds = String(decision.retryAfterSeconds);
  throw new DomainError("too_many_requests", "rate-limited", "Too many requests", `Too many ${WHAT[bucket]}; retry after ${seconds} s.`, [], { "retry-after": seconds });
}

/** Customer pages (/r/*) per client address. */
export const customerPageLimit = (ops: OpsPorts): MiddlewareHandler<AppEnv> => async (c, next) => {
  await enforce(ops, "customer_page_per_address", ops.clientAddress(c));
  await next();
};

/** POST /v1/receipts per terminal: a till stuck in a loop cannot flood its device's queue. */
export const openReceiptLimit = (ops: OpsPorts): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (c.req.method === "POST" && c.req.path === "/v1/receipts") await enforce(ops, "open_receipt_per_terminal", c.get("terminal").terminalId);
  await next();
};
