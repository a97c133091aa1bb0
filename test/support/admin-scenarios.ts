/**
 * Onboarding through the admin API and the keys it hands out, as an operator and a till use them.
 * The same scenarios run inside workerd and against the Node host over HTTP.
 */
import { describe, expect, it } from "vitest";
import { call, PL_KEY, Till, type Host, type Json } from "./api-client";
import { Admin, onboard, sell, TAX_IDS, tillOf } from "./admin-client";
import { eventually } from "./receivers";

function expectProblem(res: { status: number; type: string; body: Json }, status: number, field?: string) {
  expect(res.status).toBe(status);
  expect(res.type).toContain("application/problem+json");
  if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

export function adminScenarios(host: () => Host, adminToken: string): void {
  const admin = () => new Admin(host(), adminToken);

  describe("onboarding a merchant", () => {
    it("takes a new merchant from nothing to a first issued receipt", async () => {
      const shop = await onboard(admin());
      expect(shop.merchant).toMatchObject({ country: "PL", currency: "PLN", time_zone: "Europe/Warsaw", tax_id: TAX_IDS.PL });
      expect(shop.device.serial).toMatch(/^[A-Z]{3}\d{8}$/);
      expect(shop.device.key_id).toEqual(expect.any(String));
      expect(shop.apiKey).toMatch(/^erk_live_/);
      const jwks = await call(host(), "GET", "/.well-known/jwks.json");
      expect(jwks.body.keys.map((k: Json) => k.kid)).toContain(shop.device.key_id);

      const till = await tillOf(host(), shop);
      const issued = await sell(till);
      expect(issued.status).toBe(200);
      expect(issued.body).toMatchObject({ status: "issued", currency: "PLN" });
      expect(issued.body.fiscal.number).toBe(1);
      expect(issued.body.print.text).toContain("Sklep Pod Lipami");
    });

    it("refuses a wrong tax id, currency or time zone and stores nothing", async () => {
      const before = (await admin().ok("GET", "/merchants?limit=200")).items.length;
      const base = { legal_name: "Kvitto AB", country: "SE", address: "Storgatan 1, Stockholm" };
      expectProblem(await admin().call("POST", "/merchants", { body: { ...base, tax_id: "556036-0794" } }), 422, "tax_id");
      expectProblem(await admin().call("POST", "/merchants", { body: { ...base, tax_id: "526-104-08-28" } }), 422, "tax_id");
      expectProblem(await admin().call("POST", "/merchants", { body: { ...base, tax_id: TAX_IDS.SE, currency: "EUR" } }), 422, "currency");
      expectProblem(await admin().call("POST", "/merchants", { body: { ...base, tax_id: TAX_IDS.SE, time_zone: "Mars/Olympus" } }), 422, "time_zone");
      expect((await admin().ok("GET", "/merchants?limit=200")).items.length).toBe(before);
      for (const country of ["NO", "RU"] as const) {
        const made = await admin().call("POST", "/merchants", { body: { legal_name: "X", country, address: "Y", tax_id: TAX_IDS[country] } });
        expect(made.status).toBe(201);
      }
    });

    it("reads, updates and lists merchants, stores, devices and terminals", async () => {
      const shop = await onboard(admin());
      const id = shop.merchant.id;
      const renamed = await admin().ok("PATCH", `/merchants/${id}`, { legal_name: "Sklep Pod Dębami Sp. z o.o.", time_zone: "Europe/Berlin" });
      expect(renamed).toMatchObject({ legal_name: "Sklep Pod Dębami Sp. z o.o.", time_zone: "Europe/Berlin" });
      expect(await admin().ok("GET", `/merchants/${id}`)).toEqual(renamed);
      expect((await admin().ok("PATCH", `/merchants/${id}/stores/${shop.store.id}`, { name: "Sklep nr 2" })).name).toBe("Sklep nr 2");
      expect((await admin().ok("GET", `/merchants/${id}/stores`)).items).toHaveLength(1);
      expect((await admin().ok("GET", `/merchants/${id}/devices`)).items.map((d: Json) => d.id)).toEqual([shop.device.id]);
      expect((await admin().ok("GET", `/merchants/${id}/terminals/${shop.terminal.id}`)).device_id).toBe(shop.device.id);
      expectProblem(await admin().call("GET", "/merchants/mer_nope"), 404);
      // Another merchant's store or device cannot be given to this merchant's terminal.
      const other = await onboard(admin());
      expectProblem(await admin().call("POST", `/merchants/${id}/terminals`, { body: { store_id: other.store.id, device_id: shop.device.id, name: "K" } }), 422, "store_id");
      expectProblem(await admin().call("PATCH", `/merchants/${id}/terminals/${shop.terminal.id}`, { body: { device_id: other.device.id } }), 422, "device_id");
      expectProblem(await admin().call("POST", `/merchants/${id}/devices`, { body: { profile: "SE" } }), 422, "profile");
    });

    it("pages through merchants newest first without repeats", async () => {
      for (let i = 0; i < 3; i++) await onboard(admin());
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Json = await admin().ok("GET", `/merchants?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
        seen.push(...page.items.map((m: Json) => m.id));
        cursor = page.next_cursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expectProblem(await admin().call("GET", "/merchants?cursor=garbage"), 422, "cursor");
    });

    it("keeps merchant settings and validates them", async () => {
      const { merchant } = await onboard(admin());
      const defaults = await admin().ok("GET", `/merchants/${merchant.id}/settings`);
      expect(defaults).toEqual({ e_receipts: true, display_qr: true, email_mode: "pdf", receipt_sender: "service", retention_days: null, sms_sender: null, email_sender_name: null, email_from: null, operator_offline_paper: true });
      const changed = await admin().ok("PATCH", `/merchants/${merchant.id}/settings`, { e_receipts: false, email_mode: "link", retention_days: 90, sms_sender: "LIPY", email_sender_name: "Sklep Pod Lipami" });
      expect(changed).toMatchObject({ e_receipts: false, display_qr: true, email_mode: "link", retention_days: 90, sms_sender: "LIPY", email_sender_name: "Sklep Pod Lipami" });
      expectProblem(await admin().call("PATCH", `/merchants/${merchant.id}/settings`, { body: { sms_sender: "MUCH-TOO-LONG-SENDER" } }), 422, "sms_sender");
      expectProblem(await admin().call("PATCH", `/merchants/${merchant.id}/settings`, { body: { receipt_sender: "someone" } }), 422, "receipt_sender");
      expect(await admin().ok("GET", `/merchants/${merchant.id}/settings`)).toEqual(changed);
    });
  });

  describe("terminal API keys", () => {
    it("lists keys by prefix and last use, never the key itself", async () => {
      const shop = await onboard(admin());
      const path = `/merchants/${shop.merchant.id}/terminals/${shop.terminal.id}/keys`;
      const before = (await admin().ok("GET", path)).items;
      expect(before).toHaveLength(1);
      expect(before[0]).toMatchObject({ id: shop.keyId, mode: "live", active: true, last_used_at: null, prefix: shop.apiKey.slice(0, 13) });
      await tillOf(host(), shop);
      const after = (await admin().ok("GET", path)).items;
      expect(after[0].last_used_at).toEqual(expect.any(String));
      expect(JSON.stringify(after)).not.toContain(shop.apiKey);
    });

    it("a revoked key fails at the next token request", async () => {
      const shop = await onboard(admin());
      await tillOf(host(), shop);
      const revoked = await admin().ok("DELETE", `/merchants/${shop.merchant.id}/terminals/${shop.terminal.id}/keys/${shop.keyId}`);
      expect(revoked).toMatchObject({ active: false, revoked_at: expect.any(String) });
      expectProblem(await call(host(), "POST", "/v1/auth/token", { body: { api_key: shop.apiKey } }), 401);
      expectProblem(await admin().call("DELETE", `/merchants/${shop.merchant.id}/terminals/${shop.terminal.id}/keys/${shop.keyId}`), 409);
    });

    it("rotates with an overlap in which both keys work, then only the new one", async () => {
      const shop = await onboard(admin());
      const base = `/merchants/${shop.merchant.id}/terminals/${shop.terminal.id}/keys`;
      const rotated = await admin().ok("POST", `${base}/${shop.keyId}/rotate`, { overlap_seconds: 3600 });
      expect(rotated.key.key).toMatch(/^erk_live_/);
      expect(rotated.previous).toMatchObject({ id: shop.keyId, active: true, expires_at: expect.any(String) });
      await tillOf(host(), shop);
      const fresh = await tillOf(host(), { ...shop, apiKey: rotated.key.key });
      expect((await sell(fresh)).status).toBe(200);
      // Overlap 0: the old key stops at once.
      const again = await admin().ok("POST", `${base}/${rotated.key.id}/rotate`, { overlap_seconds: 0 });
      expectProblem(await call(host(), "POST", "/v1/auth/token", { body: { api_key: rotated.key.key } }), 401);
      await tillOf(host(), { ...shop, apiKey: again.key.key });
    });

    it("faults are for test keys only", async () => {
      const live = await onboard(admin(), { mode: "live" });
      const liveTill = await tillOf(host(), live);
      expectProblem(await liveTill.call("POST", `/v1/devices/${live.device.id}/faults`, { body: { fault: "paper_out" } }), 403);
      const test = await admin().ok("POST", `/merchants/${live.merchant.id}/terminals/${live.terminal.id}/keys`, { mode: "test" });
      expect(test.key).toMatch(/^erk_test_/);
      const testTill = await tillOf(host(), { ...live, apiKey: test.key });
      const armed = await testTill.call("POST", `/v1/devices/${live.device.id}/faults`, { body: { fault: "paper_out" } });
      expect(armed.status).toBe(200);
      expect((await testTill.call("DELETE", `/v1/devices/${live.device.id}/faults`)).status).toBe(200);
    });

    it("the dev outbox shows only merchants without a live key", async () => {
      const sandbox = await onboard(admin(), { mode: "test" });
      const live = await onboard(admin(), { mode: "live" });
      const sent: Record<string, string> = {};
      for (const [name, shop] of [["sandbox", sandbox], ["live", live]] as const) {
        const till = await tillOf(host(), shop);
        const receipt = await till.paidReceipt();
        const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "sms", contact: { phone: "+48600100500" } } });
        expect(issued.status).toBe(200);
        sent[name] = receipt.id;
      }
      const listed = await eventually(async () => {
        const res = await call(host(), "GET", "/dev/outbox", { headers: { accept: "application/json" } });
        const ids = (res.body as Json[]).map((m) => m.receipt_id);
        return ids.includes(sent.sandbox) ? ids : undefined;
      }, 15_000, "sandbox message in the dev outbox");
      expect(listed).not.toContain(sent.live);
    });
  });

  describe("admin and terminal credentials never cross", () => {
    it("an admin token is refused on terminal routes and a terminal token on admin routes", async () => {
      expectProblem(await call(host(), "GET", "/v1/receipts/rcp_x", { headers: { authorization: `Bearer ${adminToken}` } }), 401);
      expectProblem(await call(host(), "POST", "/v1/receipts", { body: {}, headers: { authorization: `Bearer ${adminToken}` } }), 401);
      expectProblem(await call(host(), "POST", "/v1/auth/token", { body: { api_key: adminToken } }), 401);
      const till = await Till.login(host(), PL_KEY);
      expectProblem(await till.call("GET", "/v1/admin/merchants"), 401);
      expectProblem(await call(host(), "GET", "/v1/admin/merchants", { headers: { authorization: `Bearer ${PL_KEY}` } }), 401);
      expectProblem(await call(host(), "GET", "/v1/admin/merchants"), 401);
      expectProblem(await call(host(), "GET", "/v1/admin/merchants", { headers: { authorization: `Bearer ${adminToken}x` } }), 401);
    });

    it("one merchant's path never reaches another merchant's stores, devices, terminals or keys", async () => {
      const a = await onboard(admin());
      const b = await onboard(admin());
      const under = `/merchants/${b.merchant.id}`;
      expectProblem(await admin().call("GET", `${under}/stores/${a.store.id}`), 404);
      expectProblem(await admin().call("GET", `${under}/devices/${a.device.id}`), 404);
      expectProblem(await admin().call("GET", `${under}/terminals/${a.terminal.id}`), 404);
      expectProblem(await admin().call("GET", `${under}/terminals/${a.terminal.id}/keys`), 404);
      expectProblem(await admin().call("DELETE", `${under}/terminals/${b.terminal.id}/keys/${a.keyId}`), 404);
      expectProblem(await admin().call("POST", `${under}/terminals/${b.terminal.id}/keys/${a.keyId}/rotate`, { body: {} }), 404);
      await tillOf(host(), a);
    });
  });
}
