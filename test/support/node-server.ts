/** A demo Node server of one test file: a fresh data directory, started before its tests and removed after them. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import type { Host } from "./api-client";

export interface FileServer {
  readonly dataDir: string;
  readonly server: NodeServer;
  readonly host: Host;
}

export function nodeServerForFile(name: string, env?: Record<string, string>): FileServer {
  const dataDir = mkdtempSync(join(tmpdir(), `ereceipt-${name}-`));
  let server: NodeServer | undefined;
  beforeAll(async () => {
    server = await startNodeServer({ dataDir, demo: true, log: { info() {}, warn() {}, error: console.error }, ...(env && { env }) });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const started = (): NodeServer => {
    if (!server) throw new Error("the server starts in beforeAll");
    return server;
  };
  return {
    dataDir,
    get server() {
      return started();
    },
    get host(): Host {
      const { url } = started();
      return { name: "node", baseUrl: url, fetch: (input, init) => fetch(input, init), expire: async () => {} };
    },
  };
}
