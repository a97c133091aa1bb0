import { describe, expect, it } from "vitest";
import { concurrentFinalizes, deviceScenarios } from "../support/device-scenarios";
import { Till } from "../support/api-client";
import { workerd } from "./host";

const host = workerd;

deviceScenarios(() => host);

describe("numbering under load (Workers: FiscalDevice Durable Object + D1)", () => {
  it("200 concurrent finalizes on one device give 200 consecutive numbers", async () => {
    const numbers = await concurrentFinalizes(host, "demo-terminal-key-se", 200);
    expect(numbers).toHaveLength(200);
    expect(numbers.at(-1)! - numbers[0]! + 1).toBe(200);
  }, 300_000);
});

describe("provisional and training prints (Workers: session object asks the FiscalDevice object)", () => {
  it("NO: a foreløpig kvittering of an open sale is counted in the X report and the sale stays open", async () => {
    const till = await Till.login(host, "demo-terminal-key-no");
    const receipt = await till.open([{ name: "Pizza", quantity: "1", unit_price: 19900, vat_rate: "25" }]);
    const before = await till.call("GET", "/v1/devices/dev_demo_no/reports/x");
    const count = (text: string) => Number(/Foreløpige kvitteringer\s+(\d+) \//.exec(text)?.[1]);
    const slip = await till.call("POST", `/v1/receipts/${receipt.id}/slips`, { body: { kind: "provisional" } });
    expect(slip.status, slip.text).toBe(201);
    expect(slip.body.print.text).toContain("IKKE KVITTERING FOR KJØP");
    expect(slip.body.receipt.status).toBe("open");
    const after = await till.call("GET", "/v1/devices/dev_demo_no/reports/x");
    expect(count(after.body.print.text)).toBe(count(before.body.print.text) + 1);
  });
});
