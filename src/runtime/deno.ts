/** `npm run start:deno`: the same app on Deno.serve with the embedded libsql file (default ./data). */
import { startupBanner } from "./banner";
import { createLocalHost } from "./local-host";

declare const Deno: {
  env: { toObject(): Record<string, string> };
  serve(options: { port: number; hostname: string; onListen?: () => void }, handler: (request: Request) => Response | Promise<Response>): { finished: Promise<void> };
};

const env = Deno.env.toObject();
const demo = env.DEMO_SEED !== "false";
const host = await createLocalHost({ dataDir: env.DATA_DIR ?? "./data", demo, env });
const hostname = env.HOST ?? "127.0.0.1";
const port = Number(env.PORT ?? 8789);
Deno.serve({ port, hostname, onListen: () => console.log(startupBanner(`http://${hostname}:${port}`, demo ? (env.DEMO_TERMINAL_KEY ?? "demo-terminal-key") : null, "Deno + libsql")) }, host.app.fetch);
