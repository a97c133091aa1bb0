/** The customer display on Workers: a TerminalDisplay Durable Object per terminal, told by the receipt's session over RPC. */
import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { SE_KEY, Till, type Host } from "../support/api-client";

const host: Host = {
  name: "workerd",
  baseUrl: "http://edge.test",
  fetch: (url, init) => exports.default.fetch(new Request(url, init)),
  expire: async () => {},
};

type View = { state: "idle" } | { state: "open"; receiptId: string; lines: { name: string; voided: boolean }[]; total: number; customerUrl: string; qrOfferedUntil: string | null };

/** Collects the display's messages; `next(check)` waits for the first one (from now on) that passes the check. */
function listen(socket: WebSocket) {
  const views: View[] = [];
  const waiting: { check: (view: View) => boolean; resolve: (view: View) => void }[] = [];
  socket.addEventListener("message", (event) => {
    const view = (JSON.parse(String(event.data)) as { view: View }).view;
    views.push(view);
    for (const w of waiting.splice(0)) (w.check(view) ? w.resolve(view) : waiting.push(w));
  });
  return {
    views,
    next(check: (view: View) => boolean): Promise<View> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no such view within 10 s; saw ${JSON.stringify(views)}`)), 10_000);
        waiting.push({ check, resolve: (view) => (clearTimeout(timer), resolve(view)) });
      });
    },
  };
}

async function connect(displayUrl: string): Promise<WebSocket> {
  const res = await host.fetch(`${displayUrl}/events`, { headers: { upgrade: "websocket" } });
  expect(res.status).toBe(101);
  const socket = res.webSocket!;
  socket.accept();
  return socket;
}

describe("customer display on Workers", () => {
  it("shows the terminal's open receipt live over a hibernating WebSocket and blanks after issue", async () => {
    const till = await Till.login(host, SE_KEY);
    const made = await till.call("POST", "/v1/terminals/me/display-tokens");
    expect(made.status).toBe(201);
    const socket = await connect(made.body.display_url);
    const display = listen(socket);
    await display.next((v) => v.state === "idle");
    const stub = env.TERMINAL_DISPLAY.get(env.TERMINAL_DISPLAY.idFromName("trm_demo_se"));
    expect(await stub.connections()).toBe(1);

    const opened = display.next((v) => v.state === "open");
    const receipt = await till.open([{ name: "Kanelbulle", quantity: "2", unit_price: 3500, vat_rate: "12" }]);
    expect(await opened).toMatchObject({ receiptId: receipt.id, total: 7000, customerUrl: receipt.customer_url, qrOfferedUntil: receipt.qr_offered_until });

    const added = display.next((v) => v.state === "open" && v.lines.length === 2);
    await till.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: { name: "Kaffe", quantity: "1", unit_price: 3900, vat_rate: "12" } });
    expect((await added as { total: number }).total).toBe(10_900);

    // The page itself renders what the object keeps.
    const page = await host.fetch(made.body.display_url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Kanelbulle");
    expect(html).toContain("109,00");
    expect(html).toContain(`data-url="${receipt.customer_url}"`);

    await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "card", amount: 10_900 } });
    const blank = display.next((v) => v.state === "idle");
    expect((await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } })).body.status).toBe("issued");
    await blank;
    expect(await stub.current()).toEqual({ state: "idle" });
    socket.close(1000, "done");
  });

  it("disconnects whoever holds a replaced or revoked link, and the old link opens nothing more", async () => {
    const till = await Till.login(host, SE_KEY);
    const first = await till.call("POST", "/v1/terminals/me/display-tokens");
    const socket = await connect(first.body.display_url);
    const closed = new Promise<number>((resolve) => socket.addEventListener("close", (event) => resolve(event.code)));
    const replaced = await till.call("POST", "/v1/terminals/me/display-tokens");
    expect(replaced.body.token).not.toBe(first.body.token);
    expect(await closed).toBe(4001);
    expect((await host.fetch(`${first.body.display_url}/events`, { headers: { upgrade: "websocket" } })).status).toBe(404);

    const second = await connect(replaced.body.display_url);
    const gone = new Promise<number>((resolve) => second.addEventListener("close", (event) => resolve(event.code)));
    expect((await till.call("DELETE", "/v1/terminals/me/display-tokens")).status).toBe(204);
    expect(await gone).toBe(4001);
    expect((await host.fetch(replaced.body.display_url)).status).toBe(404);
    const stub = env.TERMINAL_DISPLAY.get(env.TERMINAL_DISPLAY.idFromName("trm_demo_se"));
    expect(await stub.connections()).toBe(0);
  });

  it("keeps the display of a terminal without a link out of the receipt's path, and refuses unknown links", async () => {
    const till = await Till.login(host, "demo-terminal-key-ru");
    const receipt = await till.open([{ name: "Хлеб", quantity: "1", unit_price: 5000, vat_rate: "10" }]);
    expect(receipt.status).toBe("open");
    const stub = env.TERMINAL_DISPLAY.get(env.TERMINAL_DISPLAY.idFromName("trm_demo_ru"));
    expect(await stub.current()).toEqual({ state: "idle" });
    expect((await host.fetch(`http://edge.test/display/${"A".repeat(43)}`)).status).toBe(404);
    expect((await host.fetch(`http://edge.test/display/${"A".repeat(43)}/events`, { headers: { upgrade: "websocket" } })).status).toBe(404);
  });
});
