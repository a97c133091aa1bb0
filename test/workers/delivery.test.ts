/** Due work on Workers: the ReceiptSession alarm auto-finalizes QR receipts and drives the outbox. */
import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { SessionState } from "../../src/worker/session/state";
import { rewrite } from "../support/durable";
import { call, Till, type Json } from "../support/api-client";
import { workerd } from "./host";

const host = workerd;
const session = (receiptId: string) => env.RECEIPT_SESSION.get(env.RECEIPT_SESSION.idFromName(receiptId));

describe("QR receipt OK / Change on Workers", () => {
  it("the alarm issues an unanswered offer as a QR receipt, once", async () => {
    const till = await Till.login(host);
    const receipt = await till.paidReceipt();
    await host.fetch(receipt.customer_url);
    const offer = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "auto" } });
    expect(offer.status).toBe(202);
    const until = Date.parse(offer.body.qr_choice.until);
    expect(until - Date.now()).toBeGreaterThan(25_000);
    // The alarm is set for the end of the choice; run it as if 30 s had passed.
    await rewrite<SessionState>(session(receipt.id), "state", (held) => ({ ...held, receipt: { ...held.receipt, qrChoiceUntil: new Date(Date.now() - 1).toISOString() } }));
    expect(await runDurableObjectAlarm(session(receipt.id))).toBe(true);
    const issued = await till.get(receipt.id);
    expect(issued.body).toMatchObject({ status: "issued", delivery: { channel: "qr" }, qr_choice: null });
    // At-least-once: a second run of the same work changes nothing.
    await session(receipt.id).wake(receipt.id, Date.now());
    await runDurableObjectAlarm(session(receipt.id));
    const again = await till.get(receipt.id);
    expect(again.body.fiscal.number).toBe(issued.body.fiscal.number);
    expect(again.body.events.filter((e: Json) => e.type === "issued")).toHaveLength(1);
  });
});

describe("outbox on Workers (dev mode, no provider configured)", () => {
  it("an SMS is queued in the issuing transaction and the alarm delivers it to the dev outbox", async () => {
    const till = await Till.login(host);
    const receipt = await till.paidReceipt(1999);
    const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "sms", contact: { phone: "+48 600 000 001" } } });
    expect(issued.body.delivery).toMatchObject({ channel: "sms", status: "queued" });
    // The alarm was set for "now", so workerd may already be running it; run it (or let it finish).
    await runDurableObjectAlarm(session(receipt.id));
    let sent = await till.get(receipt.id);
    for (let i = 0; i < 50 && sent.body.delivery.status !== "sent"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      sent = await till.get(receipt.id);
    }
    expect(sent.body.delivery).toMatchObject({ status: "sent", attempts: 1 });
    const outbox = await call(host, "GET", "/dev/outbox", { headers: { accept: "application/json" } });
    const message = outbox.body.find((m: Json) => m.receipt_id === receipt.id);
    expect(message).toMatchObject({ channel: "sms", to: "+48 600 000 001", status: "sent" });
    expect(message.body).toContain(receipt.customer_url);
    expect(message.body).toContain("19,99");
  });
});

describe("returns on Workers", () => {
  it("a return of an SMS receipt goes by SMS through the receipt's alarm; its copy is counted by the FiscalDevice object", async () => {
    const till = await Till.login(host);
    const receipt = await till.paidReceipt(2400);
    await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "sms", contact: { phone: "+48 600 000 002" } } });
    // The receipt's own SMS goes out first: the return goes where it was sent.
    await runDurableObjectAlarm(session(receipt.id));
    for (let i = 0; i < 50 && (await till.get(receipt.id)).body.delivery.status !== "sent"; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    const made = await till.call("POST", `/v1/receipts/${receipt.id}/returns`, { body: {} });
    expect(made.status, made.text).toBe(201);
    expect(made.body.delivery.channel).toBe("sms");
    await runDurableObjectAlarm(session(receipt.id));
    let message: Json | undefined;
    for (let i = 0; i < 50 && message?.status !== "sent"; i++) {
      const outbox = await call(host, "GET", "/dev/outbox", { headers: { accept: "application/json" } });
      message = outbox.body.find((m: Json) => m.receipt_id === receipt.id && m.body.includes(made.body.customer_url));
      if (message?.status !== "sent") await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(message).toMatchObject({ channel: "sms", to: "+48 600 000 002", status: "sent" });
    expect(message!.body).toContain("zwrot 24,00 PLN");
    const pdf = await host.fetch(made.body.customer_url);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");

    const copy = await till.call("POST", `/v1/receipts/${receipt.id}/returns/${made.body.document.number}/copies`, { body: { channel: "print" } });
    expect(copy.status, copy.text).toBe(201);
    expect(copy.body.copy).toMatchObject({ number: 1, original: "E-paragon (SMS)" });
    expect(copy.body.print.text).toContain("KOPIA");
    const list = await till.call("GET", `/v1/receipts/${receipt.id}/returns`);
    expect(list.body.returns[0]).toMatchObject({ copies: 1, delivery: { channel: "sms" } });
  });
});
