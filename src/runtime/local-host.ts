/** Deno and Node build the same ports: libsql file, PDF folder, in-process receipt sessions and device queues. */
import { join } from "node:path";
import { createApp, type App } from "../worker/app";
import { adminTokenFrom, configFrom, type ConfigEnv } from "../worker/config";
import { jsonLogger, type Logger } from "../worker/log";
import type { Ports } from "../worker/ports";
import { httpEmail, httpSms } from "../worker/providers/http";
import { deliverDue } from "../worker/services/outbox";
import { purgeExpired } from "../worker/services/retention";
import { seedDemo } from "../worker/services/seed";
import { blobFolder, fileBlobs } from "./file-blobs";
import { openLibsql } from "./libsql";
import { liveHub } from "./live-hub";
import { localDeviceStore, localGate } from "./local-devices";
import { localDisplays } from "./local-displays";
import { localSessions } from "./local-sessions";
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
  const hub = liveHub((receiptId) => sessions.due(receiptId), onError);
  const sessions = localSessions(database, hub, () => ports);
  const ports: Ports = {
    database,
    blobs: fileBlobs(blobFolder(options.dataDir)),
    sessions,
    displays: localDisplays(),
    gate: localGate(() => ports),
    deviceStore: localDeviceStore(database, () => ports),
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
  const runDue = () => Promise.all([sessions.sweep(), deliverDue(ports)]);
  const sweep = setInterval(() => void runDue().catch(onError), SWEEP_INTERVAL_MS);
  const retention = setInterval(() => void purgeExpired(ports).catch(onError), RETENTION_INTERVAL_MS);
  for (const timer of [sweep, retention]) (timer as { unref?: () => void }).unref?.();
  void runDue().catch(onError);
  return {
    app: createApp(ports),
    ports,
    close() {
      clearInterval(sweep);
      clearInterval(retention);
      hub.close();
      client.close();
    },
  };
}
