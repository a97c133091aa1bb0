/** HTTP behaviour a client relies on, on every host: methods answer 405 with Allow; cancel reads only JSON. */
import { describe, expect, it } from "vitest";
import { call, Till, type Host } from "./api-client";

export function httpScenarios(host: () => Host, adminToken: string): void {
  describe("a wrong method answers 405 with Allow", () => {
    it("on terminal routes, public routes and admin routes; an unknown path stays 404", async () => {
      const till = await Till.login(host());
      const receipt = await till.open();
      const cancelGet = await till.call("GET", `/v1/receipts/${receipt.id}/cancel`);
      expect(cancelGet.status).toBe(405);
      expect(cancelGet.type).toContain("application/problem+json");
      expect(cancelGet.headers.get("allow")).toBe("POST");
      const receiptPut = await till.call("PUT", `/v1/receipts/${receipt.id}`, { body: {} });
      expect(receiptPut.status).toBe(405);
      expect(receiptPut.headers.get("allow")).toBe("GET, HEAD");
      const health = await call(host(), "POST", "/healthz");
      expect(health.status).toBe(405);
      expect(health.headers.get("allow")).toBe("GET, HEAD");
      const admin = await call(host(), "PUT", "/v1/admin/merchants", { body: {}, headers: { authorization: `Bearer ${adminToken}` } });
      expect(admin.status).toBe(405);
      expect(admin.headers.get("allow")).toBe("GET, HEAD, POST");
      expect((await till.call("GET", "/v1/nothing-here")).status).toBe(404);
      expect((await call(host(), "GET", "/nothing-here")).status).toBe(404);
    });
  });

  describe("cancel reads its body only as JSON", () => {
    it("refuses text/plain and malformed JSON and leaves the receipt open; cancels with no body or JSON", async () => {
      const till = await Till.login(host());
      const receipt = await till.open();
      const text = await till.call("POST", `/v1/receipts/${receipt.id}/cancel`, { raw: "please cancel", headers: { "content-type": "text/plain" } });
      expect(text.status).toBe(415);
      expect(text.type).toContain("application/problem+json");
      const malformed = await till.call("POST", `/v1/receipts/${receipt.id}/cancel`, { raw: "{not json", headers: { "content-type": "application/json" } });
      expect(malformed.status).toBe(400);
      const unknown = await till.call("POST", `/v1/receipts/${receipt.id}/cancel`, { body: { why: "x" } });
      expect(unknown.status).toBe(422);
      expect((await till.get(receipt.id)).body.status).toBe("open");

      const withReason = await till.call("POST", `/v1/receipts/${receipt.id}/cancel`, { body: { reason: "customer left" } });
      expect(withReason.status).toBe(200);
      expect(withReason.body.status).toBe("cancelled");
      const other = await till.open();
      const bare = await till.call("POST", `/v1/receipts/${other.id}/cancel`);
      expect(bare.status).toBe(200);
      expect(bare.body.status).toBe("cancelled");
    });
  });
}
