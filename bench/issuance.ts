/**
 * Receipts issued per second: the whole till flow (open with 3 lines, pay, finalize with PDF)
 * through the in-process app (Node + libsql) beside the same flow over HTTP to local workerd.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalHost } from "../src/runtime/local-host";
import { Till, type Host } from "../test/support/api-client";
import { startWranglerDev } from "../test/support/services";
import type { BenchRow } from "./table";

const LINES = [
  { name: "Żółć łąka", quantity: "0.375", unit_price: 1999, vat_rate: "23" },
  { name: "Chleb żytni", quantity: "2", unit_price: 450, vat_rate: "5" },
  { name: "Mleko 2%", quantity: "1", unit_price: 389, vat_rate: "8" },
];
const quiet = { info() {}, warn() {}, error: (e: string, f?: object) => console.error(e, f) };

async function issueOne(till: Till): Promise<number> {
  const receipt = await till.open(LINES);
  await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: receipt.total + 100 } });
  const start = performance.now();
  const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
  if (issued.status !== 200) throw new Error(`finalize failed: ${issued.status} ${issued.text}`);
  return performance.now() - start;
}

/** Finalizations per second on one device: N paid receipts finalized at once, the device serialising them. */
async function perDevice(host: Host, count: number): Promise<number> {
  const till = await Till.login(host, "demo-terminal-key-se");
  const receipts = [];
  for (let i = 0; i < count; i++) receipts.push(await till.paidReceipt());
  const start = performance.now();
  const issued = await Promise.all(receipts.map((r) => till.call("POST", `/v1/receipts/${r.id}/finalize`, { body: { delivery: "qr" } })));
  const elapsed = performance.now() - start;
  if (issued.some((r) => r.status !== 200)) throw new Error("a concurrent finalize failed");
  return (count * 1000) / elapsed;
}

/** ms per whole receipt, sequentially, after warm-up; also the first finalize in this host. */
async function measure(host: Host, count: number): Promise<{ perReceipt: number; firstFinalize: number; warmFinalize: number }> {
  const till = await Till.login(host);
  const firstFinalize = await issueOne(till);
  for (let i = 0; i < 5; i++) await issueOne(till);
  const finalizes: number[] = [];
  const start = performance.now();
  for (let i = 0; i < count; i++) finalizes.push(await issueOne(till));
  const perReceipt = (performance.now() - start) / count;
  finalizes.sort((a, b) => a - b);
  return { perReceipt, firstFinalize, warmFinalize: finalizes[Math.floor(count / 2)]! };
}

export async function benchIssuance(count = 60): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-bench-"));
  const stateDir = mkdtempSync(join(tmpdir(), "ereceipt-bench-wrangler-"));
  const local = await createLocalHost({ dataDir, demo: true, log: quiet });
  const workerd = await startWranglerDev(stateDir);
  try {
    const localHost: Host = { name: "in-process", baseUrl: "http://bench.local", fetch: async (url, init) => local.app.fetch(new Request(url, init)), expire: async () => {} };
    const workerdHost: Host = { name: "workerd", baseUrl: workerd.url, fetch: (url, init) => fetch(url, init), expire: async () => {} };
    const inProcess = await measure(localHost, count);
    const overHttp = await measure(workerdHost, count);
    const deviceLocal = await perDevice(localHost, 50);
    const deviceWorkerd = await perDevice(workerdHost, 50);
    const ms = (v: number) => `${v.toFixed(2)} ms`;
    return [
      {
        name: "receipt issued (open+pay+finalize+PDF)",
        ours: ms(inProcess.perReceipt),
        baseline: ms(overHttp.perReceipt),
        ratio: inProcess.perReceipt / overHttp.perReceipt,
        note: `in-process app ${(1000 / inProcess.perReceipt).toFixed(0)}/s vs HTTP to local workerd ${(1000 / overHttp.perReceipt).toFixed(0)}/s`,
      },
      {
        name: "fiscalizations/s on one device, 50 at once",
        ours: `${deviceLocal.toFixed(1)}/s`,
        baseline: `${deviceWorkerd.toFixed(1)}/s`,
        ratio: deviceWorkerd / deviceLocal,
        note: "in-process app (queue per device) vs local workerd (FiscalDevice DO); ratio = time per document, ours/baseline",
      },
      {
        name: "finalize, steady state vs first (in-process)",
        ours: ms(inProcess.warmFinalize),
        baseline: ms(inProcess.firstFinalize),
        ratio: inProcess.warmFinalize / inProcess.firstFinalize,
        note: "per-isolate work (font, keys) is paid once, by the first",
      },
      {
        name: "finalize, steady state vs first (workerd)",
        ours: ms(overHttp.warmFinalize),
        baseline: ms(overHttp.firstFinalize),
        ratio: overHttp.warmFinalize / overHttp.firstFinalize,
        note: "timed from outside: performance.now() stands still inside workerd",
      },
    ];
  } finally {
    await workerd.stop();
    local.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(stateDir, { recursive: true, force: true });
  }
}
