import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Host } from "../support/api-client";
import { concurrentFinalizes, deviceScenarios } from "../support/device-scenarios";

const host: Host = {
  name: "workerd",
  baseUrl: "http://edge.test",
  fetch: (url, init) => exports.default.fetch(new Request(url, init)),
  expire: async () => {},
};

deviceScenarios(() => host);

describe("numbering under load (Workers: FiscalDevice Durable Object + D1)", () => {
  it("200 concurrent finalizes on one device give 200 consecutive numbers", async () => {
    const numbers = await concurrentFinalizes(host, "demo-terminal-key-se", 200);
    expect(numbers).toHaveLength(200);
    expect(numbers.at(-1)! - numbers[0]! + 1).toBe(200);
  }, 300_000);
});
