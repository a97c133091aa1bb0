/**
 * Webhooks as a merchant gets them: a real endpoint on this machine verifies every signature with
 * svix's implementation of Standard Webhooks. The same scenarios run against the Node host and
 * against `npm start` (workerd).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Host, Json } from "./api-client";
import { Admin, onboard, sell, tillOf, type Shop } from "./admin-client";
import { eventually } from "./receivers";
import { webhookReceiver, type WebhookHit, type WebhookReceiver } from "./webhook-receiver";

export function webhookScenarios(host: () => Host, adminToken: string): void {
  const admin = () => new Admin(host(), adminToken);
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await webhookReceiver();
  });
  afterAll(() => receiver.close());

  /** A new merchant and an endpoint for `events`; the receiver trusts its secret as `name`. */
  async function merchantWithEndpoint(events: string[], name: string): Promise<{ shop: Shop; endpoint: Json }> {
    const shop = await onboard(admin());
    const endpoint = await admin().ok("POST", `/merchants/${shop.merchant.id}/webhooks`, { url: `${receiver.url}/${name}`, events });
    receiver.trust(name, endpoint.secret);
    return { shop, endpoint };
  }
  const hitsFor = (receiptId: string, type: string) => receiver.hits.filter((h) => h.event?.type === type && h.event.data.receipt_id === receiptId);
  const delivered = (receiptId: string, type: string) =>
    eventually(() => hitsFor(receiptId, type).find((h) => h.status === 204), 30_000, `${type} for ${receiptId}`);

  describe("webhooks", () => {
    it("a new merchant from nothing to a delivered, verified receipt.issued", async () => {
      const { shop, endpoint } = await merchantWithEndpoint(["receipt.issued"], "headline");
      expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(endpoint).toMatchObject({ url: `${receiver.url}/headline`, events: ["receipt.issued"], enabled: true });
      // The secret is shown once: reads never carry it.
      expect(await admin().ok("GET", `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}`)).not.toHaveProperty("secret");

      const issued = await sell(await tillOf(host(), shop), 1250);
      expect(issued.status).toBe(200);
      const hit = await delivered(issued.body.id, "receipt.issued");
      expect(hit.verifiedBy).toEqual(["headline"]);
      expect(hit.headers["webhook-id"]).toMatch(/^evt_/);
      expect(Math.abs(Number(hit.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
      expect(hit.event).toMatchObject({
        type: "receipt.issued",
        data: { receipt_id: issued.body.id, total: 1250, currency: "PLN", number: issued.body.fiscal.number, terminal_id: shop.terminal.id, store_id: shop.store.id, channel: "print" },
      });
      expect(hit.body).not.toContain(issued.body.customer_url);

      // The admin sees the message and its one attempt, as the endpoint answered it.
      const page = await admin().ok("GET", `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}/messages`);
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject({ event_id: hit.headers["webhook-id"], type: "receipt.issued", receipt_id: issued.body.id, status: "sent", attempts: 1 });
      const message = await admin().ok("GET", `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}/messages/${page.items[0].event_id}`);
      expect(message.attempts_made).toEqual([expect.objectContaining({ attempt: 1, status_code: 204, error: null })]);
    });

    it("a receipt issued to a loyalty card carries the card and the receipt's link for the loyalty system", async () => {
      const { shop } = await merchantWithEndpoint(["receipt.issued"], "loyalty");
      const till = await tillOf(host(), shop);
      const receipt = await till.open([{ name: "Bułka", quantity: "1", unit_price: 700, vat_rate: till.vatRate }]);
      await till.call("POST", `/v1/receipts/${receipt.id}/customer`, { body: { loyalty_id: "LOY-777", phone: "+48 605 000 777" } });
      await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: 700 } });
      const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
      const hit = await delivered(issued.body.id, "receipt.issued");
      expect(hit.event?.data).toMatchObject({ loyalty_card: "LOY-777", receipt_url: receipt.customer_url, customer_id: issued.body.customer.ref });
      expect(hit.body).not.toContain("605");
    });

    it("sends each endpoint only the events it chose; a cancelled receipt is one receipt.cancelled", async () => {
      const { shop, endpoint } = await merchantWithEndpoint(["receipt.cancelled"], "cancels");
      const till = await tillOf(host(), shop);
      const sold = await sell(till);
      const open = await till.open([{ name: "Kawa", quantity: "1", unit_price: 900, vat_rate: "23" }]);
      const cancel = await till.call("POST", `/v1/receipts/${open.id}/cancel`, { body: {} });
      expect(cancel.status).toBe(200);
      const hit = await delivered(open.id, "receipt.cancelled");
      expect(hit.verifiedBy).toEqual(["cancels"]);
      expect(hit.event?.data).toMatchObject({ receipt_id: open.id, terminal_id: shop.terminal.id, cancelled_at: expect.any(String) });
      const page = await admin().ok("GET", `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}/messages`);
      expect(page.items.map((m: Json) => m.type)).toEqual(["receipt.cancelled"]);
      expect(hitsFor(sold.body.id, "receipt.issued")).toEqual([]);
    });

    it("a return is a receipt.returned with the return's own fiscal number", async () => {
      const { shop } = await merchantWithEndpoint(["receipt.returned"], "returns");
      const till = await tillOf(host(), shop);
      const sold = await sell(till, 2000);
      const returned = await till.call("POST", `/v1/receipts/${sold.body.id}/returns`, { body: {} });
      expect(returned.status).toBe(201);
      const hit = await delivered(sold.body.id, "receipt.returned");
      expect(hit.event?.data).toMatchObject({ receipt_id: sold.body.id, total: 2000, number: sold.body.fiscal.number + 1 });
    });

    it("a customer's consent change is a customer.consent_changed, without their contact data", async () => {
      const { shop } = await merchantWithEndpoint(["customer.consent_changed"], "consent");
      const till = await tillOf(host(), shop);
      const set = await till.call("PUT", `/v1/customers/${encodeURIComponent("phone:+48600000003")}/preferences`, { body: { paper_refused: true, default_email: "jan@example.com", source: "app" } });
      expect(set.status).toBe(200);
      const hit = await eventually(() => receiver.hits.find((h) => h.event?.type === "customer.consent_changed" && h.verifiedBy.includes("consent")), 30_000, "customer.consent_changed");
      expect(hit.status).toBe(204);
      expect(hit.event?.data).toMatchObject({ customer_id: set.body.ref, change: { paper_refused: true, default_email: "set" }, source: "app" });
      expect(hit.body).not.toMatch(/600000003|jan@example/);
    });

    it("resend posts the same event again (same webhook-id, fresh signature), each attempt kept", async () => {
      const { shop, endpoint } = await merchantWithEndpoint(["receipt.issued"], "resend");
      const sold = await sell(await tillOf(host(), shop));
      const first = await delivered(sold.body.id, "receipt.issued");
      const base = `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}/messages/${String(first.headers["webhook-id"])}`;
      const again = await admin().ok("POST", `${base}/resend`);
      expect(again).toMatchObject({ status: "sent", attempts: 1 });
      expect(again.attempts_made.map((a: Json) => a.status_code)).toEqual([204, 204]);
      const hits = hitsFor(sold.body.id, "receipt.issued");
      expect(hits).toHaveLength(2);
      expect(hits[1]!.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
      expect(hits[1]!.verifiedBy).toEqual(["resend"]);
      expect((await admin().call("POST", `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}/messages/evt_nope/resend`)).status).toBe(404);
    });

    it("a rotated secret signs at once; the old one signs beside it for the overlap, then not at all", async () => {
      const { shop, endpoint } = await merchantWithEndpoint(["receipt.issued"], "rotate-old");
      const till = await tillOf(host(), shop);
      const base = `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}`;
      const rotated = await admin().ok("POST", `${base}/rotate`, { overlap_seconds: 3600 });
      expect(rotated.secret).not.toBe(endpoint.secret);
      expect(Date.parse(rotated.previous_secret_until) - Date.now()).toBeGreaterThan(3500_000);
      receiver.trust("rotate-new", rotated.secret);
      const during = await delivered((await sell(till)).body.id, "receipt.issued");
      expect(String(during.headers["webhook-signature"]).split(" ")).toHaveLength(2);
      expect(during.verifiedBy.sort()).toEqual(["rotate-new", "rotate-old"]);

      const final = await admin().ok("POST", `${base}/rotate`, { overlap_seconds: 0 });
      receiver.trust("rotate-final", final.secret);
      const after = await delivered((await sell(till)).body.id, "receipt.issued");
      expect(String(after.headers["webhook-signature"]).split(" ")).toHaveLength(1);
      expect(after.verifiedBy).toEqual(["rotate-final"]);
    });

    it("refuses what it cannot send and changes nothing; another merchant's endpoint is not found", async () => {
      const { shop, endpoint } = await merchantWithEndpoint(["receipt.issued"], "refusals");
      const path = `/merchants/${shop.merchant.id}/webhooks`;
      for (const body of [
        { url: "http://shop.example/hooks", events: ["receipt.issued"] },
        { url: "not a url", events: ["receipt.issued"] },
        { url: "https://shop.example/hooks", events: ["receipt.printed"] },
        { url: "https://shop.example/hooks", events: [] },
      ]) {
        const res = await admin().call("POST", path, { body });
        expect(res.status).toBe(422);
        expect(res.type).toContain("application/problem+json");
      }
      expect((await admin().ok("GET", path)).items.map((e: Json) => e.id)).toEqual([endpoint.id]);
      const other = await onboard(admin());
      expect((await admin().call("GET", `/merchants/${other.merchant.id}/webhooks/${endpoint.id}`)).status).toBe(404);
      expect((await admin().call("POST", `/merchants/${other.merchant.id}/webhooks/${endpoint.id}/rotate`, { body: {} })).status).toBe(404);
      const noAdmin = await new Admin(host(), "not-the-admin-token").call("GET", path);
      expect(noAdmin.status).toBe(401);
    });

    // With the default backoff (5 s base) the two retries come within 15 s.
    it("retries an endpoint that fails with backoff; every attempt is visible", { timeout: 60_000 }, async () => {
      const { shop, endpoint } = await merchantWithEndpoint(["receipt.issued"], "flaky");
      receiver.failNext(2);
      const sold = await sell(await tillOf(host(), shop));
      await delivered(sold.body.id, "receipt.issued");
      const tries = hitsFor(sold.body.id, "receipt.issued");
      expect(tries.map((h: WebhookHit) => h.status)).toEqual([503, 503, 204]);
      expect(new Set(tries.map((h) => h.headers["webhook-id"])).size).toBe(1);
      const page = await admin().ok("GET", `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}/messages?status=sent`);
      const message = await admin().ok("GET", `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}/messages/${page.items[0].event_id}`);
      expect(message).toMatchObject({ status: "sent", attempts: 3, last_error: null });
      expect(message.attempts_made.map((a: Json) => [a.attempt, a.status_code, a.error])).toEqual([
        [1, 503, "HTTP 503"],
        [2, 503, "HTTP 503"],
        [3, 204, null],
      ]);
      expect(message.attempts_made[0].response).toBe("busy, try later");
    });

    it("a switched-off endpoint gets no new messages", async () => {
      const { shop, endpoint } = await merchantWithEndpoint(["receipt.issued"], "off");
      const off = await admin().ok("PATCH", `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}`, { enabled: false });
      expect(off.enabled).toBe(false);
      const sold = await sell(await tillOf(host(), shop));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(hitsFor(sold.body.id, "receipt.issued")).toEqual([]);
      expect((await admin().ok("GET", `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}/messages`)).items).toEqual([]);
    });

    it("a removed endpoint goes with its messages; another merchant's cannot be removed", async () => {
      const { shop, endpoint } = await merchantWithEndpoint(["receipt.issued"], "removed");
      const sold = await sell(await tillOf(host(), shop));
      await delivered(sold.body.id, "receipt.issued");
      const other = await onboard(admin());
      const path = `/merchants/${shop.merchant.id}/webhooks/${endpoint.id}`;
      expect((await admin().call("DELETE", `/merchants/${other.merchant.id}/webhooks/${endpoint.id}`)).status).toBe(404);
      expect(await admin().ok("DELETE", path)).toEqual({ deleted: true, messages: 1 });
      expect((await admin().call("GET", path)).status).toBe(404);
      expect((await admin().call("GET", `${path}/messages`)).status).toBe(404);
      expect((await admin().ok("GET", `/merchants/${shop.merchant.id}/webhooks`)).items).toEqual([]);
      const again = await sell(await tillOf(host(), shop));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(hitsFor(again.body.id, "receipt.issued")).toEqual([]);
      expect((await admin().call("DELETE", path)).status).toBe(404);
    });
  });
}
