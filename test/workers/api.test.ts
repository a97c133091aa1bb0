import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { apiScenarios } from "../support/api-scenarios";

apiScenarios(() => ({
  name: "workerd",
  baseUrl: "http://edge.test",
  fetch: (url, init) => exports.default.fetch(new Request(url, init)),
  async expire(receiptId) {
    await env.DB.prepare("UPDATE receipts SET expires_at = ? WHERE id = ?").bind(new Date(Date.now() - 1000).toISOString(), receiptId).run();
  },
}));
