/**
 * A merchant's webhook endpoints as the admin manages them: URL, chosen events, the signing secret
 * (shown when made or rotated) and the messages sent to each with every attempt.
 */
import { and, asc, count, desc, eq, lt, or } from "drizzle-orm";
import { invalid, notFound } from "../../core/errors";
import { decodeCursor, pageFrom } from "../../db/cursor";
import type { Db } from "../../db/database";
import { webhookAttempts, webhookEndpoints, webhookMessages } from "../../db/schema";
import { newId } from "../ids";
import type { Ports } from "../ports";
import { getMerchant } from "./merchants";
import { newSecret } from "./webhook-secrets";
import { forgetWanted, type WebhookEndpointRow, type WebhookMessageRow } from "./webhooks";

export interface EndpointInput {
  url: string;
  events: string[];
  description?: string | undefined;
}

export interface EndpointPatch {
  url?: string | undefined;
  events?: string[] | undefined;
  description?: string | null | undefined;
  enabled?: boolean | undefined;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** HTTPS anywhere; plain HTTP only to this machine, for a receiver under development. */
function checkUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid("url", "must be an absolute URL");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) throw invalid("url", "must be https (plain http only to localhost)");
  if (url.username || url.password) throw invalid("url", "must not carry credentials");
  return url.toString();
}

export const endpointJson = (row: WebhookEndpointRow) => ({
  id: row.id,
  merchant_id: row.merchantId,
  url: row.url,
  description: row.description,
  events: row.events,
  enabled: row.enabled,
  previous_secret_until: row.previousSecretUntil,
  created_at: row.createdAt,
  updated_at: row.updatedAt,
});

export const messageJson = (row: WebhookMessageRow) => ({
  event_id: row.eventId,
  endpoint_id: row.endpointId,
  type: row.type,
  receipt_id: row.receiptId,
  status: row.status,
  attempts: row.attempts,
  next_attempt_at: row.status === "queued" || row.status === "sending" ? row.nextAttemptAt : null,
  last_error: row.lastError,
  created_at: row.createdAt,
  sent_at: row.sentAt,
  payload: JSON.parse(row.payload) as Record<string, unknown>,
});

export const attemptJson = (row: typeof webhookAttempts.$inferSelect) => ({
  attempt: row.attempt,
  at: row.at,
  status_code: row.statusCode,
  error: row.error,
  duration_ms: row.durationMs,
  response: row.response,
});

/** The new endpoint and its secret, which is not kept readable: this is the one time it is shown. */
export async function createEndpoint(ports: Ports, merchantId: string, input: EndpointInput): Promise<{ row: WebhookEndpointRow; secret: string }> {
  const { db } = ports.database;
  await getMerchant(db, merchantId);
  const now = ports.clock().toISOString();
  const secret = await newSecret(ports);
  const row = {
    id: newId(ports.random, "whe"),
    merchantId,
    url: checkUrl(input.url),
    description: input.description ?? null,
    events: [...new Set(input.events)],
    secret: secret.sealed,
    previousSecret: null,
    previousSecretUntil: null,
    enabled: true,
    createdAt: now,
    updatedAt: now,
  };
  await db.insert(webhookEndpoints).values(row);
  forgetWanted(merchantId);
  return { row, secret: secret.plain };
}

export async function getEndpoint(db: Db, merchantId: string, endpointId: string): Promise<WebhookEndpointRow> {
  const row = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.merchantId, merchantId)))
    .get();
  if (!row) throw notFound("Webhook endpoint");
  return row;
}

export async function listEndpoints(db: Db, merchantId: string): Promise<WebhookEndpointRow[]> {
  await getMerchant(db, merchantId);
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.merchantId, merchantId)).orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id)).all();
}

export async function updateEndpoint(ports: Ports, merchantId: string, endpointId: string, patch: EndpointPatch): Promise<WebhookEndpointRow> {
  const { db } = ports.database;
  await getEndpoint(db, merchantId, endpointId);
  const set = {
    ...(patch.url !== undefined && { url: checkUrl(patch.url) }),
    ...(patch.events !== undefined && { events: [...new Set(patch.events)] }),
    ...(patch.description !== undefined && { description: patch.description }),
    ...(patch.enabled !== undefined && { enabled: patch.enabled }),
  };
  if (Object.keys(set).length > 0) await db.update(webhookEndpoints).set({ ...set, updatedAt: ports.clock().toISOString() }).where(eq(webhookEndpoints.id, endpointId));
  forgetWanted(merchantId);
  return getEndpoint(db, merchantId, endpointId);
}

/** Removes an endpoint with the messages owed to it and their attempts: nothing more is sent there. */
export async function deleteEndpoint(ports: Ports, merchantId: string, endpointId: string): Promise<{ messages: number }> {
  const { db } = ports.database;
  await getEndpoint(db, merchantId, endpointId);
  const owed = await db.select({ n: count() }).from(webhookMessages).where(eq(webhookMessages.endpointId, endpointId)).get();
  await ports.database.batch([
    db.delete(webhookAttempts).where(eq(webhookAttempts.endpointId, endpointId)),
    db.delete(webhookMessages).where(eq(webhookMessages.endpointId, endpointId)),
    db.delete(webhookEndpoints).where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.merchantId, merchantId))),
  ]);
  forgetWanted(merchantId);
  ports.log.info("webhook.endpoint_deleted", { merchant_id: merchantId, endpoint_id: endpointId, messages: owed?.n ?? 0 });
  return { messages: owed?.n ?? 0 };
}

/** A new secret signs from now on (shown this once); the old one signs alongside it until the overlap ends. */
export async function rotateSecret(ports: Ports, merchantId: string, endpointId: string, overlapSeconds: number): Promise<{ row: WebhookEndpointRow; secret: string }> {
  const { db } = ports.database;
  const current = await getEndpoint(db, merchantId, endpointId);
  const now = ports.clock();
  const until = overlapSeconds > 0 ? new Date(now.getTime() + overlapSeconds * 1000).toISOString() : null;
  const secret = await newSecret(ports);
  await db
    .update(webhookEndpoints)
    .set({ secret: secret.sealed, previousSecret: until ? current.secret : null, previousSecretUntil: until, updatedAt: now.toISOString() })
    .where(eq(webhookEndpoints.id, endpointId));
  return { row: await getEndpoint(db, merchantId, endpointId), secret: secret.plain };
}

export async function listMessages(db: Db, endpoint: WebhookEndpointRow, query: { limit: number; cursor?: string | undefined; status?: WebhookMessageRow["status"] | undefined }) {
  const cursor = decodeCursor(query.cursor);
  const rows = await db
    .select()
    .from(webhookMessages)
    .where(
      and(
        eq(webhookMessages.endpointId, endpoint.id),
        query.status ? eq(webhookMessages.status, query.status) : undefined,
        cursor ? or(lt(webhookMessages.createdAt, cursor.at), and(eq(webhookMessages.createdAt, cursor.at), lt(webhookMessages.eventId, cursor.id))) : undefined,
      ),
    )
    .orderBy(desc(webhookMessages.createdAt), desc(webhookMessages.eventId))
    .limit(query.limit + 1)
    .all();
  return pageFrom(rows, query.limit, (m) => ({ at: m.createdAt, id: m.eventId }));
}

export async function getMessage(db: Db, endpoint: WebhookEndpointRow, eventId: string): Promise<WebhookMessageRow> {
  const row = await db
    .select()
    .from(webhookMessages)
    .where(and(eq(webhookMessages.eventId, eventId), eq(webhookMessages.endpointId, endpoint.id)))
    .get();
  if (!row) throw notFound("Webhook message");
  return row;
}

export function listAttempts(db: Db, message: WebhookMessageRow) {
  return db
    .select()
    .from(webhookAttempts)
    .where(and(eq(webhookAttempts.eventId, message.eventId), eq(webhookAttempts.endpointId, message.endpointId)))
    .orderBy(asc(webhookAttempts.id))
    .all();
}
