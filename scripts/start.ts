// `npm start`: local Workers runtime (wrangler dev = workerd) with persisted D1/R2/DO state under
// .wrangler/, migrations applied first and the demo merchants seeded, then a banner to copy from.
import { spawn, spawnSync } from "node:child_process";
import { startupBanner } from "../src/runtime/banner";

const port = process.env.PORT ?? "8787";
const persist = process.env.PERSIST_DIR ?? ".wrangler/state";
const apiKey = process.env.DEMO_TERMINAL_KEY ?? "demo-terminal-key";
const wrangler = ["node_modules/wrangler/bin/wrangler.js"];
const quietEnv = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" };

const migrate = spawnSync(process.execPath, [...wrangler, "d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], {
  stdio: ["ignore", "inherit", "inherit"],
  env: quietEnv,
});
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const dev = spawn(process.execPath, [...wrangler, "dev", "--port", port, "--ip", "127.0.0.1", "--persist-to", persist, "--show-interactive-dev-session=false"], {
  stdio: ["ignore", "inherit", "inherit"],
  env: { ...quietEnv, ...(process.env.DEMO_TERMINAL_KEY && { DEMO_TERMINAL_KEY: process.env.DEMO_TERMINAL_KEY }) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));

const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 600; i++) {
  try {
    // The first request seeds the demo merchants; then the token proves the key works.
    const res = await fetch(`${base}/v1/auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ api_key: apiKey }) });
    if (res.ok) break;
  } catch (error) {
    // Until workerd listens, connecting fails; anything else is a real problem.
    if (!(error instanceof TypeError)) throw error;
  }
  await new Promise((r) => setTimeout(r, 250));
}
console.log(`\n${startupBanner(base, apiKey, "Workers (wrangler dev, state in " + persist + ")")}\n`);
