/** Receipt and delivery lists as a shop's back office reads them, on every host. */
import { describe, expect, it } from "vitest";
import { Admin, onboard, sell, tillOf } from "./admin-client";
import { eventually } from "./receivers";
import { Till, type Host, type Json } from "./api-client";

async function allPages(till: Till, path: string, between: () => Promise<unknown> = async () => {}): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const res = await till.call("GET", `${path}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.next_cursor;
    await between();
  } while (cursor);
  return items;
}

const timeOf = (r: Json): string => r.issued_at ?? r.cancelled_at;

export function listScenarios(host: () => Host, adminToken: string): void {
  const newShop = async () => {
    const shop = await onboard(new Admin(host(), adminToken), { mode: "test" });
    return { shop, till: await tillOf(host(), shop) };
  };

  describe("GET /v1/receipts", () => {
    it("lists issued and cancelled receipts newest first, never open ones, with filters", async () => {
      const { till } = await newShop();
      const issued: string[] = [];
      for (let i = 0; i < 3; i++) issued.push((await sell(till, 100 + i)).body.id);
      const opened = await till.call("POST", "/v1/receipts", { body: { lines: [{ name: "Kawa", quantity: "1", unit_price: 900, vat_rate: "23" }], customer: { loyalty_id: "CARD-42" } } });
      const loyal = opened.body;
      await till.call("POST", `/v1/receipts/${loyal.id}/payments`, { body: { method: "cash", amount: 900 } });
      await till.call("POST", `/v1/receipts/${loyal.id}/finalize`, { body: { delivery: "print" } });
      const cancelled = await till.open();
      await till.call("POST", `/v1/receipts/${cancelled.id}/cancel`);
      const open = await till.open();

      const all = (await till.call("GET", "/v1/receipts")).body.items as Json[];
      expect(all.map((r) => r.id)).toEqual([cancelled.id, loyal.id, ...issued.reverse()]);
      expect(all.map((r) => r.id)).not.toContain(open.id);
      expect(all[1]).toMatchObject({ status: "issued", total: 900, currency: "PLN", delivery: { channel: "print", status: "printed" } });
      expect(all[0]).toMatchObject({ status: "cancelled", cancelled_at: expect.any(String), total: null });

      const onlyCancelled = (await till.call("GET", "/v1/receipts?status=cancelled")).body.items as Json[];
      expect(onlyCancelled.map((r) => r.id)).toEqual([cancelled.id]);
      expect((await till.call("GET", "/v1/receipts?customer=CARD-42")).body.items.map((r: Json) => r.id)).toEqual([loyal.id]);
      expect((await till.call("GET", "/v1/receipts?delivery_status=printed")).body.items).toHaveLength(4);
      const from = timeOf(all[1]);
      const since = (await till.call("GET", `/v1/receipts?from=${encodeURIComponent(from)}`)).body.items as Json[];
      expect(since.every((r) => timeOf(r) >= from)).toBe(true);
      expect(since.map((r) => r.id)).toContain(loyal.id);
      const until = (await till.call("GET", `/v1/receipts?to=${encodeURIComponent(from)}`)).body.items as Json[];
      expect(until.every((r) => timeOf(r) < from)).toBe(true);
    });

    it("pages stay stable while new receipts are issued between pages", async () => {
      const { till } = await newShop();
      const before: string[] = [];
      for (let i = 0; i < 7; i++) before.push((await sell(till)).body.id);
      const added: string[] = [];
      const seen = await allPages(till, "/v1/receipts?limit=2", async () => {
        const [a, b] = await Promise.all([sell(till), sell(till)]);
        added.push(a.body.id, b.body.id);
      });
      const ids = seen.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => before.includes(id)).sort()).toEqual([...before].sort());
      // Newer receipts only ever appear ahead of a page already read, never inside the rest.
      expect(ids.filter((id) => added.includes(id))).toEqual([]);
      for (let i = 1; i < seen.length; i++) {
        const [a, b] = [seen[i - 1], seen[i]];
        expect(timeOf(a) > timeOf(b) || (timeOf(a) === timeOf(b) && a.id > b.id)).toBe(true);
      }
    });

    it("a terminal sees only its own merchant's receipts", async () => {
      const mine = await newShop();
      const other = await newShop();
      const myReceipt = (await sell(mine.till)).body.id;
      const theirs = (await sell(other.till)).body.id;
      const seenByMe = (await allPages(mine.till, "/v1/receipts")).map((r) => r.id);
      expect(seenByMe).toEqual([myReceipt]);
      expect(seenByMe).not.toContain(theirs);
      const demo = await Till.login(host());
      expect((await allPages(demo, "/v1/receipts?limit=200")).map((r) => r.id)).not.toContain(myReceipt);
      expect((await demo.call("GET", `/v1/deliveries?receipt_id=${myReceipt}`)).body.items).toEqual([]);
    });

    it("refuses bad filters with a problem", async () => {
      const till = await Till.login(host());
      for (const query of ["status=open", "from=yesterday", "limit=0", "limit=500", "cursor=%%%", "delivery_status=lost"]) {
        const res = await till.call("GET", `/v1/receipts?${query}`);
        expect(res.status, query).toBe(422);
        expect(res.type).toContain("application/problem+json");
      }
      expect((await till.call("GET", "/v1/deliveries?status=nope")).status).toBe(422);
    });
  });

  describe("GET /v1/deliveries", () => {
    it("lists the merchant's messages newest first, filtered by status and channel", async () => {
      const { till } = await newShop();
      const receipt = await till.paidReceipt();
      const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "sms", contact: { phone: "+48600100300" } } });
      expect(issued.status).toBe(200);
      const rows = await eventually(async () => {
        const items = (await till.call("GET", "/v1/deliveries?status=sent")).body.items as Json[];
        return items.length > 0 ? items : undefined;
      }, 15_000, "delivery sent");
      expect(rows[0]).toMatchObject({ receipt_id: receipt.id, channel: "sms", recipient: "+48600100300", copy: 0, status: "sent", attempts: 1 });
      expect((await till.call("GET", "/v1/deliveries?status=failed")).body.items).toEqual([]);
      expect((await till.call("GET", "/v1/deliveries?channel=email")).body.items).toEqual([]);
    });
  });
}
