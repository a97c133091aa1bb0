/** The customer's page waits on a hibernating WebSocket held by the receipt's Durable Object. */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { Till } from "../support/api-client";
import { workerd } from "./host";

const host = workerd;

function nextMessage(socket: WebSocket): Promise<{ type: string; status: string; receipt_id: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no message within 10 s")), 10_000);
    socket.addEventListener("message", (event) => {
      clearTimeout(timer);
      resolve(JSON.parse(String(event.data)));
    }, { once: true });
  });
}

async function connect(customerUrl: string): Promise<WebSocket> {
  const res = await host.fetch(`${customerUrl}/events`, { headers: { upgrade: "websocket" } });
  expect(res.status).toBe(101);
  const socket = res.webSocket!;
  socket.accept();
  return socket;
}

describe("live updates on Workers", () => {
  it("tells a waiting page the moment the receipt is issued", async () => {
    const till = await Till.login(host);
    const receipt = await till.paidReceipt();
    const socket = await connect(receipt.customer_url);
    const stub = env.RECEIPT_SESSION.get(env.RECEIPT_SESSION.idFromName(receipt.id));
    expect(await stub.connections()).toBe(1);
    const message = nextMessage(socket);
    await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
    expect(await message).toEqual({ type: "issued", receipt_id: receipt.id, status: "issued" });
    socket.close(1000, "done");
  });

  it("tells a page that connects after the news, and tells of a cancellation", async () => {
    const till = await Till.login(host);
    const issued = await till.paidReceipt();
    await till.call("POST", `/v1/receipts/${issued.id}/finalize`, { body: { delivery: "qr" } });
    const late = await connect(issued.customer_url);
    expect((await nextMessage(late)).type).toBe("issued");
    late.close(1000, "done");

    const cancelled = await till.paidReceipt();
    const socket = await connect(cancelled.customer_url);
    const message = nextMessage(socket);
    await till.call("POST", `/v1/receipts/${cancelled.id}/cancel`);
    expect((await message).type).toBe("cancelled");
    socket.close(1000, "done");
  });

  it("refuses a plain GET on the events endpoint and an unknown token", async () => {
    const till = await Till.login(host);
    const receipt = await till.open();
    expect((await host.fetch(`${receipt.customer_url}/events`)).status).toBe(426);
    expect((await host.fetch(`http://edge.test/r/${"B".repeat(43)}/events`, { headers: { upgrade: "websocket" } })).status).toBe(404);
  });
});
