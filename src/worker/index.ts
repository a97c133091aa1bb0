/** The Cloudflare Workers entry: builds ports from bindings once per isolate and serves the app. */
import { createApp, type App } from "./app";
import { workerPorts, isDemo, type Env } from "./env";
import { runAllDue } from "./services/due-work";
import { purgeExpired } from "./services/retention";
import { seedDemo } from "./services/seed";

export { FiscalDevice } from "../durable/fiscal-device";
export { ReceiptSession } from "../durable/receipt-session";

let app: App | undefined;
let seeded: Promise<void> | undefined;

export default {
  async fetch(request, env, ctx): Promise<Response> {
    if (isDemo(env)) {
      const ports = workerPorts(env);
      seeded ??= seedDemo(ports.database, { plApiKey: env.DEMO_TERMINAL_KEY ?? "demo-terminal-key", fiscalKeySecret: ports.config.fiscalKeySecret, now: new Date() });
      await seeded;
    }
    app ??= createApp(workerPorts(env));
    return app.fetch(request, env, ctx);
  },
  /** Hourly: retention, and a sweep for due work whose alarm was lost. */
  async scheduled(_controller, env): Promise<void> {
    const ports = workerPorts(env);
    await runAllDue(ports);
    await purgeExpired(ports);
  },
} satisfies ExportedHandler<Env>;
