/** Customers in the database: found by keyed hash, created with their first receipt or consent, erased on request. */
import { and, desc, eq, inArray, lt, or } from "drizzle-orm";
import type { Channel, Customer } from "../../core/delivery";
import { DomainError, invalid } from "../../core/errors";
import { decodeCursor, pageFrom } from "../../db/cursor";
import { toRaw, type RawStatement } from "../../db/database";
import { insertRow } from "../../db/rows";
import { consentLog, customers, outbox, receipts } from "../../db/schema";
import { newId } from "../ids";
import type { Ports } from "../ports";
import { customerConsentChanged } from "../services/webhook-events";
import { sendEvent, webhookInsert } from "../services/webhooks";
import { customerUrl } from "../views";
import type { CustomerProfile, CustomerRow } from "./profile";
import { lookupHash, open, seal, type IdentifierKind } from "./protect";

const KINDS: IdentifierKind[] = ["loyalty", "phone", "email"];
const given = (customer: Customer): [IdentifierKind, string][] =>
  KINDS.flatMap((kind): [IdentifierKind, string][] => {
    const value = kind === "loyalty" ? customer.loyalty_id : customer[kind];
    return value ? [[kind, value]] : [];
  });
const HASH_COLUMN = { phone: customers.phoneHash, email: customers.emailHash, loyalty: customers.loyaltyHash } as const;

export const customerNotFound = () => new DomainError("not_found", "customer-not-found", "Customer not found", "No customer with that reference exists for this merchant.");

async function opened(ports: Ports, sealed: string | null): Promise<string | null> {
  return sealed ? open(ports.config.customerDataKeys, sealed) : null;
}

export async function profileOf(ports: Ports, row: CustomerRow, customer: Customer | null): Promise<CustomerProfile> {
  return {
    ref: row.id,
    known: true,
    paperRefused: row.paperRefused,
    preferredChannel: (row.preferredChannel as Channel | null) ?? null,
    phone: customer?.phone ?? (await opened(ports, row.phoneSealed)),
    email: customer?.email ?? (await opened(ports, row.emailSealed)),
    loyaltyId: customer?.loyalty_id ?? (await opened(ports, row.loyaltySealed)),
    defaultEmail: await opened(ports, row.defaultEmailSealed),
    row: null,
  };
}

/** A new customer's row: its id comes from its first identifier, so two tills meeting them at once agree. */
async function newRow(ports: Ports, merchantId: string, identifiers: [IdentifierKind, string][]): Promise<CustomerRow> {
  const [primaryKind, primary] = identifiers[0]!;
  const hashOf = async (kind: IdentifierKind) => {
    const value = identifiers.find(([k]) => k === kind)?.[1];
    return value ? lookupHash(ports.config.customerHashSecret, merchantId, kind, value) : null;
  };
  const sealOf = async (kind: IdentifierKind) => {
    const value = identifiers.find(([k]) => k === kind)?.[1];
    return value ? seal(ports.config.customerDataKeys[0]!, value, ports.random) : null;
  };
  const now = ports.clock().toISOString();
  return {
    id: `cus_${(await lookupHash(ports.config.customerHashSecret, merchantId, primaryKind, `id:${primary}`)).slice(0, 16)}`,
    merchantId,
    phoneHash: await hashOf("phone"),
    emailHash: await hashOf("email"),
    loyaltyHash: await hashOf("loyalty"),
    phoneSealed: await sealOf("phone"),
    emailSealed: await sealOf("email"),
    loyaltySealed: await sealOf("loyalty"),
    defaultEmailSealed: null,
    paperRefused: false,
    preferredChannel: null,
    createdAt: now,
    lastSeenAt: now,
  };
}

async function findRow(ports: Ports, merchantId: string, identifiers: [IdentifierKind, string][]): Promise<CustomerRow | undefined> {
  const hashes = await Promise.all(identifiers.map(async ([kind, value]) => [kind, await lookupHash(ports.config.customerHashSecret, merchantId, kind, value)] as const));
  const rows = await ports.database.db
    .select()
    .from(customers)
    .where(and(eq(customers.merchantId, merchantId), or(...hashes.map(([kind, hash]) => eq(HASH_COLUMN[kind], hash)))))
    .all();
  // The loyalty card names the customer first, then the phone, then the e-mail.
  for (const [kind, hash] of hashes) {
    const row = rows.find((r) => r[`${kind}Hash`] === hash);
    if (row) return row;
  }
  return undefined;
}

/** The till identified a customer: one read, and a profile for the receipt (a new one is written with it). */
export async function identify(ports: Ports, merchantId: string, customer: Customer): Promise<CustomerProfile | null> {
  const identifiers = given(customer);
  if (identifiers.length === 0) return null;
  const row = await findRow(ports, merchantId, identifiers);
  if (row) return profileOf(ports, row, customer);
  const fresh = await newRow(ports, merchantId, identifiers);
  return {
    ref: fresh.id,
    known: false,
    paperRefused: false,
    preferredChannel: null,
    phone: customer.phone ?? null,
    email: customer.email ?? null,
    loyaltyId: customer.loyalty_id ?? null,
    defaultEmail: null,
    row: fresh,
  };
}

/** With the issued receipt: a new customer's row, their last visit, a channel they asked to be remembered. */
export function customerWrite(profile: CustomerProfile, at: string, remember: { channel: Channel; by: string } | null): RawStatement[] {
  const statements: RawStatement[] = [];
  if (profile.row) statements.push(insertRow(customers, profile.row, "ON CONFLICT DO NOTHING"));
  statements.push({ sql: 'UPDATE "customers" SET "last_seen_at" = ? WHERE "id" = ?', params: [at, profile.ref] });
  if (remember) {
    statements.push({ sql: 'UPDATE "customers" SET "preferred_channel" = ? WHERE "id" = ?', params: [remember.channel, profile.ref] });
    statements.push(insertRow(consentLog, { customerId: profile.ref, merchantId: profile.row?.merchantId ?? "", change: { preferred_channel: remember.channel }, by: remember.by, at }));
  }
  return statements;
}

/** `cus_...`, or an identifier: `phone:+48...`, `email:...`, `loyalty:...` (what a call centre has at hand). */
export async function findCustomer(ports: Ports, merchantId: string, ref: string): Promise<CustomerRow | null> {
  const match = /^(phone|email|loyalty):(.+)$/.exec(ref);
  if (match) {
    const kind = match[1] as IdentifierKind;
    return (await findRow(ports, merchantId, [[kind, match[2]!]])) ?? null;
  }
  return (await ports.database.db.select().from(customers).where(and(eq(customers.id, ref), eq(customers.merchantId, merchantId))).get()) ?? null;
}

/** A reference, or a bare loyalty id, phone number or e-mail address as a till would have sent it. */
export async function customerByAnyIdentifier(ports: Ports, merchantId: string, text: string): Promise<CustomerRow | null> {
  if (text.startsWith("cus_") || /^(phone|email|loyalty):/.test(text)) return findCustomer(ports, merchantId, text);
  const kinds: IdentifierKind[] = text.includes("@") ? ["email"] : /^\+?[0-9 ]{6,20}$/.test(text) ? ["phone", "loyalty"] : ["loyalty"];
  return (await findRow(ports, merchantId, kinds.map((kind): [IdentifierKind, string] => [kind, text]))) ?? null;
}

export interface PreferencesInput {
  paper_refused?: boolean | undefined;
  preferred_channel?: Channel | null | undefined;
  default_email?: string | null | undefined;
  source: "app" | "account" | "call_centre" | "till";
}

/** Consent from the customer's side; a customer not yet met at a till is created from an identifier reference. */
export async function setPreferences(ports: Ports, merchantId: string, ref: string, input: PreferencesInput, by: string): Promise<CustomerProfile> {
  let row = await findCustomer(ports, merchantId, ref);
  const statements: RawStatement[] = [];
  if (!row) {
    const match = /^(phone|email|loyalty):(.+)$/.exec(ref);
    if (!match) throw customerNotFound();
    row = await newRow(ports, merchantId, [[match[1] as IdentifierKind, match[2]!]]);
    statements.push(insertRow(customers, row, "ON CONFLICT DO NOTHING"));
  }
  const at = ports.clock().toISOString();
  const change: Record<string, unknown> = {};
  const next = { ...row };
  if (input.paper_refused !== undefined) next.paperRefused = change.paper_refused = input.paper_refused;
  if (input.preferred_channel !== undefined) next.preferredChannel = change.preferred_channel = input.preferred_channel;
  if (input.default_email !== undefined) {
    next.defaultEmailSealed = input.default_email === null ? null : await seal(ports.config.customerDataKeys[0]!, input.default_email, ports.random);
    change.default_email = input.default_email === null ? null : "set";
  }
  if (Object.keys(change).length === 0) throw invalid("body", "name at least one of paper_refused, preferred_channel, default_email");
  statements.push(
    { sql: 'UPDATE "customers" SET "paper_refused" = ?, "preferred_channel" = ?, "default_email_sealed" = ? WHERE "id" = ?', params: [next.paperRefused ? 1 : 0, next.preferredChannel, next.defaultEmailSealed, row.id] },
    insertRow(consentLog, { customerId: row.id, merchantId, change, by: `${input.source}:${by}`, at }),
  );
  // Webhooks: a `customer.consent_changed` message for each endpoint that wants one, with the change.
  const eventId = newId(ports.random, "evt");
  statements.push(toRaw(webhookInsert(ports.database.db, ports, { ...customerConsentChanged(merchantId, row.id, change, input.source, at), receiptId: null }, eventId)));
  await ports.database.batchRaw(statements);
  await sendEvent(ports, eventId);
  return profileOf(ports, next, null);
}

export async function consentHistory(ports: Ports, customerId: string) {
  return ports.database.db.select().from(consentLog).where(eq(consentLog.customerId, customerId)).orderBy(consentLog.id).all();
}

/** The customer's receipts with their links, newest first, a page at a time. */
export async function customerReceipts(ports: Ports, merchantId: string, customerId: string, limit: number, cursorText: string | undefined) {
  const cursor = decodeCursor(cursorText);
  const rows = await ports.database.db
    .select({ id: receipts.id, issuedAt: receipts.issuedAt, total: receipts.total, currency: receipts.currency, storeId: receipts.storeId, token: receipts.token, baseUrl: receipts.baseUrl, expiresAt: receipts.expiresAt, delivery: receipts.delivery })
    .from(receipts)
    .where(
      and(
        eq(receipts.merchantId, merchantId),
        eq(receipts.customerId, customerId),
        eq(receipts.status, "issued"),
        cursor ? or(lt(receipts.issuedAt, cursor.at), and(eq(receipts.issuedAt, cursor.at), lt(receipts.id, cursor.id))) : undefined,
      ),
    )
    .orderBy(desc(receipts.issuedAt), desc(receipts.id))
    .limit(limit + 1)
    .all();
  const now = ports.clock().toISOString();
  const page = pageFrom(rows, limit, (r) => ({ at: r.issuedAt ?? "", id: r.id }));
  return {
    items: page.items.map((r) => {
      const live = !r.expiresAt || r.expiresAt > now;
      const link = customerUrl(r.baseUrl, r.token);
      return { id: r.id, issued_at: r.issuedAt, total: r.total, currency: r.currency, store_id: r.storeId, channel: (r.delivery as { channel?: string } | null)?.channel ?? null, receipt_url: live ? link : null, pdf_url: live ? `${link}/pdf` : null };
    }),
    next_cursor: page.nextCursor,
  };
}

/**
 * Erasure: the customer's row, their consent log, the identification kept on their receipts and
 * the addresses and texts of messages sent to them. The receipts' fiscal record stays.
 */
export async function eraseCustomer(ports: Ports, merchantId: string, customerId: string): Promise<{ receipts: number }> {
  const { db } = ports.database;
  const theirs = await db.select({ id: receipts.id }).from(receipts).where(and(eq(receipts.merchantId, merchantId), eq(receipts.customerId, customerId))).all();
  const ids = theirs.map((r) => r.id);
  await ports.database.batch([
    db.delete(customers).where(and(eq(customers.id, customerId), eq(customers.merchantId, merchantId))),
    db.delete(consentLog).where(eq(consentLog.customerId, customerId)),
    db.update(receipts).set({ customer: null, customerId: null }).where(and(eq(receipts.merchantId, merchantId), eq(receipts.customerId, customerId))),
    ...(ids.length > 0 ? [db.update(outbox).set({ recipient: null, subject: null, body: "[erased]" }).where(and(inArray(outbox.receiptId, ids), inArray(outbox.status, ["sent", "delivered", "failed"])))] : []),
  ]);
  ports.log.info("customer.erased", { merchant_id: merchantId, receipts: ids.length });
  return { receipts: ids.length };
}

/** Retention: customers not seen for the retention period are erased. */
export async function eraseUnused(ports: Ports, before: string): Promise<number> {
  const stale = await ports.database.db.select({ id: customers.id, merchantId: customers.merchantId }).from(customers).where(lt(customers.lastSeenAt, before)).limit(200).all();
  for (const row of stale) await eraseCustomer(ports, row.merchantId, row.id);
  return stale.length;
}

