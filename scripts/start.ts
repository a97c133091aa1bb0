// `npm start`: local Workers runtime (wrangler dev = workerd) with persisted D1/R2/DO state under
// .wrangler/, migrations applied first and the demo merchants seeded, then a banner to copy from.
// Wrangler's own chatter is cut to the lines that matter: migrations and the offline notice in one
// line each; requests, the app's logs and every error pass through. The retention job (a cron on
// Workers, not triggered by wrangler dev) is triggered here on the same hourly schedule.
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { startupBanner } from "../src/runtime/banner";

const port = process.env.PORT ?? "8787";
const persist = process.env.PERSIST_DIR ?? ".wrangler/state";
const apiKey = process.env.DEMO_TERMINAL_KEY ?? "demo-terminal-key";
const wrangler = ["node_modules/wrangler/bin/wrangler.js"];
const quietEnv = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" };
const RETENTION_INTERVAL_MS = 3_600_000;

const migrate = spawnSync(process.execPath, [...wrangler, "d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], { env: quietEnv, encoding: "utf8" });
const migrationLog = `${migrate.stdout}${migrate.stderr}`;
if (migrate.status !== 0) {
  process.stderr.write(migrationLog);
  process.exit(migrate.status ?? 1);
}
console.log(migrationSummary(migrationLog));

/** "migrations: applied 0000_init … 0004_receipt_sender" or "migrations: up to date". */
function migrationSummary(log: string): string {
  if (/No migrations to apply/i.test(log)) return `migrations: up to date (local D1 in ${persist})`;
  const names = [...new Set([...log.matchAll(/(\d{4}_[\w-]+)\.sql\s*│\s*✅/g)].map((m) => m[1]!))];
  return `migrations: applied ${names.length} (${names.join(", ")}) to local D1 in ${persist}`;
}

const dev = spawn(process.execPath, [...wrangler, "dev", "--port", port, "--ip", "127.0.0.1", "--persist-to", persist, "--show-interactive-dev-session=false"], {
  stdio: ["ignore", "pipe", "pipe"],
  env: { ...quietEnv, ...(process.env.DEMO_TERMINAL_KEY && { DEMO_TERMINAL_KEY: process.env.DEMO_TERMINAL_KEY }) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));

// Wrangler's start-up text that says nothing a developer acts on (the banner below says it better).
const NOISE = [
  /^\s*$/,
  /⛅️ wrangler|^─+$|update available/,
  /^Your Worker has access to the following bindings|^Binding\s+Resource\s+Mode|^env\.\w+ /,
  /Starting local server|Ready on http|Reloading local server|Local server updated/,
  /Scheduled Workers are not automatically triggered|To manually trigger a scheduled event|\/cdn-cgi\/handler\/scheduled|For more details, see/,
];
const OFFLINE = /Unable to fetch the `Request\.cf` object/;
let ready = false;
let offlineSaid = false;
let inOfflineTrace = false;
let probeLogged = false;

function filter(stream: NodeJS.ReadableStream, out: NodeJS.WritableStream): void {
  createInterface({ input: stream }).on("line", (raw) => {
    const line = raw.replace(/\x1b\[[0-9;]*m/g, "");
    if (OFFLINE.test(line)) {
      if (!offlineSaid) out.write("offline: wrangler could not fetch Request.cf and uses a placeholder (harmless)\n");
      offlineSaid = true;
      inOfflineTrace = true;
      return;
    }
    // The warning's stack trace: "Error: getaddrinfo ..." and its "at ..." lines.
    if (inOfflineTrace && (/^Error: getaddrinfo|^\s+at /.test(line))) return;
    inOfflineTrace = false;
    if (NOISE.some((re) => re.test(line))) return;
    // Until the banner, requests are this script's own readiness probe; its answer may log after it.
    if (!ready && /^\[wrangler:info\] (GET|POST)/.test(line)) return;
    if (!probeLogged && /^\[wrangler:info\] POST \/v1\/auth\/token 200/.test(line)) {
      probeLogged = true;
      return;
    }
    out.write(`${raw}\n`);
  });
}
filter(dev.stdout, process.stdout);
filter(dev.stderr, process.stderr);

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
ready = true;
const retentionLine = "  Retention: the hourly job runs here every hour as the cron does when deployed; now: npm run retention";
console.log(`\n${startupBanner(base, apiKey, "Workers (wrangler dev, state in " + persist + ")")}\n${retentionLine}\n`);

// wrangler dev does not fire cron triggers; the scheduled handler is reachable at this path.
const retention = setInterval(() => {
  void fetch(`${base}/cdn-cgi/handler/scheduled`).then(
    (res) => console.log(`retention: scheduled run answered ${res.status}`),
    (error: unknown) => console.error(`retention: scheduled run failed: ${String(error)}`),
  );
}, RETENTION_INTERVAL_MS);
retention.unref();
