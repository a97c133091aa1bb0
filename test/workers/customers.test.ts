/** Customers on Workers: identification answered by the receipt's object, consent honoured, history from D1. */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { Till, type Json } from "../support/api-client";
import { workerd } from "./host";

const host = workerd;
const LINE = { name: "Chleb", quantity: "1", unit_price: 450, vat_rate: "5" };

describe("customers on Workers", () => {
  it("a paper refusal set from the app is honoured at the till, and the receipt joins the customer's history", async () => {
    const till = await Till.login(host);
    const card = `L-${Date.now()}`;
    const consent = await till.call("PUT", `/v1/customers/loyalty:${card}/preferences`, { body: { paper_refused: true, default_email: "ewa@example.com", source: "app" } });
    expect(consent.status).toBe(200);
    const open = await till.call("POST", "/v1/receipts", { body: { lines: [LINE], customer: { loyalty_id: card } } });
    expect(open.body.customer).toMatchObject({ known: true, paper_refused: true, default_email: "e***@example.com" });
    expect(open.text).not.toContain("ewa@example.com");
    await till.call("POST", `/v1/receipts/${open.body.id}/payments`, { body: { method: "cash", amount: 450 } });
    const issued = await till.call("POST", `/v1/receipts/${open.body.id}/finalize`, { body: { delivery: "auto" } });
    expect(issued.body.delivery).toMatchObject({ channel: "email", reason: "the customer's default e-mail" });
    const history = await till.call("GET", `/v1/customers/loyalty:${card}/receipts`);
    expect(history.body.items.map((r: Json) => r.id)).toEqual([open.body.id]);
    const stored = await env.DB.prepare("SELECT customer, customer_id FROM receipts WHERE id = ?").bind(open.body.id).first<{ customer: string | null; customer_id: string }>();
    expect(stored).toEqual({ customer: null, customer_id: open.body.customer.ref });
    const sealed = await env.DB.prepare("SELECT default_email_sealed, loyalty_sealed FROM customers WHERE id = ?").bind(open.body.customer.ref).first<Record<string, string>>();
    expect(JSON.stringify(sealed)).not.toContain("ewa@example.com");
    expect(JSON.stringify(sealed)).not.toContain(card);
  });
});
