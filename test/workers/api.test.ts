import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { apiScenarios } from "../support/api-scenarios";
import { idempotencyScenarios } from "../support/idempotency-scenarios";

apiScenarios(() => ({
  name: "workerd",
  baseUrl: "http://edge.test",
  fetch: (url, init) => exports.default.fetch(new Request(url, init)),
  async expire(receiptId) {
    await env.DB.prepare("UPDATE receipts SET expires_at = ? WHERE id = ?").bind(new Date(Date.now() - 1000).toISOString(), receiptId).run();
  },
}));

idempotencyScenarios(
  () => ({ name: "workerd", baseUrl: "http://edge.test", fetch: (url, init) => exports.default.fetch(new Request(url, init)), expire: async () => {} }),
  async (claim) => {
    await env.DB.prepare("INSERT INTO idempotency_keys (terminal_id, key, fingerprint, state, created_at) VALUES (?, ?, ?, 'in_flight', ?)")
      .bind(claim.terminalId, claim.key, claim.fingerprint, claim.createdAt)
      .run();
  },
);
