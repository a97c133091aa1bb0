/** The Cloudflare Workers entry: builds ports from bindings once per isolate and serves the app. */
import { createApp, type App } from "./app";
import { workerPorts, isDemo, type Env } from "./env";
import type { Ports } from "./ports";
import { deliverDue } from "./services/outbox";
import { purgeExpired } from "./services/retention";
import { seedDemo } from "./services/seed";

export { FiscalDevice } from "../durable/fiscal-device";
export { ReceiptSession } from "../durable/receipt-session";
export { TerminalDisplay } from "../durable/terminal-display";

let ports: Ports | undefined;
let app: App | undefined;
let seeded: Promise<void> | undefined;

export default {
  async fetch(request, env, ctx): Promise<Response> {
    ports ??= workerPorts(env);
    if (isDemo(env)) {
      seeded ??= seedDemo(ports.database, { plApiKey: env.DEMO_TERMINAL_KEY ?? "demo-terminal-key", fiscalKeySecret: ports.config.fiscalKeySecret, now: new Date() });
      await seeded;
    }
    app ??= createApp(ports);
    return app.fetch(request, env, ctx);
  },
  /** Hourly: retention, and a sweep for outgoing messages whose alarm was lost. */
  async scheduled(_controller, env): Promise<void> {
    ports ??= workerPorts(env);
    await deliverDue(ports);
    await purgeExpired(ports);
  },
} satisfies ExportedHandler<Env>;
