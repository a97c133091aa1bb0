/**
 * A typed client for eReceipt Edge: openapi-fetch over the generated `paths`, plus what every till
 * needs and should not have to write: the bearer token (fetched, cached, renewed on 401), an
 * Idempotency-Key on every POST and DELETE (one per logical call, the same on each retry), and
 * retries of the answers the API documents as retryable.
 */
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, paths };
export type Receipt = components["schemas"]["Receipt"];
export type Problem = components["schemas"]["Problem"];

export interface RetryOptions {
  /** Tries per call, the first included (default 5). */
  attempts?: number;
  /** First backoff delay; doubles per attempt, with jitter (default 250 ms). */
  baseDelayMs?: number;
  /** Longest wait, also for a `Retry-After` (default 30 s). */
  maxDelayMs?: number;
}

export interface EReceiptClientOptions {
  /** The service's origin, e.g. `http://127.0.0.1:8787`. */
  baseUrl: string;
  /** The terminal's API key. */
  apiKey: string;
  retry?: RetryOptions;
  /** Transport (default `globalThis.fetch`). */
  fetch?: (request: Request) => Promise<Response>;
  /** New idempotency keys (default `crypto.randomUUID()`). */
  newKey?: () => string;
  /** How to wait between tries (default a timer). */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Problem codes after which the same request, with the same key, is retried: the request is still
 * running, the service asked to slow down (after `Retry-After`), the service failed, or the fiscal device's answer was lost (the document may exist, and
 * the retry returns it). Everything else needs the cashier or a changed request.
 */
export const RETRYABLE_CODES: Readonly<Record<number, readonly string[]>> = {
  409: ["idempotency-in-flight"],
  429: ["rate-limited"],
  500: ["internal"],
  503: ["device-reply-lost", "device-power-loss"],
};

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Seconds or an HTTP date, in milliseconds; null when absent or unreadable. */
function retryAfterMs(response: Response): number | null {
  const value = response.headers.get("retry-after");
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

async function problemCode(response: Response): Promise<string | null> {
  if (!response.headers.get("content-type")?.includes("json")) return null;
  const body = (await response.clone().json().catch(() => null)) as { code?: unknown } | null;
  return typeof body?.code === "string" ? body.code : null;
}

export type EReceiptClient = Client<paths>;

export function createEReceiptClient(options: EReceiptClientOptions): EReceiptClient {
  const baseUrl = options.baseUrl.replace(/\/$/, "");
  const transport = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const newKey = options.newKey ?? (() => crypto.randomUUID());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = options.retry?.attempts ?? 5;
  const baseDelayMs = options.retry?.baseDelayMs ?? 250;
  const maxDelayMs = options.retry?.maxDelayMs ?? 30_000;
  const backoff = (attempt: number) => Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);

  /** How long to wait before trying again, or null when this answer is final. */
  async function retryDelay(response: Response, attempt: number): Promise<number | null> {
    // Any 429 waits, a proxy's without a problem code too.
    if (response.status === 429) return Math.min(maxDelayMs, retryAfterMs(response) ?? backoff(attempt));
    const codes = RETRYABLE_CODES[response.status];
    if (!codes || !codes.includes((await problemCode(response)) ?? "")) return null;
    return Math.min(maxDelayMs, retryAfterMs(response) ?? backoff(attempt));
  }

  /** Sends one logical call: the same request (and key) until it has a final answer or the tries run out. */
  async function withRetries(request: Request, authorize: (request: Request) => Promise<void>, onUnauthorized: () => boolean): Promise<Response> {
    // The body is read once, so every try sends the same bytes.
    const body = request.body === null ? null : await request.arrayBuffer();
    for (let attempt = 1; ; attempt++) {
      const sent = new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
      await authorize(sent);
      let response: Response;
      try {
        response = await transport(sent);
      } catch (error) {
        // The request may have arrived and the answer been lost: the same key makes the retry safe.
        if (attempt >= attempts) throw error;
        await sleep(backoff(attempt));
        continue;
      }
      if (response.status === 401 && onUnauthorized()) {
        await response.body?.cancel();
        continue;
      }
      const delay = attempt < attempts ? await retryDelay(response, attempt) : null;
      if (delay === null) return response;
      await response.body?.cancel();
      await sleep(delay);
    }
  }

  type Token = { value: string; renewAt: number };
  let current: Token | null = null;
  let pending: Promise<Token> | null = null;

  async function fetchToken(): Promise<Token> {
    const request = new Request(`${baseUrl}/v1/auth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ api_key: options.apiKey }),
    });
    const response = await withRetries(request, async () => {}, () => false);
    if (!response.ok) throw new Error(`token request failed with ${response.status}: ${await response.text()}`);
    const { token: value, expires_in } = (await response.json()) as { token: string; expires_in: number };
    // Renewed a minute before it runs out (halfway, for short-lived tokens).
    return { value, renewAt: Date.now() + (expires_in - Math.min(60, expires_in / 2)) * 1000 };
  }

  /** The cached token; concurrent calls share one token request. */
  async function bearer(): Promise<string> {
    if (current && Date.now() < current.renewAt) return current.value;
    pending ??= fetchToken()
      .then((fresh) => (current = fresh))
      .finally(() => (pending = null));
    return (await pending).value;
  }

  async function send(request: Request): Promise<Response> {
    if (new URL(request.url).pathname.endsWith("/v1/auth/token")) return withRetries(request, async () => {}, () => false);
    const headers = new Headers(request.headers);
    if (WRITES.has(request.method) && !headers.has("idempotency-key")) headers.set("idempotency-key", newKey());
    let renewed = false;
    return withRetries(
      new Request(request, { headers }),
      async (sent) => sent.headers.set("authorization", `Bearer ${await bearer()}`),
      () => {
        // An expired or revoked token: fetch a new one, once per call.
        if (renewed) return false;
        renewed = true;
        current = null;
        return true;
      },
    );
  }

  return createClient<paths>({ baseUrl, fetch: send });
}
