/**
 * A merchant's webhook endpoint as a real HTTP server: it checks each request's signature with an
 * independent Standard Webhooks implementation (svix's verifier), as a merchant's code would, and
 * refuses what does not verify.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "svix";

export interface WebhookHit {
  headers: IncomingHttpHeaders;
  body: string;
  /** The parsed body, when a secret verified it. */
  event: { type: string; timestamp: string; data: Record<string, unknown> } | null;
  /** Names of the secrets (see `trust`) whose verification succeeded. */
  verifiedBy: string[];
  status: number;
}

export interface WebhookReceiver {
  url: string;
  hits: WebhookHit[];
  /** Secrets the receiver verifies with, by name ("current", "old", ...). */
  trust(name: string, secret: string): void;
  /** Answer 503 to the next n requests that verify. */
  failNext(n: number): void;
  close(): Promise<void>;
}

function verifiedBy(secrets: Map<string, string>, body: string, headers: IncomingHttpHeaders): { names: string[]; event: WebhookHit["event"] } {
  const flat = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : (v ?? "")]));
  const names: string[] = [];
  let event: WebhookHit["event"] = null;
  for (const [name, secret] of secrets) {
    try {
      new Webhook(secret).verify(body, flat);
      names.push(name);
      event = JSON.parse(body) as WebhookHit["event"];
    } catch {
      // This secret did not sign it.
    }
  }
  return { names, event };
}

export async function webhookReceiver(): Promise<WebhookReceiver> {
  const secrets = new Map<string, string>();
  const hits: WebhookHit[] = [];
  let failing = 0;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const { names, event } = verifiedBy(secrets, body, req.headers);
      const status = names.length === 0 ? 401 : failing > 0 ? 503 : 204;
      if (status === 503) failing--;
      hits.push({ headers: req.headers, body, event, verifiedBy: names, status });
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status === 401 ? "signature does not verify" : status === 503 ? "busy, try later" : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    hits,
    trust: (name, secret) => void secrets.set(name, secret),
    failNext: (n) => void (failing = n),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
