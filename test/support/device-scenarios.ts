/**
 * The fiscal-device sandbox as a POS developer uses it (docs/simulator.md): shifts and reports,
 * returns, faults and recovery, the journal. Run on workerd and on the Node host.
 */
import { describe, expect, it } from "vitest";
import { parseJournal, verifyJournal, importPublicJwk } from "../../src/simulator";
import { call, Till, type Host, type Json } from "./api-client";

const RU_KEY = "demo-terminal-key-ru";
const SE_KEY = "demo-terminal-key-se";
const NO_KEY = "demo-terminal-key-no";
const BREAD = { name: "Хлеб", quantity: "2", unit_price: 5000, vat_rate: "10" };
const MILK = { name: "Молоко", quantity: "1.5", unit_price: 8000, vat_rate: "22" };

async function sell(till: Till, lines: unknown[], delivery = "print", headers: Record<string, string> = {}) {
  const receipt = await till.open(lines);
  await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: receipt.total } });
  return { receipt, issued: await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery }, headers }) };
}

function expectProblem(res: { status: number; type: string; body: Json; text: string }, status: number, code?: string) {
  expect(res.status, res.text).toBe(status);
  expect(res.type).toContain("application/problem+json");
  if (code) expect(res.body.code).toBe(code);
}

export function deviceScenarios(host: () => Host): void {
  describe("device state and shifts (RU)", () => {
    it("opens a shift, counts sales and returns in the X report, and closes it with a signed Z report", async () => {
      const till = await Till.login(host(), RU_KEY);
      const device = "dev_demo_ru";
      const before = await till.call("GET", `/v1/devices/${device}`);
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({ device_id: device, country: "RU", serial: expect.stringMatching(/^7\d{15}$/) });
      if (before.body.shift) await till.call("POST", `/v1/devices/${device}/shifts/close`);
      const opened = await till.call("POST", `/v1/devices/${device}/shifts`);
      expect(opened.status).toBe(201);
      expect(opened.body.shift).toMatchObject({ receipts: 0 });
      expectProblem(await till.call("POST", `/v1/devices/${device}/shifts`), 409, "device-shift-open");

      const one = await sell(till, [BREAD, MILK]);
      const two = await sell(till, [BREAD]);
      expect(one.issued.body.fiscal.qr_payload).toMatch(/^t=\d{8}T\d{4}&s=220\.00&fn=\d{16}&i=\d+&fp=\d{1,10}&n=1$/);
      const ret = await till.call("POST", `/v1/receipts/${two.receipt.id}/returns`, { body: {} });
      expect(ret.status, ret.text).toBe(201);
      expect(ret.body).toMatchObject({ receipt_id: two.receipt.id, total: 10000, document: { kind: "return", receipt_id: two.receipt.id } });
      expect(ret.body.document.qr_payload).toMatch(/&n=2$/);

      const x = await till.call("GET", `/v1/devices/${device}/reports/x`);
      expect(x.body.totals.sales).toEqual({ count: 2, total: 22000 + 10000 });
      expect(x.body.totals.returns).toEqual({ count: 1, total: 10000 });

      const z = await till.call("POST", `/v1/devices/${device}/shifts/close`);
      expect(z.status).toBe(200);
      expect(z.body.report.totals.sales).toEqual({ count: 2, total: 32000 });
      expect(z.body.report.totals.returns).toEqual({ count: 1, total: 10000 });
      expect(z.body.document).toMatchObject({ kind: "z_report", receipt_id: null, number: ret.body.document.number + 1, prev_hash: ret.body.document.hash });
      expect(z.body.document.number_text).toMatch(/^Z\d{4}$/);
      const after = await till.call("GET", `/v1/devices/${device}`);
      expect(after.body.shift).toBeNull();
      expectProblem(await till.call("POST", `/v1/devices/${device}/shifts/close`), 409, "device-no-open-shift");
    });

    it("a device is its merchant's only", async () => {
      const swedish = await Till.login(host(), SE_KEY);
      expectProblem(await swedish.call("GET", "/v1/devices/dev_demo_ru"), 404);
      expectProblem(await swedish.call("POST", "/v1/devices/dev_demo_ru/faults", { body: { fault: "paper_out" } }), 404);
    });
  });

  describe("returns", () => {
    it("returns by lines, then the rest, never more than was sold", async () => {
      const till = await Till.login(host(), SE_KEY);
      const { receipt } = await sell(till, [
        { name: "Kaffe", quantity: "3", unit_price: 3000, vat_rate: "12" },
        { name: "Räkor", quantity: "0.5", unit_price: 24900, vat_rate: "12" },
      ]);
      const [coffee, shrimp] = receipt.lines;
      expectProblem(await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: { lines: [{ line_id: coffee.id, quantity: "4" }] } }), 422, "device-return-exceeds-sale");
      const first = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: { lines: [{ line_id: coffee.id, quantity: "1" }] } });
      expect(first.body.total).toBe(3000);
      const rest = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: {} });
      expect(rest.body.total).toBe(6000 + shrimp.amount);
      expect(rest.body.document.payload.lines.map((l: Json) => l.quantity)).toEqual(["2", "0.5"]);
      expectProblem(await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: {} }), 409, "nothing-to-return");
      const open = await till.open([{ name: "Bröd", quantity: "1", unit_price: 100, vat_rate: "6" }]);
      expectProblem(await till.call("POST", `/v1/receipts/${open.id}/returns`, { body: {} }), 409, "receipt-not-issued");
      expectProblem(await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: { lines: [{ line_id: "ln_nope", quantity: "1" }] } }), 422);
    });
  });

  describe("faults (sandbox)", () => {
    const device = "dev_demo_no";
    const LINE = { name: "Brunost", quantity: "1", unit_price: 6990, vat_rate: "15" };

    it("paper out refuses print with a problem that offers electronic delivery; electronic still works", async () => {
      const till = await Till.login(host(), NO_KEY);
      const armed = await till.call("POST", `/v1/devices/${device}/faults`, { body: { fault: "paper_out" } });
      expect(armed.body.faults.map((f: Json) => f.fault)).toEqual(["paper_out"]);
      const { receipt, issued } = await sell(till, [LINE]);
      expectProblem(issued, 409, "device-paper-out");
      expect(issued.body.detail).toMatch(/SMS|e-mail|electronic/i);
      expect((await till.get(receipt.id)).body.status).toBe("open");
      const electronic = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
      expect(electronic.status).toBe(200);
      const cleared = await till.call("DELETE", `/v1/devices/${device}/faults`);
      expect(cleared.body.faults).toEqual([]);
    });

    it("a lost reply: the document exists and the retry with the same key gets it", async () => {
      const till = await Till.login(host(), NO_KEY);
      await till.call("POST", `/v1/devices/${device}/faults`, { body: { fault: "reply_lost", count: 1 } });
      const key = { "idempotency-key": `lost-${Date.now()}-${Math.random()}` };
      const { receipt, issued } = await sell(till, [LINE], "print", key);
      expectProblem(issued, 503, "device-reply-lost");
      const retry = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" }, headers: key });
      expect(retry.status).toBe(200);
      const status = await till.call("GET", `/v1/devices/${device}`);
      expect(retry.body.fiscal.number).toBe(status.body.last_number);
      expect(status.body.faults).toEqual([]);
    });

    it("power loss leaves the document whole or absent, never a gap or a duplicate", async () => {
      const till = await Till.login(host(), NO_KEY);
      const numbers: number[] = [];
      for (const seed of [1, 2, 3, 4]) {
        await till.call("POST", `/v1/devices/${device}/faults`, { body: { fault: "power_loss", count: 1, seed } });
        const key = { "idempotency-key": `power-${seed}-${Math.random()}` };
        const { receipt, issued } = await sell(till, [LINE], "print", key);
        expectProblem(issued, 503);
        const retry = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" }, headers: key });
        expect(retry.status).toBe(200);
        numbers.push(retry.body.fiscal.number);
      }
      expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    });

    it("operator offline: documents queue and go out in order when it returns", async () => {
      const till = await Till.login(host(), NO_KEY);
      const online = await sell(till, [LINE]);
      expect(online.issued.body.fiscal.operator_ack).toMatchObject({ ack_id: expect.any(String), acked_at: expect.any(String) });
      await till.call("POST", `/v1/devices/${device}/faults`, { body: { fault: "operator_offline" } });
      const first = await sell(till, [LINE]);
      await sell(till, [LINE]);
      expect(first.issued.body.fiscal.operator_ack).toBeNull();
      const offline = await till.call("GET", `/v1/devices/${device}`);
      expect(offline.body.operator.unsent).toBe(2);
      expect(offline.body.operator.unsent_since).toEqual(expect.any(String));
      const back = await till.call("DELETE", `/v1/devices/${device}/faults`);
      expect(back.body.operator).toMatchObject({ unsent: 0, unsent_since: null, acked: back.body.last_number });
      expect((await till.get(first.receipt.id)).body.fiscal.operator_ack).not.toBeNull();
    });

    it("clock skew beyond the tolerance is refused; bad fault input is a 422", async () => {
      const till = await Till.login(host(), NO_KEY);
      await till.call("POST", `/v1/devices/${device}/faults`, { body: { fault: "clock_skew", ms: 3_600_000 } });
      const { issued } = await sell(till, [LINE]);
      expectProblem(issued, 409, "device-clock-skew");
      await till.call("DELETE", `/v1/devices/${device}/faults`);
      expectProblem(await till.call("POST", `/v1/devices/${device}/faults`, { body: { fault: "meteor" } }), 422);
      expectProblem(await till.call("POST", `/v1/devices/${device}/faults`, { body: { fault: "slow", ms: -5 } }), 422);
    });
  });

  describe("journal", () => {
    it("exports every document as JSON lines that verify from the data alone", async () => {
      const till = await Till.login(host(), NO_KEY);
      const res = await host().fetch(`${host().baseUrl}/v1/devices/dev_demo_no/journal`, { headers: { authorization: `Bearer ${till.token}` } });
      expect(res.headers.get("content-type")).toBe("application/x-ndjson");
      // Bytes first: workerd warns when .text() meets a content type it does not know as text.
      const text = new TextDecoder().decode(await res.arrayBuffer());
      const parsed = parseJournal(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.documents.length).toBeGreaterThan(5);
      const jwks = await call(host(), "GET", "/.well-known/jwks.json");
      const keys = new Map<string, JsonWebKey>(jwks.body.keys.map((k: JsonWebKey & { kid: string }) => [k.kid, k]));
      const verdict = await verifyJournal(parsed.documents, async (kid) => importPublicJwk(keys.get(kid)!));
      expect(verdict).toMatchObject({ valid: true });
      const tampered = parseJournal(text.replace("Brunost", "Brunosu"));
      const broken = tampered.ok ? await verifyJournal(tampered.documents, async (kid) => importPublicJwk(keys.get(kid)!)) : { valid: false };
      expect(broken.valid).toBe(false);
    });
  });
}

/** N receipts finalized at once against one device: N consecutive numbers, one chain. */
export async function concurrentFinalizes(host: Host, apiKey: string, count: number): Promise<number[]> {
  const till = await Till.login(host, apiKey);
  const receipts: Json[] = [];
  for (let i = 0; i < count; i += 20) {
    receipts.push(...(await Promise.all(Array.from({ length: Math.min(20, count - i) }, () => till.paidReceipt()))));
  }
  const issued = await Promise.all(receipts.map((r) => till.call("POST", `/v1/receipts/${r.id}/finalize`, { body: { delivery: "print" } })));
  const failed = issued.filter((r) => r.status !== 200);
  if (failed.length > 0) throw new Error(`${failed.length} finalizes failed, e.g. ${failed[0]!.status} ${failed[0]!.text}`);
  const byNumber = new Map(issued.map((r) => [r.body.fiscal.number as number, r.body.fiscal]));
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  for (const n of numbers.slice(1)) expect(byNumber.get(n).prev_hash).toBe(byNumber.get(n - 1).hash);
  return numbers;
}
