/** Deno and Node build the same ports: libsql file, PDF folder, in-process coordinator and gate. */
import { join } from "node:path";
import { createApp, type App } from "../worker/app";
import { adminTokenFrom, configFrom, type ConfigEnv } from "../worker/config";
import { jsonLogger, type Logger } from "../worker/log";
import type { Ports } from "../worker/ports";
import { httpEmail, httpSms } from "../worker/providers/http";
import { runAllDue, runDueWork } from "../worker/services/due-work";
import { purgeExpired } from "../worker/services/retention";
import { seedDemo } from "../worker/services/seed";
import { blobFolder, fileBlobs } from "./file-blobs";
import { openLibsql } from "./libsql";
import { localCoordinator } from "./local-coordinator";
import { localGate } from "./local-gate";
import { localClientAddress, memoryRateLimiter } from "./memory-rate-limiter";
import { smtpEmail } from "./smtp-email";

export interface LocalHostOptions {
  dataDir: string;
  demo: boolean;
  env?: ConfigEnv & { DEMO_TERMINAL_KEY?: string };
  log?: Logger;
}

export interface LocalHost {
  app: App;
  ports: Ports;
  close(): void;
}

const RETENTION_INTERVAL_MS = 3_600_000;
const SWEEP_INTERVAL_MS = 5_000;

export async function createLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const env = options.env ?? {};
  const { database, client } = await openLibsql(join(options.dataDir, "ereceipt.db"));
  const log = options.log ?? jsonLogger();
  const onError = (error: unknown) => log.error("due_work.failed", { error: error instanceof Error ? error.message : String(error) });
  const coordinator = localCoordinator((receiptId) => runDueWork(ports, receiptId), onError);
  const ports: Ports = {
    database,
    blobs: fileBlobs(blobFolder(options.dataDir)),
    coordinator,
    gate: localGate(() => ports),
    messengers: { sms: httpSms(env), email: smtpEmail(env.SMTP_URL) ?? httpEmail(env) },
    clock: () => new Date(),
    random: (n) => crypto.getRandomValues(new Uint8Array(n)),
    config: configFrom(env, options.demo),
    log,
    adminToken: adminTokenFrom(env, options.demo),
    limiter: memoryRateLimiter(),
    clientAddress: localClientAddress(env.TRUST_PROXY === "true"),
  };
  if (options.demo) {
    await seedDemo(database, { plApiKey: env.DEMO_TERMINAL_KEY ?? "demo-terminal-key", fiscalKeySecret: ports.config.fiscalKeySecret, now: ports.clock() });
  }
  // The worker loop: due work survives restarts because it lives in the database, not in timers.
  const sweep = setInterval(() => void runAllDue(ports).catch(onError), SWEEP_INTERVAL_MS);
  const retention = setInterval(() => void purgeExpired(ports).catch(onError), RETENTION_INTERVAL_MS);
  for (const timer of [sweep, retention]) (timer as { unref?: () => void }).unref?.();
  void runAllDue(ports).catch(onError);
  return {
    app: createApp(ports),
    ports,
    close() {
      clearInterval(sweep);
      clearInterval(retention);
      coordinator.close();
      client.close();
    },
  };
}
