// `npm run retention`: run the retention job now (it deletes expired PDFs and customers' personal data,
// and idempotency records older than a day; fiscal records stay).
//   npm run retention                      the local Workers runtime of `npm start` (PORT, default 8787)
//   npm run retention -- --data ./data     a Node/Deno data folder (DATA_DIR)
import { pathToFileURL } from "node:url";
import { createLocalHost } from "../src/runtime/local-host";
import { purgeExpired } from "../src/worker/services/retention";

/** Workers: the scheduled handler (retention and the due-work sweep), as the hourly cron runs it. */
export async function retentionOnWorkers(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/cdn-cgi/handler/scheduled`);
  if (!res.ok) throw new Error(`the scheduled handler answered ${res.status}: ${await res.text()}`);
  return `retention: ran the scheduled handler of ${baseUrl} (its result is in npm start's log as retention.purged)`;
}

/** Node/Deno: the same job on the data folder's database and PDFs. */
export async function retentionOnFolder(dataDir: string, env: Record<string, string | undefined>): Promise<string> {
  const host = await createLocalHost({ dataDir, demo: env.DEMO_SEED !== "false", env });
  try {
    const { receipts, pdfs } = await purgeExpired(host.ports);
    return `retention: ${receipts} expired receipt(s) cleared, ${pdfs} PDF(s) deleted in ${dataDir}`;
  } finally {
    host.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const at = process.argv.indexOf("--data");
  const message =
    at >= 0
      ? await retentionOnFolder(process.argv[at + 1] ?? process.env.DATA_DIR ?? "./data", process.env)
      : await retentionOnWorkers(`http://127.0.0.1:${process.env.PORT ?? "8787"}`);
  console.log(message);
}
