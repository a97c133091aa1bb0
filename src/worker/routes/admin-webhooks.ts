/** Admin API: a merchant's webhook endpoints, their secrets, and the messages sent to each (docs/admin.md#webhooks). */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { MerchantParams, pageOf } from "../admin-schemas";
import type { AppEnv } from "../app";
import type { Ports } from "../ports";
import {
  attemptJson,
  createEndpoint,
  deleteEndpoint,
  endpointJson,
  getEndpoint,
  getMessage,
  listAttempts,
  listEndpoints,
  listMessages,
  messageJson,
  rotateSecret,
  updateEndpoint,
} from "../services/webhook-endpoints";
import { resendMessage } from "../services/webhooks";
import {
  WebhookEndpointInputSchema,
  WebhookEndpointPatchSchema,
  WebhookEndpointSchema,
  WebhookEndpointWithSecretSchema,
  WebhookMessageDetailSchema,
  WebhookMessageParams,
  WebhookMessageQuery,
  WebhookMessageSchema,
  WebhookParams,
  WebhookRotationSchema,
} from "../webhook-schemas";
import { adminAccess as security, jsonBody, jsonContent, problems } from "./openapi";

const tags = ["admin"];
const DEFAULT_OVERLAP_SECONDS = 86_400;
const optionalBody = <T extends typeof WebhookRotationSchema>(schema: T) => ({ required: false, content: { "application/json": { schema, example: { overlap_seconds: 3600 } } } });

const routes = {
  create: createRoute({
    method: "post", path: "/v1/admin/merchants/{merchant_id}/webhooks", operationId: "adminCreateWebhookEndpoint", tags, security,
    summary: "Add a webhook endpoint (its signing secret is shown once)",
    request: { params: MerchantParams, body: jsonBody(WebhookEndpointInputSchema, { url: "https://shop.example/hooks/receipts", events: ["receipt.issued", "delivery.failed"], description: "Back office" }) },
    responses: { 201: jsonContent(WebhookEndpointWithSecretSchema, "The endpoint and its secret, shown this once"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
  list: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/webhooks", operationId: "adminListWebhookEndpoints", tags, security, summary: "A merchant's webhook endpoints",
    request: { params: MerchantParams },
    responses: { 200: jsonContent(pageOf(WebhookEndpointSchema, "WebhookEndpointList"), "The endpoints"), ...problems("admin", 401, 404) },
  }),
  get: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}", operationId: "adminGetWebhookEndpoint", tags, security, summary: "A webhook endpoint",
    request: { params: WebhookParams },
    responses: { 200: jsonContent(WebhookEndpointSchema, "The endpoint"), ...problems("admin", 401, 404) },
  }),
  update: createRoute({
    method: "patch", path: "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}", operationId: "adminUpdateWebhookEndpoint", tags, security,
    summary: "Change an endpoint's URL, events or description, or switch it off",
    request: { params: WebhookParams, body: jsonBody(WebhookEndpointPatchSchema, { events: ["receipt.issued", "receipt.cancelled", "receipt.returned"] }) },
    responses: { 200: jsonContent(WebhookEndpointSchema, "The endpoint"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
  remove: createRoute({
    method: "delete", path: "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}", operationId: "adminDeleteWebhookEndpoint", tags, security,
    summary: "Remove an endpoint with its messages and their attempts (switch it off instead to keep them)",
    request: { params: WebhookParams },
    responses: { 200: jsonContent(z.object({ deleted: z.literal(true), messages: z.number() }).openapi("WebhookEndpointDeleted"), "Removed, with how many messages went with it"), ...problems("admin", 401, 404) },
  }),
  rotate: createRoute({
    method: "post", path: "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}/rotate", operationId: "adminRotateWebhookSecret", tags, security,
    summary: "A new signing secret; the old one keeps signing beside it for the overlap",
    request: { params: WebhookParams, body: optionalBody(WebhookRotationSchema) },
    responses: { 200: jsonContent(WebhookEndpointWithSecretSchema, "The endpoint and its new secret, shown this once"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
  messages: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}/messages", operationId: "adminListWebhookMessages", tags, security,
    summary: "Messages sent (or owed) to an endpoint, newest first",
    request: { params: WebhookParams, query: WebhookMessageQuery },
    responses: { 200: jsonContent(pageOf(WebhookMessageSchema, "WebhookMessagePage"), "A page of messages"), ...problems("admin", 401, 404, 422) },
  }),
  message: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}/messages/{event_id}", operationId: "adminGetWebhookMessage", tags, security,
    summary: "One message with every attempt to send it",
    request: { params: WebhookMessageParams },
    responses: { 200: jsonContent(WebhookMessageDetailSchema, "The message and its attempts"), ...problems("admin", 401, 404) },
  }),
  resend: createRoute({
    method: "post", path: "/v1/admin/merchants/{merchant_id}/webhooks/{endpoint_id}/messages/{event_id}/resend", operationId: "adminResendWebhookMessage", tags, security,
    summary: "Send a message again now (same event id, new signature), with a fresh set of retries",
    request: { params: WebhookMessageParams },
    responses: { 200: jsonContent(WebhookMessageDetailSchema, "The message after this attempt, and all its attempts"), ...problems("admin", 401, 404) },
  }),
};

export function adminWebhookRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  const { db } = ports.database;
  const detail = async (merchantId: string, endpointId: string, eventId: string) => {
    const message = await getMessage(db, await getEndpoint(db, merchantId, endpointId), eventId);
    return { ...messageJson(message), attempts_made: (await listAttempts(db, message)).map(attemptJson) };
  };

  app.openapi(routes.create, async (c) => {
    const { row, secret } = await createEndpoint(ports, c.req.valid("param").merchant_id, c.req.valid("json"));
    return c.json({ ...endpointJson(row), secret }, 201);
  });
  app.openapi(routes.list, async (c) => c.json({ items: (await listEndpoints(db, c.req.valid("param").merchant_id)).map(endpointJson), next_cursor: null }, 200));
  app.openapi(routes.get, async (c) => {
    const { merchant_id, endpoint_id } = c.req.valid("param");
    return c.json(endpointJson(await getEndpoint(db, merchant_id, endpoint_id)), 200);
  });
  app.openapi(routes.update, async (c) => {
    const { merchant_id, endpoint_id } = c.req.valid("param");
    return c.json(endpointJson(await updateEndpoint(ports, merchant_id, endpoint_id, c.req.valid("json"))), 200);
  });
  app.openapi(routes.remove, async (c) => {
    const { merchant_id, endpoint_id } = c.req.valid("param");
    const { messages } = await deleteEndpoint(ports, merchant_id, endpoint_id);
    return c.json({ deleted: true as const, messages }, 200);
  });
  app.openapi(routes.rotate, async (c) => {
    const { merchant_id, endpoint_id } = c.req.valid("param");
    const { row, secret } = await rotateSecret(ports, merchant_id, endpoint_id, c.req.valid("json").overlap_seconds ?? DEFAULT_OVERLAP_SECONDS);
    return c.json({ ...endpointJson(row), secret }, 200);
  });
  app.openapi(routes.messages, async (c) => {
    const { merchant_id, endpoint_id } = c.req.valid("param");
    const page = await listMessages(db, await getEndpoint(db, merchant_id, endpoint_id), c.req.valid("query"));
    return c.json({ items: page.items.map(messageJson), next_cursor: page.nextCursor }, 200);
  });
  app.openapi(routes.message, async (c) => {
    const { merchant_id, endpoint_id, event_id } = c.req.valid("param");
    return c.json(await detail(merchant_id, endpoint_id, event_id), 200);
  });
  app.openapi(routes.resend, async (c) => {
    const { merchant_id, endpoint_id, event_id } = c.req.valid("param");
    await resendMessage(ports, await getMessage(db, await getEndpoint(db, merchant_id, endpoint_id), event_id));
    return c.json(await detail(merchant_id, endpoint_id, event_id), 200);
  });
}
