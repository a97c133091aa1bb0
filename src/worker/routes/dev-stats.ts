/** GET /dev/stats (dev mode only): counters the benchmark reads, e.g. database round trips so far. */
import type { Hono } from "hono";
import { DomainError } from "../../core/errors";
import type { AppEnv } from "../app";
import type { Ports } from "../ports";

export function devStatsRoutes(app: Hono<AppEnv>, ports: Ports): void {
  app.get("/dev/stats", (c) => {
    if (!ports.config.devMode) throw new DomainError("not_found", "no-route", "Not found", "Stats exist only in dev mode.");
    return c.json({ database_calls: ports.database.calls?.() ?? null });
  });
}
