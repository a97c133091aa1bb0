/** The one Hono app every host serves: it sees only the ports the host built. */
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { DomainError } from "../core/errors";
import { adminAuth } from "./admin-auth";
import { verifyToken, type TerminalContext } from "./auth";
import { baseUrlOf } from "./base-url";
import { idempotency } from "./idempotency";
import { methodMatcher, methodNotAllowed } from "./method-not-allowed";
import type { Ports } from "./ports";
import type { IdempotencyClaim } from "./session/commands";
import { errorToProblem, validationError } from "./problem";
import { customerPageLimit, openReceiptLimit } from "./rate-limit";
import { adminMerchantRoutes } from "./routes/admin-merchants";
import { adminTerminalRoutes } from "./routes/admin-terminals";
import { adminWebhookRoutes } from "./routes/admin-webhooks";
import { authRoutes } from "./routes/auth";
import { customerRoutes } from "./routes/customer";
import { customerApiRoutes } from "./routes/customers";
import { deviceRoutes } from "./routes/devices";
import { devOutboxRoutes } from "./routes/dev-outbox";
import { devStatsRoutes } from "./routes/dev-stats";
import { demoRoutes } from "./routes/demo";
import { displayRoutes } from "./routes/display";
import { displayTokenRoutes } from "./routes/display-tokens";
import { documentConfig, registerComponents } from "./routes/openapi";
import { listRoutes } from "./routes/lists";
import { receiptRoutes } from "./routes/receipts";
import { referenceRoutes } from "./routes/reference";
import { returnRoutes } from "./routes/returns";
import { verifyRoutes } from "./routes/verify";
import type { KeyMode } from "./services/api-keys";

export type AppEnv = { Variables: { terminal: TerminalContext; keyMode: KeyMode; idempotency: IdempotencyClaim | undefined } };

export function createApp(ports: Ports) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
  app.onError((error, c) => errorToProblem(error, c, ports.log));
  const allowedMethods = methodMatcher(() => app.routes);
  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length > 0) throw methodNotAllowed(c.req.method, allowed);
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
  // The admin API has its own credential; a terminal token never opens it, nor it a terminal route.
  app.use("/v1/admin/*", adminAuth(ports.adminToken));
  app.use("/v1/*", async (c, next) => {
    if (c.req.path === "/v1/auth/token" || c.req.path.startsWith("/v1/admin/") || c.req.path === "/v1/admin") return next();
    const { terminal, mode } = await verifyToken(ports.config.jwtSecret, c.req.header("authorization"), ports.clock());
    c.set("terminal", terminal);
    c.set("keyMode", mode);
    return next();
  });
  app.use("/v1/receipts", openReceiptLimit(ports));
  app.use("/r/*", customerPageLimit(ports));
  // "/v1/receipts/*" matches "/v1/receipts" itself too.
  app.use("/v1/receipts/*", idempotency(ports));
  app.use("/v1/devices/*", idempotency(ports));
  app.use("/v1/customers/*", idempotency(ports));

  app.get("/healthz", (c) => c.json({ ok: true }));
  authRoutes(app, ports);
  receiptRoutes(app, ports);
  customerApiRoutes(app, ports);
  returnRoutes(app, ports);
  deviceRoutes(app, ports);
  displayTokenRoutes(app, ports);
  customerRoutes(app, ports);
  displayRoutes(app, ports);
  demoRoutes(app, ports);
  devOutboxRoutes(app, ports);
  devStatsRoutes(app, ports);
  verifyRoutes(app, ports);
  adminMerchantRoutes(app, ports);
  adminTerminalRoutes(app, ports);
  adminWebhookRoutes(app, ports);
  listRoutes(app, ports);

  registerComponents(app.openAPIRegistry);
  app.doc31("/openapi.json", (c) => documentConfig(baseUrlOf(c, ports)));
  referenceRoutes(app);
  return app;
}

export type App = ReturnType<typeof createApp>;
