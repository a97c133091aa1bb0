/** Rate limits as an abusive or runaway client meets them: a 429 problem with Retry-After, others unaffected. */
import { describe, expect, it } from "vitest";
import { Admin, onboard, tillOf } from "./admin-client";
import { call, type Answer, type Host } from "./api-client";

/** Runs `count` requests, `width` at a time, and returns their answers in order. */
async function burst(count: number, width: number, one: (i: number) => Promise<Answer>): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (let start = 0; start < count; start += width) {
    answers.push(...(await Promise.all(Array.from({ length: Math.min(width, count - start) }, (_, i) => one(start + i)))));
  }
  return answers;
}

function expectLimited(res: Answer) {
  expect(res.status).toBe(429);
  expect(res.type).toContain("application/problem+json");
  expect(res.body).toMatchObject({ status: 429, code: "rate-limited" });
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

export interface RateLimitHost {
  /** Headers that make a request come from an address the host has not seen (CF-Connecting-IP on Workers). */
  fromAddress(ip: string): Record<string, string>;
  /**
   * Windows aligned to the clock minute (the Workers binding): a burst must not straddle two. False
   * where each bucket's window starts at its first request (in-process).
   */
  alignedWindows: boolean;
  /** Also run the long bursts (600 opens, 300 pages): too slow for the workerd test pool on a small machine. */
  longBursts: boolean;
}

/** Waits, if needed, until a burst of about `seconds` fits in the current clock minute. */
async function fitInMinute(aligned: boolean, seconds: number): Promise<void> {
  if (!aligned) return;
  const into = (Date.now() / 1000) % 60;
  if (into + seconds > 59) await new Promise((resolve) => setTimeout(resolve, (60 - into + 0.2) * 1000));
}

export function rateLimitScenarios(host: () => Host, adminToken: string, options: RateLimitHost): void {
  let n = 0;
  const freshAddress = () => options.fromAddress(`198.51.100.${++n}`);
  const longIt = options.longBursts ? it : it.skip;

  describe("rate limits", () => {
    it("token requests per key: the 61st in a minute is refused, another key still works", async () => {
      const admin = new Admin(host(), adminToken);
      const shop = await onboard(admin);
      const other = await onboard(admin);
      const headers = freshAddress();
      await fitInMinute(options.alignedWindows, 10);
      const answers = await burst(61, 1, () => call(host(), "POST", "/v1/auth/token", { body: { api_key: shop.apiKey }, headers }));
      expect(answers.slice(0, 60).map((a) => a.status)).toEqual(Array(60).fill(200));
      expectLimited(answers[60]!);
      expect((await call(host(), "POST", "/v1/auth/token", { body: { api_key: other.apiKey }, headers })).status).toBe(200);
    });

    it("token requests per address: guessing keys from one address stops after 300", { timeout: 120_000 }, async () => {
      const headers = freshAddress();
      await fitInMinute(options.alignedWindows, 30);
      const answers = await burst(301, 50, (i) => call(host(), "POST", "/v1/auth/token", { body: { api_key: `guess-${n}-${i}` }, headers }));
      expect(answers.filter((a) => a.status === 401)).toHaveLength(300);
      expectLimited(answers.find((a) => a.status === 429)!);
    });

    longIt("customer pages per address: the 301st in a minute is refused", async () => {
      const headers = freshAddress();
      const token = "A".repeat(43);
      const answers = await burst(301, 50, () => call(host(), "GET", `/r/${token}`, { headers }));
      expect(answers.filter((a) => a.status === 404)).toHaveLength(300);
      expectLimited(answers.find((a) => a.status === 429)!);
    });

    longIt("open receipts per terminal: the 601st in a minute is refused, another terminal still opens", async () => {
      const admin = new Admin(host(), adminToken);
      const runaway = await tillOf(host(), await onboard(admin));
      const calm = await tillOf(host(), await onboard(admin));
      const answers = await burst(601, 50, () => runaway.call("POST", "/v1/receipts", { body: {} }));
      expect(answers.filter((a) => a.status === 201)).toHaveLength(600);
      expectLimited(answers.find((a) => a.status === 429)!);
      expect((await calm.call("POST", "/v1/receipts", { body: {} })).status).toBe(201);
    });
  });
}
