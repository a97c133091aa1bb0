/** GET /demo (dev mode only): the demo till, the customer display and the customer's phone side by side. */
import type { Hono } from "hono";
import { DomainError } from "../../core/errors";
import { demoPage } from "../../render/demo-page";
import type { AppEnv } from "../app";
import type { Ports } from "../ports";

export function demoRoutes(app: Hono<AppEnv>, ports: Ports): void {
  app.get("/demo", (c) => {
    if (!ports.config.devMode) throw new DomainError("not_found", "no-route", "Not found", "The demo till exists only in dev mode.");
    return c.html(demoPage(), 200, { "cache-control": "no-store", "x-robots-tag": "noindex" });
  });
}
