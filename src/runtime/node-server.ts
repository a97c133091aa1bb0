/** The Node host: the same app over @hono/node-server. */
import { serve } from "@hono/node-server";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLocalHost, type LocalHostOptions } from "./local-host";

export interface NodeServer {
  url: string;
  close(): Promise<void>;
}

export async function startNodeServer(options: Partial<LocalHostOptions> & { dataDir: string; port?: number; hostname?: string }): Promise<NodeServer> {
  const host = await createLocalHost({ demo: options.demo ?? true, dataDir: options.dataDir, ...(options.env && { env: options.env }), ...(options.log && { log: options.log }) });
  const hostname = options.hostname ?? "127.0.0.1";
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: host.app.fetch, port: options.port ?? 0, hostname }, () => resolve(s as Server));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${hostname}:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      host.close();
    },
  };
}
