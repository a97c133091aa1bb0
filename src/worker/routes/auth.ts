import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { issueToken } from "../auth";
import { sha256Hex } from "../ids";
import { enforce } from "../rate-limit";
import type { Ports } from "../ports";
import { TokenRequestSchema, TokenSchema } from "../schemas";
import type { AppEnv } from "../app";
import { jsonBody, problems, publicAccess } from "./openapi";

const tokenRoute = createRoute({
  method: "post",
  path: "/v1/auth/token",
  operationId: "createToken",
  tags: ["auth"],
  security: publicAccess,
  summary: "Exchange a terminal API key for a bearer token",
  description: "The token names the merchant, store, terminal and fiscal device; send it as `Authorization: Bearer <token>`. Ask for a new one before `expires_in` runs out.",
  request: { body: jsonBody(TokenRequestSchema, { api_key: "demo-terminal-key" }) },
  responses: {
    200: { description: "A JWT naming merchant, store and terminal", content: { "application/json": { schema: TokenSchema } } },
    ...problems("auth", 400, 401, 413, 415, 422, 429),
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

