/** GET /docs: the interactive API reference, rendered in the browser from this service's /openapi.json. */
import { Scalar } from "@scalar/hono-api-reference";
import type { Hono } from "hono";
import type { AppEnv } from "../app";

export function referenceRoutes(app: Hono<AppEnv>): void {
  app.get("/docs", Scalar({ url: "/openapi.json", pageTitle: "eReceipt Edge API reference" }));
}
