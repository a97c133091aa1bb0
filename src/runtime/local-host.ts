/** Deno and Node build the same ports: libsql file, PDF folder, in-process coordinator and gate. */
import { join } from "node:path";
import { createApp, type App } from "../worker/app";
import { configFrom, type ConfigEnv } from "../worker/config";
import { jsonLogger, type Logger } from "../worker/log";
import type { Ports } from "../worker/ports";
import { purgeExpired } from "../worker/services/retention";
import { seedDemo } from "../worker/services/seed";
import { blobFolder, fileBlobs } from "./file-blobs";
import { openLibsql } from "./libsql";
import { localCoordinator } from "./local-coordinator";
import { localGate } from "./local-gate";

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

export async function createLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const env = options.env ?? {};
  const { database, client } = await openLibsql(join(options.dataDir, "ereceipt.db"));
  const ports: Ports = {
    database,
    blobs: fileBlobs(blobFolder(options.dataDir)),
    coordinator: localCoordinator(),
    gate: localGate(() => ports),
    clock: () => new Date(),
    random: (n) => crypto.getRandomValues(new Uint8Array(n)),
    config: configFrom(env, options.demo),
    log: options.log ?? jsonLogger(),
  };
  if (options.demo) {
    await seedDemo(database, { plApiKey: env.DEMO_TERMINAL_KEY ?? "demo-terminal-key", fiscalKeySecret: ports.config.fiscalKeySecret, now: ports.clock() });
  }
  const retention = setInterval(() => {
    purgeExpired(ports).catch((error: unknown) => ports.log.error("retention.failed", { error: String(error) }));
  }, RETENTION_INTERVAL_MS);
  (retention as { unref?: () => void }).unref?.();
  return {
    app: createApp(ports),
    ports,
    close() {
      clearInterval(retention);
      client.close();
    },
  };
}
