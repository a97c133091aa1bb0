/**
 * What the operations features need from a host beside the core ports: the admin credential, a
 * rate limiter (the platform's rate-limiting binding on Workers, in-process on Deno/Node) and the
 * client's address as the host knows it.
 */
import type { Context } from "hono";

/** What is limited, each with its own budget per window (RATE_LIMITS). */
export type RateBucket = "token_per_key" | "token_per_address" | "customer_page_per_address" | "open_receipt_per_terminal";

export interface RateLimit {
  limit: number;
  periodSeconds: number;
}

/** The same budgets on every host; wrangler.toml's [[ratelimits]] repeat them for Workers. */
export const RATE_LIMITS: Record<RateBucket, RateLimit> = {
  token_per_key: { limit: 60, periodSeconds: 60 },
  token_per_address: { limit: 300, periodSeconds: 60 },
  customer_page_per_address: { limit: 300, periodSeconds: 60 },
  open_receipt_per_terminal: { limit: 600, periodSeconds: 60 },
};

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until a request in this bucket may pass again (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(bucket: RateBucket, key: string): Promise<RateDecision>;
}

export interface OpsPorts {
  /** The admin API's bearer secret (env ADMIN_TOKEN); null turns the admin API off. */
  adminToken: string | null;
  limiter: RateLimiter;
  /** The client's IP address, or null where the host cannot tell (then per-address limits do not apply). */
  clientAddress(c: Context): string | null;
}
