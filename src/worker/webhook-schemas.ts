/** Request and response shapes of the admin API's webhooks (docs/admin.md#webhooks). */
import { z } from "@hono/zod-openapi";
import { MerchantParams, PageQuery } from "./admin-schemas";
import { WEBHOOK_EVENTS } from "./services/webhooks";

const id = z.string().min(1).max(64);
const events = z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length).openapi({ description: "The events this endpoint receives" });
const url = z.string().max(2000).openapi({ example: "https://shop.example/hooks/receipts", description: "https (plain http only to localhost)" });

export const WebhookParams = MerchantParams.extend({ endpoint_id: id });
export const WebhookMessageParams = WebhookParams.extend({ event_id: id });
export const WebhookMessageQuery = PageQuery.extend({ status: z.enum(["queued", "sending", "sent", "failed"]).optional() });

export const WebhookEndpointInputSchema = z
  .object({ url, events, description: z.string().trim().min(1).max(200).optional() })
  .strict()
  .openapi("WebhookEndpointInput");

export const WebhookEndpointPatchSchema = z
  .object({
    url: url.optional(),
    events: events.optional(),
    description: z.string().trim().min(1).max(200).nullable().optional(),
    enabled: z.boolean().optional().openapi({ description: "false: no new messages, and queued ones fail instead of being sent" }),
  })
  .strict()
  .openapi("WebhookEndpointPatch");

export const WebhookRotationSchema = z
  .object({ overlap_seconds: z.number().int().min(0).max(7 * 86_400).optional().openapi({ description: "Seconds the old secret keeps signing beside the new one (default one day; 0: stops now)" }) })
  .strict()
  .openapi("WebhookSecretRotation");

export const WebhookEndpointSchema = z
  .object({
    id: z.string(),
    merchant_id: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(z.string()),
    enabled: z.boolean(),
    previous_secret_until: z.string().nullable().openapi({ description: "Until then the previous secret signs too (after a rotation)" }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi("WebhookEndpoint");

export const WebhookEndpointWithSecretSchema = WebhookEndpointSchema.extend({
  secret: z.string().openapi({ example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", description: "The signing secret: shown when the endpoint is made or its secret rotated, never again" }),
}).openapi("WebhookEndpointWithSecret");

export const WebhookMessageSchema = z
  .object({
    event_id: z.string().openapi({ description: "The `webhook-id` header: the same on every retry and resend" }),
    endpoint_id: z.string(),
    type: z.string(),
    receipt_id: z.string().nullable(),
    status: z.enum(["queued", "sending", "sent", "failed"]),
    attempts: z.number().int(),
    next_attempt_at: z.string().nullable(),
    last_error: z.string().nullable(),
    created_at: z.string(),
    sent_at: z.string().nullable(),
    payload: z.record(z.string(), z.unknown()).openapi({ description: "The body as sent: `type`, `timestamp`, `data`" }),
  })
  .openapi("WebhookMessage");

export const WebhookAttemptSchema = z
  .object({
    attempt: z.number().int(),
    at: z.string(),
    status_code: z.number().int().nullable().openapi({ description: "The endpoint's HTTP status; null when it could not be reached" }),
    error: z.string().nullable(),
    duration_ms: z.number().int(),
    response: z.string().nullable().openapi({ description: "The first 500 characters of the endpoint's answer" }),
  })
  .openapi("WebhookAttempt");

export const WebhookMessageDetailSchema = WebhookMessageSchema.extend({ attempts_made: z.array(WebhookAttemptSchema) }).openapi("WebhookMessageDetail");
