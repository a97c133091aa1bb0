// The typed client against the Node host: a whole sale, and the retries a till relies on when the
// fiscal device's answer is lost, when a duplicate is still running, and when it is told to slow down.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedSchema, SCHEMA_PATH } from "../../../scripts/generate-client";
import { startNodeServer, type NodeServer } from "../../../src/runtime/node-server";
import { jsonLogger } from "../../../src/worker/log";
import { PROBLEM_CODES } from "../../../src/worker/problem-codes";
import { createEReceiptClient, RETRYABLE_CODES, type EReceiptClientOptions } from "../src/index";

const DEVICE = "dev_demo_pl";
const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-client-"));
let server: NodeServer;

beforeAll(async () => {
  server = await startNodeServer({ dataDir, demo: true, log: jsonLogger(() => {}) });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Sent = { method: string; path: string; key: string | null; status: number; replayed: boolean };

/** A client whose every request and answer is recorded as it went over the wire. */
function recordedClient(options: Partial<EReceiptClientOptions> = {}) {
  const sent: Sent[] = [];
  const waits: number[] = [];
  const client = createEReceiptClient({
    baseUrl: server.url,
    apiKey: "demo-terminal-key",
    retry: { baseDelayMs: 20 },
    sleep: async (ms) => {
      waits.push(ms);
      await new Promise((resolve) => setTimeout(resolve, ms));
    },
    ...options,
    fetch: async (request) => {
      const response = await (options.fetch ?? fetch)(request);
      const { pathname } = new URL(request.url);
      sent.push({ method: request.method, path: pathname, key: request.headers.get("idempotency-key"), status: response.status, replayed: response.headers.get("idempotent-replayed") === "true" });
      return response;
    },
  });
  return { client, sent, waits };
}

async function openReceipt(client: ReturnType<typeof createEReceiptClient>) {
  const { data, error } = await client.POST("/v1/receipts", {
    body: { lines: [{ name: "Żółć łąka", quantity: "0.375", unit_price: 1999, vat_rate: "23" }] },
  });
  expect(error).toBeUndefined();
  return data!;
}

describe("the typed client", () => {
  it("is generated from the current OpenAPI document", async () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(await generatedSchema());
  });

  it("retries exactly the codes the API documents as safe to retry with the same key", () => {
    const documented = PROBLEM_CODES.filter((p) => p.retry === "same-key").flatMap((p) => p.statuses.map((s) => `${s} ${p.code}`));
    const retried = Object.entries(RETRYABLE_CODES).flatMap(([status, codes]) => codes.map((c) => `${status} ${c}`));
    expect(retried.sort()).toEqual(documented.sort());
  });

  it("sells a whole receipt: token, open, line, payment, finalize, with a new key for every write", async () => {
    const { client, sent } = recordedClient();
    const receipt = await openReceipt(client);
    const line = await client.POST("/v1/receipts/{id}/lines", {
      params: { path: { id: receipt.id } },
      body: { name: "Chleb", quantity: "2", unit_price: 450, vat_rate: "5" },
    });
    expect(line.data?.receipt.total).toBe(750 + 900);
    const payment = await client.POST("/v1/receipts/{id}/payments", { params: { path: { id: receipt.id } }, body: { method: "cash", amount: 2000 } });
    expect(payment.data?.receipt.change).toBe(2000 - 1650);
    const issued = await client.POST("/v1/receipts/{id}/finalize", { params: { path: { id: receipt.id }, query: { columns: "32" } }, body: { delivery: "print" } });
    expect(issued.response.status).toBe(200);
    expect(issued.data?.status).toBe("issued");
    expect(issued.data?.fiscal?.device_id).toBe(DEVICE);
    expect(issued.data?.print?.text).toContain("Chleb");
    const read = await client.GET("/v1/receipts/{id}", { params: { path: { id: receipt.id } } });
    expect(read.data?.events?.map((e) => e.type)).toContain("issued");

    expect(sent.map((s) => `${s.method} ${s.path} ${s.status}`)).toEqual([
      "POST /v1/auth/token 200",
      "POST /v1/receipts 201",
      `POST /v1/receipts/${receipt.id}/lines 201`,
      `POST /v1/receipts/${receipt.id}/payments 201`,
      `POST /v1/receipts/${receipt.id}/finalize 200`,
      `GET /v1/receipts/${receipt.id} 200`,
    ]);
    const keys = sent.filter((s) => s.method === "POST" && s.path !== "/v1/auth/token").map((s) => s.key);
    expect(keys.every((k) => k !== null && k.length > 0)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("answers a problem as a typed error with its code, and does not retry what the cashier must fix", async () => {
    const { client, sent } = recordedClient();
    const receipt = await openReceipt(client);
    const { error, response } = await client.POST("/v1/receipts/{id}/finalize", { params: { path: { id: receipt.id } }, body: { delivery: "print" } });
    expect(response.status).toBe(409);
    expect(error?.code).toBe("payment-incomplete");
    expect(sent.filter((s) => s.path.endsWith("/finalize"))).toHaveLength(1);
  });

  it("retries a finalize whose device reply was lost with the same key, and gets the one fiscal document", async () => {
    const { client, sent } = recordedClient();
    const receipt = await openReceipt(client);
    await client.POST("/v1/receipts/{id}/payments", { params: { path: { id: receipt.id } }, body: { method: "card", amount: receipt.total } });
    const armed = await client.POST("/v1/devices/{id}/faults", { params: { path: { id: DEVICE } }, body: { fault: "reply_lost", count: 1 } });
    expect(armed.response.status).toBe(200);

    const issued = await client.POST("/v1/receipts/{id}/finalize", { params: { path: { id: receipt.id } }, body: { delivery: "qr" } });
    expect(issued.data?.status).toBe("issued");
    const tries = sent.filter((s) => s.path.endsWith("/finalize"));
    expect(tries.map((t) => t.status)).toEqual([503, 200]);
    expect(tries[1]!.key).toBe(tries[0]!.key);
    const journal = await client.GET("/v1/devices/{id}/journal", { params: { path: { id: DEVICE } }, parseAs: "text" });
    const documents = (journal.data as string).trim().split("\n").map((line) => JSON.parse(line) as { receiptId?: string; receipt_id?: string });
    expect(documents.filter((d) => (d.receiptId ?? d.receipt_id) === receipt.id)).toHaveLength(1);
  });

  it("waits for a duplicate still in flight and gets the first request's answer, replayed", async () => {
    const { client, sent } = recordedClient({ retry: { baseDelayMs: 200, attempts: 8 } });
    const receipt = await openReceipt(client);
    await client.POST("/v1/receipts/{id}/payments", { params: { path: { id: receipt.id } }, body: { method: "cash", amount: receipt.total } });
    await client.POST("/v1/devices/{id}/faults", { params: { path: { id: DEVICE } }, body: { fault: "slow", ms: 1500, count: 1 } });

    // The first try of a till whose connection dropped, still running on the service.
    const key = `fin-${receipt.id}`;
    const token = ((await (await fetch(`${server.url}/v1/auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ api_key: "demo-terminal-key" }) })).json()) as { token: string }).token;
    const first = fetch(`${server.url}/v1/receipts/${receipt.id}/finalize`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify({ delivery: "qr" }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    const retried = await client.POST("/v1/receipts/{id}/finalize", { params: { path: { id: receipt.id }, header: { "Idempotency-Key": key } }, body: { delivery: "qr" } });
    const original = (await (await first).json()) as { fiscal: { number: number } };
    expect(retried.data?.status).toBe("issued");
    expect(retried.data?.fiscal?.number).toBe(original.fiscal.number);
    // The receipt's session runs one command at a time: the duplicate waits there for the first and gets its answer.
    const tries = sent.filter((s) => s.path.endsWith("/finalize"));
    expect(tries).toHaveLength(1);
    expect(tries[0]).toMatchObject({ status: 200, replayed: true, key });
  });

  it("waits as long as Retry-After says when told to slow down (429), then sends the call once", async () => {
    let limited = false;
    // A stand-in for a rate-limiting proxy in front of the service: the first open is refused.
    const proxy = async (request: Request) => {
      if (!limited && new URL(request.url).pathname === "/v1/receipts") {
        limited = true;
        return new Response(JSON.stringify({ type: "about:blank", code: "rate-limited", title: "Too many requests", status: 429, detail: "Slow down." }), {
          status: 429,
          headers: { "content-type": "application/problem+json", "retry-after": "1" },
        });
      }
      return fetch(request);
    };
    const { client, sent, waits } = recordedClient({ fetch: proxy });
    const receipt = await openReceipt(client);
    expect(receipt.status).toBe("open");
    expect(waits).toEqual([1000]);
    const opens = sent.filter((s) => s.path === "/v1/receipts");
    expect(opens.map((s) => s.status)).toEqual([429, 201]);
    expect(opens[1]!.key).toBe(opens[0]!.key);
  });
});
