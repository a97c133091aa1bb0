/** Idempotency-Key rules a till relies on, on every host: what is kept, how requests compare, lapsed claims. */
import { describe, expect, it } from "vitest";
import { canonicalJson, type JsonValue } from "../../src/simulator";
import { fingerprintOf } from "../../src/worker/idempotency";
import { Till, type Host } from "./api-client";

export interface StaleClaim {
  terminalId: string;
  key: string;
  fingerprint: string;
  createdAt: string;
}

const LINE = { name: "Bułka", quantity: "1", unit_price: 300, vat_rate: "5" };

export function idempotencyScenarios(host: () => Host, insertClaim: (claim: StaleClaim) => Promise<void>): void {
  const key = (name: string) => ({ "idempotency-key": `${name}-${Date.now()}-${Math.random()}` });

  describe("Idempotency-Key", () => {
    it("does not keep a refusal the till is told to fix: after the card is confirmed the same key finalizes", async () => {
      const till = await Till.login(host());
      const receipt = await till.open([LINE]);
      const pay = await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "card_standalone", amount: 300 } });
      const headers = key("fin");
      const refused = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" }, headers });
      expect(refused.body.code).toBe("card-payment-unconfirmed");
      await till.call("POST", `/v1/receipts/${receipt.id}/payments/${pay.body.id}/confirm`);
      const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" }, headers });
      expect(issued.status).toBe(200);
      expect(issued.headers.get("idempotent-replayed")).toBeNull();
      const replay = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" }, headers });
      expect(replay.headers.get("idempotent-replayed")).toBe("true");
      expect(replay.text).toBe(issued.text);
    });

    it("does not keep a 409 kept in the database either: a copy refused before issue is made after", async () => {
      const till = await Till.login(host());
      const receipt = await till.paidReceipt(300);
      const headers = key("copy");
      const early = await till.call("POST", `/v1/receipts/${receipt.id}/copies`, { body: { channel: "print" }, headers });
      expect(early.status).toBe(409);
      await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
      const copy = await till.call("POST", `/v1/receipts/${receipt.id}/copies`, { body: { channel: "print" }, headers });
      expect(copy.status).toBe(201);
    });

    it("compares the parsed request: other key order and whitespace replay, another value is refused", async () => {
      const till = await Till.login(host());
      const receipt = await till.open([LINE]);
      const headers = { ...key("pay"), "content-type": "application/json" };
      const first = await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { raw: '{"method":"cash","amount":100}', headers });
      const again = await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { raw: '{ "amount": 100,\n  "method": "cash" }', headers });
      expect(first.status).toBe(201);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(again.text).toBe(first.text);
      const other = await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { raw: '{"method":"cash","amount":101}', headers });
      expect(other.status).toBe(422);
      expect((await till.get(receipt.id)).body.payments).toHaveLength(1);

      const openHeaders = { ...key("open"), "content-type": "application/json" };
      const opened = await till.call("POST", "/v1/receipts", { raw: JSON.stringify({ lines: [LINE] }), headers: openHeaders });
      const reordered = await till.call("POST", "/v1/receipts", { raw: ` { "lines" : [ { "vat_rate":"5","unit_price":300,"quantity":"1","name":"Bułka" } ] } `, headers: openHeaders });
      expect(reordered.headers.get("idempotent-replayed")).toBe("true");
      expect(reordered.body.id).toBe(opened.body.id);
    });

    it("a claim left by a request that died with its host lapses after its lease; a live one is 409", async () => {
      const till = await Till.login(host());
      const body = { lines: [LINE] };
      const fingerprint = await fingerprintOf("POST", new URL(`${host().baseUrl}/v1/receipts`), canonicalJson(body as unknown as JsonValue));
      const lapsed = key("lapsed");
      await insertClaim({ terminalId: "trm_demo_pl", key: lapsed["idempotency-key"], fingerprint, createdAt: new Date(Date.now() - 120_000).toISOString() });
      expect((await till.call("POST", "/v1/receipts", { body, headers: lapsed })).status).toBe(201);
      const live = key("live");
      await insertClaim({ terminalId: "trm_demo_pl", key: live["idempotency-key"], fingerprint, createdAt: new Date().toISOString() });
      const busy = await till.call("POST", "/v1/receipts", { body, headers: live });
      expect(busy.status).toBe(409);
      expect(busy.body.code).toBe("idempotency-in-flight");
    });
  });
}
