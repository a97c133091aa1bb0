// `npm run admin -- <command>`: the admin API from a shell, against any running host (Workers,
// Node, Deno). ADMIN_URL names the host (default http://127.0.0.1:8788), ADMIN_TOKEN its secret.
import { parseArgs } from "node:util";

interface Command {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Path under /v1/admin; ":name" parts come from the positional arguments in order. */
  path: string;
  help: string;
}

const COMMANDS: Record<string, Command> = {
  "merchants list": { method: "GET", path: "/merchants", help: "[--limit N] [--cursor C]" },
  "merchants create": { method: "POST", path: "/merchants", help: "--legal-name --tax-id --country PL|SE|NO|RU --address [--time-zone]" },
  "merchants get": { method: "GET", path: "/merchants/:merchant", help: "<merchant>" },
  "merchants update": { method: "PATCH", path: "/merchants/:merchant", help: "<merchant> [--legal-name] [--tax-id] [--address] [--time-zone]" },
  "settings get": { method: "GET", path: "/merchants/:merchant/settings", help: "<merchant>" },
  "settings set": {
    method: "PATCH",
    path: "/merchants/:merchant/settings",
    help: "<merchant> [--e-receipts true|false] [--display-qr true|false] [--email-mode pdf|link] [--receipt-sender service|operator] [--retention-days N|null] [--sms-sender] [--email-sender-name] [--email-from]",
  },
  "stores list": { method: "GET", path: "/merchants/:merchant/stores", help: "<merchant>" },
  "stores create": { method: "POST", path: "/merchants/:merchant/stores", help: "<merchant> --name --address" },
  "stores get": { method: "GET", path: "/merchants/:merchant/stores/:store", help: "<merchant> <store>" },
  "stores update": { method: "PATCH", path: "/merchants/:merchant/stores/:store", help: "<merchant> <store> [--name] [--address]" },
  "devices list": { method: "GET", path: "/merchants/:merchant/devices", help: "<merchant>" },
  "devices create": { method: "POST", path: "/merchants/:merchant/devices", help: "<merchant> [--profile PL|SE|NO|RU]" },
  "devices get": { method: "GET", path: "/merchants/:merchant/devices/:device", help: "<merchant> <device>" },
  "terminals list": { method: "GET", path: "/merchants/:merchant/terminals", help: "<merchant>" },
  "terminals create": { method: "POST", path: "/merchants/:merchant/terminals", help: "<merchant> --store-id --device-id --name" },
  "terminals get": { method: "GET", path: "/merchants/:merchant/terminals/:terminal", help: "<merchant> <terminal>" },
  "terminals update": { method: "PATCH", path: "/merchants/:merchant/terminals/:terminal", help: "<merchant> <terminal> [--store-id] [--device-id] [--name]" },
  "keys list": { method: "GET", path: "/merchants/:merchant/terminals/:terminal/keys", help: "<merchant> <terminal>" },
  "keys create": { method: "POST", path: "/merchants/:merchant/terminals/:terminal/keys", help: "<merchant> <terminal> --mode test|live" },
  "keys revoke": { method: "DELETE", path: "/merchants/:merchant/terminals/:terminal/keys/:key", help: "<merchant> <terminal> <key>" },
  "keys rotate": { method: "POST", path: "/merchants/:merchant/terminals/:terminal/keys/:key/rotate", help: "<merchant> <terminal> <key> [--overlap-seconds N]" },
  "webhooks list": { method: "GET", path: "/merchants/:merchant/webhooks", help: "<merchant>" },
  "webhooks create": { method: "POST", path: "/merchants/:merchant/webhooks", help: "<merchant> --url --events receipt.issued,delivery.failed,... [--description]" },
  "webhooks get": { method: "GET", path: "/merchants/:merchant/webhooks/:endpoint", help: "<merchant> <endpoint>" },
  "webhooks update": { method: "PATCH", path: "/merchants/:merchant/webhooks/:endpoint", help: "<merchant> <endpoint> [--url] [--events a,b] [--description] [--enabled true|false]" },
  "webhooks delete": { method: "DELETE", path: "/merchants/:merchant/webhooks/:endpoint", help: "<merchant> <endpoint>" },
  "webhooks rotate": { method: "POST", path: "/merchants/:merchant/webhooks/:endpoint/rotate", help: "<merchant> <endpoint> [--overlap-seconds N]" },
  "webhooks messages": { method: "GET", path: "/merchants/:merchant/webhooks/:endpoint/messages", help: "<merchant> <endpoint> [--status queued|sending|sent|failed] [--limit N] [--cursor C]" },
  "webhooks message": { method: "GET", path: "/merchants/:merchant/webhooks/:endpoint/messages/:event", help: "<merchant> <endpoint> <event>" },
  "webhooks resend": { method: "POST", path: "/merchants/:merchant/webhooks/:endpoint/messages/:event/resend", help: "<merchant> <endpoint> <event>" },
};

const NUMBER_FIELDS = new Set(["retention_days", "overlap_seconds", "limit"]);
/** Comma-separated on the command line, a JSON array in the request. */
const LIST_FIELDS = new Set(["events"]);

/** "--e-receipts false" -> { e_receipts: false }: booleans, numbers, lists and null as JSON has them. */
function fieldValue(field: string, text: string): unknown {
  if (LIST_FIELDS.has(field)) return text.split(",").map((item) => item.trim()).filter((item) => item !== "");
  if (text === "null") return null;
  if (text === "true" || text === "false") return text === "true";
  if (NUMBER_FIELDS.has(field) && /^\d+$/.test(text)) return Number(text);
  return text;
}

function usage(): never {
  console.error("usage: npm run admin -- <command> [arguments] [--field value ...]\n");
  for (const [name, command] of Object.entries(COMMANDS)) console.error(`  ${name} ${command.help}`);
  console.error("\nenv: ADMIN_URL (default http://127.0.0.1:8788), ADMIN_TOKEN (required)");
  process.exit(2);
}

// Every option takes a value; the names are the ones the help lines show.
const OPTIONS = [...new Set(Object.values(COMMANDS).flatMap((c) => [...c.help.matchAll(/--([a-z-]+)/g)].map((m) => m[1]!)))];
let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: Record<string, { type: "string" }>; allowPositionals: true; tokens: true }>>;
try {
  parsed = parseArgs({ args: process.argv.slice(2), options: Object.fromEntries(OPTIONS.map((o) => [o, { type: "string" as const }])), allowPositionals: true, tokens: true });
} catch (error) {
  console.error((error as Error).message);
  usage();
}
const { positionals, tokens } = parsed;
const name = positionals.slice(0, 2).join(" ");
const command = COMMANDS[name];
if (!command) usage();
const args = positionals.slice(2);
const fields: Record<string, unknown> = {};
for (const token of tokens ?? []) {
  if (token.kind !== "option") continue;
  const field = token.name.replace(/-/g, "_");
  if (token.value === undefined) usage();
  fields[field] = fieldValue(field, token.value);
}

const token = process.env.ADMIN_TOKEN;
if (!token) {
  console.error("ADMIN_TOKEN is not set: export the host's admin secret first.");
  process.exit(2);
}
let missing = false;
const path = command.path.replace(/:[a-z]+/g, (part) => {
  const value = args.shift();
  if (value === undefined) missing = true;
  return encodeURIComponent(value ?? part);
});
if (missing) usage();

const base = (process.env.ADMIN_URL ?? "http://127.0.0.1:8788").replace(/\/$/, "");
const query = command.method === "GET" && Object.keys(fields).length > 0 ? `?${new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)]))}` : "";
const hasBody = command.method !== "GET" && command.method !== "DELETE";
const res = await fetch(`${base}/v1/admin${path}${query}`, {
  method: command.method,
  headers: { authorization: `Bearer ${token}`, ...(hasBody && { "content-type": "application/json" }) },
  ...(hasBody && { body: JSON.stringify(fields) }),
}).catch((error: Error) => {
  console.error(`Cannot reach ${base} (${error.cause instanceof Error ? error.cause.message : error.message}); is the host running? Set ADMIN_URL.`);
  return process.exit(1);
});
const text = await res.text();
let out = text;
try {
  out = JSON.stringify(JSON.parse(text), null, 2);
} catch {
  // not JSON: print as it came
}
(res.ok ? console.log : console.error)(out);
process.exit(res.ok ? 0 : 1);
