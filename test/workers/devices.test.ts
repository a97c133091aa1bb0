import { describe, expect, it } from "vitest";
import { concurrentFinalizes, deviceScenarios } from "../support/device-scenarios";
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
