/**
 * The API contract as a till and a customer use it. The same scenarios run inside workerd
 * (D1, R2, Durable Objects) and against the Node host over HTTP with a real libsql file.
 */
import { describe, expect, it } from "vitest";
import { call, SE_KEY, Till, type Host, type Json } from "./api-client";

const POLISH = { name: "Żółć łąka", quantity: "0.375", unit_price: 1999, vat_rate: "23" };
const BREAD = { name: "Chleb żytni", quantity: "2", unit_price: 450, vat_rate: "5" };
const EXEMPT = { name: "Usługa zwolniona", quantity: "1", unit_price: 1000, vat_rate: "exempt" };

function expectProblem(res: { status: number; type: string; body: Json }, status: number, field?: string) {
  expect(res.status).toBe(status);
  expect(res.type).toContain("application/problem+json");
  expect(res.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), type: expect.stringMatching(/^https:\/\//) });
  if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
}

/** Everything of the receipt a failed request must not change (events aside, which only GET adds). */
const state = (receipt: Json) => {
  const { events: _events, ...rest } = receipt;
  return rest;
};

export function apiScenarios(host: () => Host): void {
  let till: Till;
  const login = async () => (till = await Till.login(host()));

  describe("auth", () => {
    it("exchanges the demo key for a JWT and refuses a wrong key", async () => {
      const ok = await call(host(), "POST", "/v1/auth/token", { body: { api_key: "demo-terminal-key" } });
      expect(ok.status).toBe(200);
      expect(ok.body.expires_in).toBeGreaterThan(0);
      expect(ok.body.token.split(".")).toHaveLength(3);
      expectProblem(await call(host(), "POST", "/v1/auth/token", { body: { api_key: "nope" } }), 401);
    });

    it("refuses calls without a valid bearer token", async () => {
      expectProblem(await call(host(), "POST", "/v1/receipts", { body: {} }), 401);
      expectProblem(await call(host(), "GET", "/v1/receipts/rcp_x", { headers: { authorization: "Bearer not.a.jwt" } }), 401);
      // An unsigned token ("alg": "none") is refused: algorithms are pinned.
      const none = `${btoa(JSON.stringify({ alg: "none", typ: "JWT" }))}.${btoa(JSON.stringify({ sub: "trm_demo_pl", mer: "mer_demo_pl", sto: "s", dev: "d", cty: "PL", aud: "ereceipt-edge/v1", iss: "ereceipt-edge" }))}.`.replace(/=/g, "");
      expectProblem(await call(host(), "GET", "/v1/receipts/rcp_x", { headers: { authorization: `Bearer ${none}` } }), 401);
    });
  });

  describe("the till flow", () => {
    it("opens, adds lines with weights and several VAT rates, voids, pays with change and prints", async () => {
      await login();
      const opened = await till.open([POLISH]);
      expect(opened).toMatchObject({ status: "open", currency: "PLN", total: 750, qr_scanned_at: null });
      expect(opened.id).toMatch(/^rcp_/);
      expect(opened.customer_url).toMatch(/^https?:\/\/[^/]+\/r\/[A-Za-z0-9_-]{43}$/);
      expect(opened.qr_svg_url).toBe(`${new URL(opened.customer_url).origin}/v1/receipts/${opened.id}/qr.svg`);

      const bread = await till.call("POST", `/v1/receipts/${opened.id}/lines`, { body: BREAD });
      expect(bread.status).toBe(201);
      expect(bread.body.line).toMatchObject({ name: "Chleb żytni", quantity: "2", amount: 900, voided: false });
      const exempt = await till.call("POST", `/v1/receipts/${opened.id}/lines`, { body: EXEMPT });
      const mistake = await till.call("POST", `/v1/receipts/${opened.id}/lines`, { body: { ...BREAD, name: "Pomyłka" } });
      const voided = await till.call("DELETE", `/v1/receipts/${opened.id}/lines/${mistake.body.line.id}`);
      expect(voided.status).toBe(200);
      expect(voided.body.lines.find((l: Json) => l.name === "Pomyłka").voided).toBe(true);
      expect(voided.body.total).toBe(750 + 900 + 1000);
      expect(voided.body.vat).toEqual([
        { rate: "23", label: "A", net: 610, vat: 140, gross: 750 },
        { rate: "5", label: "C", net: 857, vat: 43, gross: 900 },
        { rate: "exempt", label: "E", net: 1000, vat: 0, gross: 1000 },
      ]);
      expect(exempt.body.receipt.lines).toHaveLength(3);

      const card = await till.call("POST", `/v1/receipts/${opened.id}/payments`, { body: { method: "card", amount: 1000 } });
      expect(card.status).toBe(201);
      expect(card.body).toMatchObject({ method: "card", amount: 1000, confirmed: true });
      const cash = await till.call("POST", `/v1/receipts/${opened.id}/payments`, { body: { method: "cash", amount: 2000 } });
      expect(cash.body.receipt).toMatchObject({ paid: 3000, change: 350, due: 0 });

      const issued = await till.call("POST", `/v1/receipts/${opened.id}/finalize`, { body: { delivery: "print" } });
      expect(issued.status).toBe(200);
      expect(issued.body).toMatchObject({ status: "issued", total: 2650, change: 350, delivery: { channel: "print", status: "printed" } });
      expect(issued.body.fiscal).toMatchObject({ device_id: "dev_demo_pl", printed: true });
      expect(issued.body.fiscal.number).toBeGreaterThan(0);
      expect(issued.body.fiscal.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
      expect(issued.body.pdf_url).toBe(`${opened.customer_url}/pdf`);
      const text: string = issued.body.print.text;
      expect(issued.body.print.columns).toBe(48);
      for (const line of text.split("\n")) expect([...line].length).toBeLessThanOrEqual(48);
      expect(text).toContain("Żółć łąka");
      expect(text).toContain("26,50");
      expect(text).toContain(issued.body.fiscal.number_text);

      const got = await till.get(opened.id);
      expect(got.body.events.map((e: Json) => e.type)).toEqual([
        "opened",
        "line_added",
        "line_added",
        "line_added",
        "line_voided",
        "payment_added",
        "payment_added",
        "issued",
      ]);

      const pdf = await host().fetch(issued.body.pdf_url);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");

      const svg = await till.call("GET", `/v1/receipts/${opened.id}/qr.svg`);
      expect(svg.status).toBe(200);
      expect(svg.type).toContain("image/svg+xml");
      expect(svg.text).toContain("<svg");
    });

    it("prints for a narrower printer when asked", async () => {
      const receipt = await till.paidReceipt();
      const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize?columns=32`, { body: { delivery: "print" } });
      expect(issued.body.print.columns).toBe(32);
      for (const line of issued.body.print.text.split("\n")) expect([...line].length).toBeLessThanOrEqual(32);
    });

    it("will not fiscalize a standalone card payment before the cashier confirms it", async () => {
      const receipt = await till.open([BREAD]);
      const pay = await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "card_standalone", amount: 900 } });
      expect(pay.body.confirmed).toBe(false);
      const early = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
      expectProblem(early, 409);
      expect(early.body.type).toContain("card-payment-unconfirmed");
      expect(early.body.detail).toContain("terminal");
      expect((await till.get(receipt.id)).body.status).toBe("open");
      const confirm = await till.call("POST", `/v1/receipts/${receipt.id}/payments/${pay.body.id}/confirm`);
      expect(confirm.status).toBe(200);
      expect(confirm.body.payments[0].confirmed).toBe(true);
      const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
      expect(issued.status).toBe(200);
    });

    it("accepts a standalone card payment recorded as already approved", async () => {
      const receipt = await till.open([BREAD]);
      const pay = await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "card_standalone", amount: 900, terminal_confirmed: true } });
      expect(pay.body.confirmed).toBe(true);
      expect((await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } })).status).toBe(200);
    });

    it("refuses to finalize what is not paid, and card payments beyond the amount due", async () => {
      const receipt = await till.open([BREAD]);
      expectProblem(await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "card", amount: 901 } }), 422, "amount");
      await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: 500 } });
      const res = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
      expectProblem(res, 409);
      expect(res.body.type).toContain("payment-incomplete");
      expect((await till.get(receipt.id)).body.status).toBe("open");
    });

    it("cancels an open receipt without a fiscal document, and only an open one", async () => {
      const receipt = await till.paidReceipt();
      const cancelled = await till.call("POST", `/v1/receipts/${receipt.id}/cancel`);
      expect(cancelled.body).toMatchObject({ status: "cancelled", fiscal: null, pdf_url: null });
      expectProblem(await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } }), 409);
      const issued = await till.paidReceipt();
      await till.call("POST", `/v1/receipts/${issued.id}/finalize`, { body: { delivery: "print" } });
      expectProblem(await till.call("POST", `/v1/receipts/${issued.id}/cancel`), 409);
    });
  });

  describe("delivery", () => {
    it("a customer who opened the QR link is seen by the till and gets a QR receipt with auto", async () => {
      await login();
      const receipt = await till.paidReceipt();
      const page = await host().fetch(receipt.customer_url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('data-state="waiting"');
      const seen = await till.get(receipt.id);
      expect(seen.body.qr_scanned_at).not.toBeNull();
      expect(seen.body.events.map((e: Json) => e.type)).toContain("qr_scanned");
      // Seed 001: the till is asked "QR receipt: OK / Change"; OK is a finalize with "qr".
      const offer = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "auto" } });
      expect(offer.status).toBe(202);
      expect(offer.body.qr_choice).toMatchObject({ offered: "qr", options: ["ok", "change"] });
      const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
      expect(issued.body.delivery).toMatchObject({ channel: "qr", status: "sent" });
      expect(issued.body.fiscal.printed).toBe(false);
      expect(issued.body.print).toBeUndefined();
      const after = await host().fetch(receipt.customer_url);
      expect(await after.text()).toContain('data-state="issued"');
    });

    it("auto with no identification prints on paper (seed 000)", async () => {
      const receipt = await till.paidReceipt();
      const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "auto" } });
      expect(issued.body.delivery.channel).toBe("print");
      expect(issued.body.fiscal.printed).toBe(true);
    });

    it("answers a channel without its contact with 422 and changes nothing", async () => {
      const receipt = await till.paidReceipt();
      const before = state((await till.get(receipt.id)).body);
      expectProblem(await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "sms" } }), 422, "contact.phone");
      expectProblem(await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "email", contact: { email: "not-an-address" } } }), 422, "contact.email");
      expect(state((await till.get(receipt.id)).body)).toEqual(before);
    });
  });

  describe("idempotency", () => {
    it("replays the first answer byte for byte and refuses the key for another request", async () => {
      await login();
      const headers = { "idempotency-key": `open-${Math.random()}` };
      const first = await till.call("POST", "/v1/receipts", { body: { lines: [BREAD] }, headers });
      const again = await till.call("POST", "/v1/receipts", { body: { lines: [BREAD] }, headers });
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.text).toBe(first.text);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      const other = await till.call("POST", "/v1/receipts", { body: { lines: [POLISH] }, headers });
      expectProblem(other, 422);
      expect(other.body.type).toContain("idempotency-mismatch");
    });

    it("a finalize retried after a lost reply never makes a second fiscal document", async () => {
      const receipt = await till.paidReceipt();
      const headers = { "idempotency-key": `fin-${receipt.id}` };
      const first = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" }, headers });
      const retry = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" }, headers });
      expect(retry.text).toBe(first.text);
      // Even without the key, a second finalize answers the same document.
      const bare = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
      expect(bare.body.fiscal.number).toBe(first.body.fiscal.number);
      const next = await till.paidReceipt();
      const nextIssued = await till.call("POST", `/v1/receipts/${next.id}/finalize`, { body: { delivery: "print" } });
      expect(nextIssued.body.fiscal.number).toBe(first.body.fiscal.number + 1);
      expect(nextIssued.body.fiscal.prev_hash).toBe(first.body.fiscal.hash);
    });
  });

  describe("fiscal numbering", () => {
    it("concurrent finalizes on one device give consecutive numbers with no gap or duplicate", async () => {
      await login();
      const receipts = await Promise.all(Array.from({ length: 12 }, () => till.paidReceipt()));
      const issued = await Promise.all(receipts.map((r) => till.call("POST", `/v1/receipts/${r.id}/finalize`, { body: { delivery: "print" } })));
      expect(issued.map((r) => r.status)).toEqual(receipts.map(() => 200));
      const numbers = issued.map((r) => r.body.fiscal.number as number).sort((a, b) => a - b);
      expect(new Set(numbers).size).toBe(12);
      expect(numbers.at(-1)! - numbers[0]! + 1).toBe(12);
      // The chain links each document to the one before it.
      const byNumber = new Map(issued.map((r) => [r.body.fiscal.number as number, r.body.fiscal]));
      for (const n of numbers.slice(1)) expect(byNumber.get(n).prev_hash).toBe(byNumber.get(n - 1).hash);
    });
  });

  describe("bad input changes nothing", () => {
    it("answers every malformed request with problem+json naming the field", async () => {
      await login();
      const receipt = await till.open([BREAD]);
      const before = state((await till.get(receipt.id)).body);
      const lines = `/v1/receipts/${receipt.id}/lines`;
      const cases: [string, string, { body?: unknown; raw?: string; headers?: Record<string, string> }, number, string?][] = [
        ["malformed JSON", lines, { raw: '{"name": "x", ' }, 400],
        ["wrong type", lines, { body: { ...BREAD, unit_price: "450" } }, 422, "unit_price"],
        ["missing field", lines, { body: { name: "x", quantity: "1", vat_rate: "23" } }, 422, "unit_price"],
        ["negative quantity", lines, { body: { ...BREAD, quantity: "-1" } }, 422, "quantity"],
        ["zero quantity", lines, { body: { ...BREAD, quantity: "0" } }, 422, "quantity"],
        ["four decimals", lines, { body: { ...BREAD, quantity: "0.3755" } }, 422, "quantity"],
        ["absurd quantity", lines, { body: { ...BREAD, quantity: "99999999" } }, 422, "quantity"],
        ["negative price", lines, { body: { ...BREAD, unit_price: -1 } }, 422, "unit_price"],
        ["absurd price", lines, { body: { ...BREAD, unit_price: 1e15 } }, 422, "unit_price"],
        ["fractional price", lines, { body: { ...BREAD, unit_price: 4.5 } }, 422, "unit_price"],
        ["VAT rate of another country", lines, { body: { ...BREAD, vat_rate: "25" } }, 422, "vat_rate"],
        ["unknown field", lines, { body: { ...BREAD, colour: "red" } }, 422, "colour"],
        ["empty name", lines, { body: { ...BREAD, name: "   " } }, 422, "name"],
        ["discount above the line", lines, { body: { ...BREAD, discount: 100000 } }, 422, "discount"],
        ["body over the size limit", lines, { raw: JSON.stringify({ ...BREAD, name: "x".repeat(70_000) }) }, 413],
        ["not JSON at all", lines, { raw: "<xml/>", headers: { "content-type": "application/xml" } }, 415],
        ["unknown payment method", `/v1/receipts/${receipt.id}/payments`, { body: { method: "bitcoin", amount: 1 } }, 422, "method"],
        ["zero payment", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: 0 } }, 422, "amount"],
        ["unknown delivery", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "pigeon" } }, 422, "delivery"],
        ["finalize without payment", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } }, 409],
        ["bad Idempotency-Key", lines, { body: BREAD, headers: { "idempotency-key": "x".repeat(300) } }, 400],
      ];
      for (const [name, path, options, status, field] of cases) {
        const res = await till.call("POST", path, options);
        try {
          expectProblem(res, status, field);
        } catch (error) {
          throw new Error(`${name}: got ${res.status} ${res.text.slice(0, 300)}`, { cause: error });
        }
      }
      expect(state((await till.get(receipt.id)).body)).toEqual(before);
    });

    it("hostile text is stored as text and escaped on the customer page", async () => {
      const receipt = await till.open([{ ...BREAD, name: "<script>alert(1)</script>" }]);
      const page = await (await host().fetch(receipt.customer_url)).text();
      expect(page).not.toContain("<script>alert(1)</script>");
      await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: 900 } });
      await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
      const issuedPage = await (await host().fetch(receipt.customer_url)).text();
      expect(issuedPage).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    });

    it("an issued receipt takes no more lines or payments", async () => {
      const receipt = await till.paidReceipt();
      await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
      const before = state((await till.get(receipt.id)).body);
      expectProblem(await till.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: BREAD }), 409);
      expectProblem(await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: 5 } }), 409);
      expectProblem(await till.call("DELETE", `/v1/receipts/${receipt.id}/lines/${receipt.lines[0].id}`), 409);
      expect(state((await till.get(receipt.id)).body)).toEqual(before);
    });

    it("another merchant's receipt does not exist for this terminal", async () => {
      const receipt = await till.open([BREAD]);
      const swedish = await Till.login(host(), SE_KEY);
      expectProblem(await swedish.get(receipt.id), 404);
      expectProblem(await swedish.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: { ...BREAD, vat_rate: "25" } }), 404);
      expectProblem(await swedish.call("POST", `/v1/receipts/${receipt.id}/cancel`), 404);
      expect((await till.get(receipt.id)).body.lines).toHaveLength(1);
    });

    it("uses each country's VAT rates and currency", async () => {
      const swedish = await Till.login(host(), SE_KEY);
      const receipt = await swedish.open([{ name: "Räksmörgås", quantity: "1", unit_price: 8900, vat_rate: "12" }]);
      expect(receipt).toMatchObject({ currency: "SEK", vat: [{ rate: "12", net: 7946, vat: 954, gross: 8900 }] });
      expectProblem(await swedish.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: { ...BREAD, vat_rate: "23" } }), 422, "vat_rate");
    });
  });

  describe("customer pages", () => {
    it("answers an unknown link with a friendly 404 and an expired one with 410", async () => {
      await login();
      const unknown = await host().fetch(`${host().baseUrl}/r/${"A".repeat(43)}`);
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get("content-type")).toContain("text/html");
      const receipt = await till.paidReceipt();
      await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
      await host().expire(receipt.id);
      const gone = await host().fetch(receipt.customer_url);
      expect(gone.status).toBe(410);
      expect((await host().fetch(`${receipt.customer_url}/pdf`)).status).toBe(410);
    });

    it("serves the OpenAPI document and health", async () => {
      const doc = await call(host(), "GET", "/openapi.json");
      expect(doc.status).toBe(200);
      for (const path of ["/v1/auth/token", "/v1/receipts", "/v1/receipts/{id}", "/v1/receipts/{id}/lines", "/v1/receipts/{id}/lines/{line_id}", "/v1/receipts/{id}/payments", "/v1/receipts/{id}/payments/{payment_id}/confirm", "/v1/receipts/{id}/finalize", "/v1/receipts/{id}/cancel", "/v1/receipts/{id}/qr.svg"]) {
        expect(Object.keys(doc.body.paths)).toContain(path);
      }
      expect((await call(host(), "GET", "/healthz")).body).toEqual({ ok: true });
      expectProblem(await call(host(), "GET", "/v1/nothing-here", { headers: { authorization: `Bearer ${till.token}` } }), 404);
    });
  });
}
