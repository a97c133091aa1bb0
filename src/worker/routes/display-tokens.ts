/** The till's customer display: a link for the screen facing the customer, made once and revocable. */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app";
import { baseUrlOf } from "../base-url";
import type { Ports } from "../ports";
import { createDisplayToken, revokeDisplayToken } from "../services/displays";
import { bearer, idempotencyKey, problems, replayable } from "./openapi";

const tags = ["customer display"];

export const DisplayTokenSchema = z
  .object({
    token: z.string().openapi({ description: "The display's key (256 random bits). Shown only in this answer: the service keeps its hash.", example: "3q2-7wEjXkTzL0c9Ya4uVfR1sNbH6mGdKpW8xQeJtZo" }),
    display_url: z.string().openapi({ description: "Open this on the customer display; it needs no other credential.", example: "https://ereceipt-edge.dev/display/3q2-7wEjXkTzL0c9Ya4uVfR1sNbH6mGdKpW8xQeJtZo" }),
    created_at: z.string(),
  })
  .openapi("DisplayToken");

const routes = {
  create: createRoute({
    method: "post", path: "/v1/terminals/me/display-tokens", operationId: "createDisplayToken", tags, security: bearer, parameters: idempotencyKey,
    summary: "A link for this terminal's customer display",
    description:
      "The display page shows the terminal's open receipt live (lines, total, and the QR of `customer_url` until `qr_offered_until`) and goes blank between receipts. " +
      "A terminal has one display: a new token replaces the previous one. Retried with the same Idempotency-Key, the request answers with the same token. " +
      "Receipts opened in the first 30 seconds after the first token may not show.",
    responses: { 201: replayable(DisplayTokenSchema, "The display's link, shown once"), ...problems("displays", 400, 401) },
  }),
  revoke: createRoute({
    method: "delete", path: "/v1/terminals/me/display-tokens", operationId: "revokeDisplayToken", tags, security: bearer, parameters: idempotencyKey,
    summary: "Revoke this terminal's display link",
    description: "The display page goes blank and says that its link is no longer valid. Revoking twice is fine.",
    responses: {
      204: { description: "Revoked (or there was none)", headers: { "idempotent-replayed": { $ref: "#/components/headers/IdempotentReplayed" } } },
      ...problems("displays", 400, 401),
    },
  }),
};

export function displayTokenRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  app.openapi(routes.create, async (c) => {
    const made = await createDisplayToken(ports, c.get("terminal"), c.req.header("idempotency-key"));
    const body = { token: made.token, display_url: `${baseUrlOf(c, ports)}/display/${made.token}`, created_at: made.createdAt };
    return c.json(body, 201, { "cache-control": "no-store", ...(made.replayed && { "idempotent-replayed": "true" }) });
  });

  app.openapi(routes.revoke, async (c) => {
    await revokeDisplayToken(ports, c.get("terminal"));
    return c.body(null, 204);
  });
}
