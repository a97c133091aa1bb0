/** The Node host: the same app over @hono/node-server. */
import { serve } from "@hono/node-server";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { problemJson } from "../worker/problem";
import { createLocalHost, type LocalHostOptions } from "./local-host";

export interface NodeServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A refused body is left unread; the server would drop the connection under the client's next
 * request. `Connection: close` tells the client to use a new one instead.
 */
function closeAfterRefusedBody(response: Response): Response {
  if (response.status !== 413) return response;
  const headers = new Headers(response.headers);
  headers.set("connection", "close");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Requests Node cannot parse (e.g. headers over its limit) get a problem document, not an empty answer. */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? 431 : 400;
  const reason = tooLarge ? "Request Header Fields Too Large" : "Bad Request";
  const body = tooLarge
    ? problemJson(431, "headers-too-large", "Request headers too large", "The request's headers exceed the server's limit; send fewer or shorter headers.")
    : problemJson(400, "malformed-request", "Malformed request", "The request is not valid HTTP/1.1.");
  socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

export async function startNodeServer(options: Partial<LocalHostOptions> & { dataDir: string; port?: number; hostname?: string }): Promise<NodeServer> {
  const host = await createLocalHost({ demo: options.demo ?? true, dataDir: options.dataDir, ...(options.env && { env: options.env }), ...(options.log && { log: options.log }) });
  const hostname = options.hostname ?? "127.0.0.1";
  const fetch = async (request: Request, env: unknown) => closeAfterRefusedBody(await host.app.fetch(request, env));
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch, port: options.port ?? 0, hostname }, () => resolve(s as Server));
  });
  server.on("clientError", answerUnparsable);
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
