/** The customer display's page: no auth, the 256-bit token in the link is the capability. */
import type { Hono } from "hono";
import { displayNotFoundPage, displayPage } from "../../render/display-page";
import type { AppEnv } from "../app";
import type { Ports } from "../ports";
import { terminalOfDisplay } from "../services/displays";

const headers = { "cache-control": "no-store", "referrer-policy": "no-referrer", "x-robots-tag": "noindex" };

export function displayRoutes(app: Hono<AppEnv>, ports: Ports): void {
  app.get("/display/:token", async (c) => {
    const terminalId = await terminalOfDisplay(ports, c.req.param("token"));
    if (!terminalId) return c.html(displayNotFoundPage(), 404, headers);
    return c.html(displayPage(await ports.displays.current(terminalId), ports.clock()), 200, headers);
  });

  app.get("/display/:token/events", async (c) => {
    const terminalId = await terminalOfDisplay(ports, c.req.param("token"));
    if (!terminalId) return c.html(displayNotFoundPage(), 404, headers);
    return ports.displays.connect(terminalId, c.req.raw);
  });
}
