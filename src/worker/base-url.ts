import type { Context } from "hono";
import type { Ports } from "./ports";

/** Customer links must be absolute: the configured public origin, else the request's own. */
export const baseUrlOf = (c: Context, ports: Ports): string =>
  (ports.config.publicBaseUrl || new URL(c.req.url).origin).replace(/\/$/, "");
