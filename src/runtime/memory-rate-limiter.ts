/** Rate limits in process on Deno/Node: a fixed window per bucket and key, like the Workers binding. */
import type { Context } from "hono";
import { RATE_LIMITS, type RateLimiter } from "../worker/ops-ports";

const SWEEP_AT = 10_000;

export function memoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { endsAt: number; count: number }>();
  return {
    async take(bucket, key) {
      const { limit, periodSeconds } = RATE_LIMITS[bucket];
      const at = now();
      if (windows.size >= SWEEP_AT) for (const [k, w] of windows) if (w.endsAt <= at) windows.delete(k);
      const id = `${bucket}\u0000${key}`;
      let window = windows.get(id);
      if (!window || window.endsAt <= at) {
        window = { endsAt: at + periodSeconds * 1000, count: 0 };
        windows.set(id, window);
      }
      window.count += 1;
      if (window.count <= limit) return { allowed: true, retryAfterSeconds: 0 };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - at) / 1000)) };
    },
  };
}

/**
 * The peer address: @hono/node-server passes the socket, Deno.serve the connection info. Behind
 * one reverse proxy (TRUST_PROXY=true) it is the last X-Forwarded-For entry, the one the proxy
 * added; entries before it are the client's own claims.
 */
export function localClientAddress(trustProxy: boolean): (c: Context) => string | null {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } }; remoteAddr?: { hostname?: string } } | undefined;
    return env?.incoming?.socket?.remoteAddress ?? env?.remoteAddr?.hostname ?? null;
  };
}
