/**
 * Webhooks: an event is written as one message per interested endpoint in the same batch as the
 * change it reports, then sent at least once, signed per Standard Webhooks, with the outbox's
 * backoff; every attempt is kept. Messages about a receipt ride on its session's alarm (through
 * `deliverDue` of the outbox); the others are sent at once and retried by the sweep.
 */
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "../../core/backoff";
import type { Db } from "../../db/database";
import { webhookAttempts, webhookEndpoints, webhookMessages } from "../../db/schema";
import { newId } from "../ids";
import type { Ports } from "../ports";
import { openSecret } from "./webhook-secrets";

export const WEBHOOK_EVENTS = ["receipt.issued", "receipt.cancelled", "receipt.returned", "delivery.sent", "delivery.failed", "customer.consent_changed"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookMessageRow = typeof webhookMessages.$inferSelect;

export interface WebhookEvent {
  merchantId: string;
  type: WebhookEventType;
  /** The receipt it is about: its session's alarm sends the message. */
  receiptId: string | null;
  data: Record<string, unknown>;
}

/** A claimed message whose sender died is tried again after this long. */
const LEASE_MS = 60_000;
/** An endpoint gets this long to answer. */
const TIMEOUT_MS = 10_000;
const RESPONSE_KEPT = 500;

/** The body an endpoint receives: Standard Webhooks' `type`, `timestamp`, `data`. */
export const webhookPayload = (type: string, at: string, data: Record<string, unknown>) => JSON.stringify({ type, timestamp: at, data });

/**
 * One message per enabled endpoint of the merchant that chose this event, as one statement with no
 * read first, so it goes into the very batch that makes the change (and lands only with it).
 */
export function webhookInsert(db: Db, ports: Pick<Ports, "clock" | "random">, event: WebhookEvent, eventId = newId(ports.random, "evt")) {
  const at = ports.clock().toISOString();
  const value = <T>(v: T, name: string) => sql<T>`${v}`.as(name);
  return db.insert(webhookMessages).select(
    db
      .select({
        eventId: value(eventId, "event_id"),
        endpointId: webhookEndpoints.id,
        merchantId: webhookEndpoints.merchantId,
        receiptId: value(event.receiptId, "receipt_id"),
        type: value(event.type, "type"),
        payload: value(webhookPayload(event.type, at, event.data), "payload"),
        status: value("queued", "status"),
        attempts: value(0, "attempts"),
        nextAttemptAt: value(at, "next_attempt_at"),
        lastError: value(null, "last_error"),
        createdAt: value(at, "created_at"),
        sentAt: value(null, "sent_at"),
      })
      .from(webhookEndpoints)
      .where(
        and(
          eq(webhookEndpoints.merchantId, event.merchantId),
          eq(webhookEndpoints.enabled, true),
          sql`exists (select 1 from json_each(${webhookEndpoints.events}) where json_each.value = ${event.type})`,
        ),
      ),
  );
}

const wanted = new Map<string, { yes: boolean; until: number }>();
/** How long this isolate trusts its answer to "does the merchant have webhooks?". */
const WANTED_TTL_MS = 10_000;

/**
 * Whether the merchant has an enabled endpoint, so a receipt's alarm is set for its messages.
 * Remembered briefly per isolate; a stale "no" only leaves the message to the sweep.
 */
export async function wantsWebhooks(ports: Ports, merchantId: string): Promise<boolean> {
  const now = Date.now();
  const known = wanted.get(merchantId);
  if (known && known.until > now) return known.yes;
  const row = await ports.database.db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.merchantId, merchantId), eq(webhookEndpoints.enabled, true)))
    .limit(1)
    .get();
  wanted.set(merchantId, { yes: row !== undefined, until: now + WANTED_TTL_MS });
  return row !== undefined;
}

export const forgetWanted = (merchantId: string) => wanted.delete(merchantId);

/** After a change about a receipt was written with its webhook messages: its session sends them now. */
export async function wakeForWebhooks(ports: Ports, merchantId: string, receiptId: string): Promise<void> {
  if (await wantsWebhooks(ports, merchantId)) await ports.sessions.wake(receiptId, ports.clock());
}

/**
 * An event that is not part of a receipt's write (a customer's consent, say): written on its own
 * and sent at once; a failure is retried by the sweep. Returns the event id. To write the event in
 * the batch of its change instead, put `webhookInsert(db, ports, event, eventId)` in that batch and
 * call `sendEvent(ports, eventId)` after it.
 */
export async function emitWebhook(ports: Ports, event: Omit<WebhookEvent, "receiptId">): Promise<string> {
  const eventId = newId(ports.random, "evt");
  await webhookInsert(ports.database.db, ports, { ...event, receiptId: null }, eventId).run();
  await sendEvent(ports, eventId);
  return eventId;
}

/** Tries an event's messages now (those not about a receipt have no alarm to send them). */
export async function sendEvent(ports: Ports, eventId: string): Promise<void> {
  const rows = await ports.database.db.select().from(webhookMessages).where(eq(webhookMessages.eventId, eventId)).all();
  for (const row of rows) await attemptMessage(ports, row);
}

/** The signature header: one `v1,…` per secret in use (two while a rotation overlaps). */
export async function signatureHeader(ports: Ports, endpoint: WebhookEndpointRow, eventId: string, at: Date, payload: string): Promise<string> {
  const previous = endpoint.previousSecret && endpoint.previousSecretUntil && Date.parse(endpoint.previousSecretUntil) > at.getTime() ? [endpoint.previousSecret] : [];
  const secrets = await Promise.all([endpoint.secret, ...previous].map((kept) => openSecret(ports, kept)));
  return secrets.map((secret) => new Webhook(secret).sign(eventId, at, payload)).join(" ");
}

const messageKey = (row: Pick<WebhookMessageRow, "eventId" | "endpointId">) => and(eq(webhookMessages.eventId, row.eventId), eq(webhookMessages.endpointId, row.endpointId));

async function claim(ports: Ports, row: WebhookMessageRow, now: Date): Promise<boolean> {
  const claimed = await ports.database.db
    .update(webhookMessages)
    .set({ status: "sending", nextAttemptAt: new Date(now.getTime() + LEASE_MS).toISOString() })
    .where(and(messageKey(row), eq(webhookMessages.status, row.status), eq(webhookMessages.nextAttemptAt, row.nextAttemptAt)))
    .returning({ id: webhookMessages.eventId });
  return claimed.length === 1;
}

interface Outcome {
  statusCode: number | null;
  error: string | null;
  response: string | null;
}

/** The first characters of an answer, without reading more of it than that. */
async function startOf(res: Response): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (text.length < RESPONSE_KEPT) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text.slice(0, RESPONSE_KEPT);
}

async function post(ports: Ports, endpoint: WebhookEndpointRow, row: WebhookMessageRow, at: Date): Promise<Outcome> {
  try {
    const res = await fetch(endpoint.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "eReceipt-Edge-Webhooks/1",
        "webhook-id": row.eventId,
        "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
        "webhook-signature": await signatureHeader(ports, endpoint, row.eventId, at, row.payload),
      },
      body: row.payload,
      // A redirect is an answer, not a place to send the event to.
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const response = await startOf(res);
    return { statusCode: res.status, error: res.ok ? null : `HTTP ${res.status}`, response };
  } catch (error) {
    return { statusCode: null, error: (error instanceof Error ? error.message : String(error)).slice(0, 200), response: null };
  }
}

/** One try: claimed first, so two senders never post the same message at once. */
export async function attemptMessage(ports: Ports, row: WebhookMessageRow): Promise<void> {
  const now = ports.clock();
  if (!(await claim(ports, row, now))) return;
  const { db } = ports.database;
  const endpoint = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, row.endpointId)).get();
  const attempts = row.attempts + 1;
  const started = Date.now();
  const outcome: Outcome = endpoint?.enabled ? await post(ports, endpoint, row, now) : { statusCode: null, error: "endpoint disabled", response: null };
  const at = ports.clock().toISOString();
  const ok = outcome.error === null;
  const final = !ok && (attempts >= MAX_DELIVERY_ATTEMPTS || !endpoint?.enabled);
  const retryAt = new Date(now.getTime() + retryDelayMs(attempts, (ports.random(1)[0] ?? 0) / 255, ports.config.retryBaseMs)).toISOString();
  await ports.database.batch([
    db
      .update(webhookMessages)
      .set(ok ? { status: "sent", attempts, sentAt: at, lastError: null } : { status: final ? "failed" : "queued", attempts, lastError: outcome.error, nextAttemptAt: final ? at : retryAt })
      .where(messageKey(row)),
    db.insert(webhookAttempts).values({ eventId: row.eventId, endpointId: row.endpointId, attempt: attempts, at, statusCode: outcome.statusCode, error: outcome.error, durationMs: Date.now() - started, response: outcome.response }),
  ]);
  const fields = { event_id: row.eventId, endpoint_id: row.endpointId, type: row.type, attempts, status_code: outcome.statusCode };
  if (ok) ports.log.info("webhook.sent", fields);
  else ports.log.warn(final ? "webhook.failed" : "webhook.retry", fields);
}

const DUE = ["queued", "sending"] as const;

/** Sends what is due (about one receipt, or all); returns when the next message falls due. */
export async function deliverWebhooksDue(ports: Ports, receiptId?: string): Promise<Date | null> {
  const { db } = ports.database;
  const scope = receiptId ? eq(webhookMessages.receiptId, receiptId) : undefined;
  const rows = await db
    .select()
    .from(webhookMessages)
    .where(and(inArray(webhookMessages.status, [...DUE]), lte(webhookMessages.nextAttemptAt, ports.clock().toISOString()), scope))
    .orderBy(asc(webhookMessages.nextAttemptAt))
    .limit(50)
    .all();
  for (const row of rows) await attemptMessage(ports, row);
  const next = await db
    .select({ at: sql<string | null>`min(${webhookMessages.nextAttemptAt})` })
    .from(webhookMessages)
    .where(and(inArray(webhookMessages.status, [...DUE]), scope))
    .get();
  return next?.at ? new Date(next.at) : null;
}

/** Queues a sent or failed message again, from its first attempt's backoff, and tries it now. */
export async function resendMessage(ports: Ports, row: WebhookMessageRow): Promise<void> {
  const now = ports.clock().toISOString();
  await ports.database.db.update(webhookMessages).set({ status: "queued", attempts: 0, nextAttemptAt: now, lastError: null }).where(messageKey(row));
  await attemptMessage(ports, { ...row, status: "queued", attempts: 0, nextAttemptAt: now });
}

/** Finished messages (sent or failed) and attempts from before `before` go; queued ones stay. */
export async function purgeWebhooks(ports: Ports, before: string): Promise<void> {
  const { db } = ports.database;
  await ports.database.batch([
    db.delete(webhookAttempts).where(lte(webhookAttempts.at, before)),
    db.delete(webhookMessages).where(and(inArray(webhookMessages.status, ["sent", "failed"]), lte(webhookMessages.createdAt, before))),
  ]);
}
