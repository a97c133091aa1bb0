/** Rate limits on Workers: the platform's rate-limiting bindings (wrangler.toml [[ratelimits]]). */
import type { Context } from "hono";
import { RATE_LIMITS, type RateBucket, type RateLimiter } from "./ops-ports";

export type RateLimitBindings = Record<"TOKEN_KEY_LIMITER" | "TOKEN_ADDRESS_LIMITER" | "CUSTOMER_PAGE_LIMITER" | "OPEN_RECEIPT_LIMITER", RateLimit>;

export const RATE_BINDINGS: Record<RateBucket, keyof RateLimitBindings> = {
  token_per_key: "TOKEN_KEY_LIMITER",
  token_per_address: "TOKEN_ADDRESS_LIMITER",
  customer_page_per_address: "CUSTOMER_PAGE_LIMITER",
  open_receipt_per_terminal: "OPEN_RECEIPT_LIMITER",
};

export function bindingRateLimiter(env: RateLimitBindings): RateLimiter {
  return {
    async take(bucket, key) {
      const { success } = await env[RATE_BINDINGS[bucket]].limit({ key });
      // The binding does not say when its window ends: the whole period is the honest upper bound.
      return { allowed: success, retryAfterSeconds: success ? 0 : RATE_LIMITS[bucket].periodSeconds };
    },
  };
}

/** Cloudflare sets CF-Connecting-IP on every request from the internet. */
export const workerClientAddress = (c: Context): string | null => c.req.header("cf-connecting-ip") ?? null;
