/** The one Hono app every host serves: it sees only the ports the host built. */
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { DomainError } from "../core/errors";
import { verifyToken, type TerminalContext } from "./auth";
import { idempotency } from "./idempotency";
import type { Ports } from "./ports";
import { errorToProblem, validationError } from "./problem";
import { authRoutes } from "./routes/auth";
import { customerRoutes } from "./routes/customer";
import { deviceRoutes } from "./routes/devices";
import { devOutboxRoutes } from "./routes/dev-outbox";
import { receiptRoutes } from "./routes/receipts";
import { returnRoutes } from "./routes/returns";
import { verifyRoutes } from "./routes/verify";

export type AppEnv = { Variables: { terminal: TerminalContext } };

export function createApp(ports: Ports) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
  app.onError((error, c) => errorToProblem(error, c, ports.log));
  app.notFound(() => {
    throw new DomainError("not_found", "no-route", "Not found", "No such endpoint; see /openapi.json.");
  });

  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: ports.config.maxBodyBytes,
      onError: () => {
        throw new DomainError("payload_too_large", "payload-too-large", "Request body too large", `Request bodies are limited to ${ports.config.maxBodyBytes} bytes.`);
      },
    }),
  );
  app.use("/v1/*", async (c, next) => {
    if (c.req.path === "/v1/auth/token") return next();
    c.set("terminal", await verifyToken(ports.config.jwtSecret, c.req.header("authorization"), ports.clock()));
    return next();
  });
  // "/v1/receipts/*" matches "/v1/receipts" itself too.
  app.use("/v1/receipts/*", idempotency(ports));
  app.use("/v1/devices/*", idempotency(ports));

  app.get("/healthz", (c) => c.json({ ok: true }));
  authRoutes(app, ports);
  receiptRoutes(app, ports);
  returnRoutes(app, ports);
  deviceRoutes(app, ports);
  customerRoutes(app, ports);
  devOutboxRoutes(app, ports);
  verifyRoutes(app, ports);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", bearerFormat: "JWT" });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "eReceipt Edge", version: "1.0.0", description: "POS tills -> fiscalized receipts -> the customer's phone. See API.md." },
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
