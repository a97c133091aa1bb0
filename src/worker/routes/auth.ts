import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { issueToken } from "../auth";
import { sha256Hex } from "../ids";
import { enforce } from "../rate-limit";
import type { Ports } from "../ports";
import { TokenRequestSchema, TokenSchema } from "../schemas";
import type { AppEnv } from "../app";
import { jsonBody, problems } from "./openapi";

const tokenRoute = createRoute({
  method: "post",
  path: "/v1/auth/token",
  tags: ["auth"],
  summary: "Exchange a terminal API key for a bearer token",
  request: { body: jsonBody(TokenRequestSchema) },
  responses: {
    200: { description: "A JWT naming merchant, store and terminal", content: { "application/json": { schema: TokenSchema } } },
    ...problems(401, 422, 429),
  },
});

export function authRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  app.openapi(tokenRoute, async (c) => {
    const { api_key } = c.req.valid("json");
    // Per address first: guessing keys from one place is what the per-address budget stops.
    await enforce(ports, "token_per_address", ports.clientAddress(c));
    await enforce(ports, "token_per_key", await sha256Hex(api_key));
    const { jwtSecret, tokenTtlSeconds } = ports.config;
    const token = await issueToken(ports.database.db, jwtSecret, api_key, tokenTtlSeconds, ports.clock());
    return c.json({ token, expires_in: tokenTtlSeconds }, 200);
  });
}

