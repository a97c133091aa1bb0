/**
 * Terminal API keys: created (the key is shown once, only its hash is kept), listed by prefix and
 * last use, revoked at once, rotated with an overlap in which both keys work.
 */
import { and, desc, eq } from "drizzle-orm";
import { base64url } from "jose";
import { DomainError, notFound } from "../../core/errors";
import type { Db } from "../../db/database";
import { apiKeys } from "../../db/schema";
import { newId, sha256Hex } from "../ids";

export type KeyMode = "test" | "live";
export type ApiKeyRow = typeof apiKeys.$inferSelect;

const PREFIX_LENGTH = 13;

/** `erk_live_…` / `erk_test_…`: the mode is readable in logs and config files; 192 random bits. */
export const newApiKey = (random: (n: number) => Uint8Array, mode: KeyMode) => `erk_${mode}_${base64url.encode(random(24))}`;

export async function apiKeyRow(key: string, values: { id: string; merchantId: string; terminalId: string; mode: KeyMode; createdAt: string }): Promise<ApiKeyRow> {
  return { ...values, prefix: key.slice(0, PREFIX_LENGTH), hash: await sha256Hex(key), lastUsedAt: null, expiresAt: null, revokedAt: null };
}

export async function createApiKey(
  db: Db,
  random: (n: number) => Uint8Array,
  owner: { merchantId: string; terminalId: string; mode: KeyMode },
  now: Date,
): Promise<{ key: string; row: ApiKeyRow }> {
  const key = newApiKey(random, owner.mode);
  const row = await apiKeyRow(key, { id: newId(random, "key"), ...owner, createdAt: now.toISOString() });
  await db.insert(apiKeys).values(row);
  return { key, row };
}

export function listApiKeys(db: Db, merchantId: string, terminalId: string): Promise<ApiKeyRow[]> {
  return db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.merchantId, merchantId), eq(apiKeys.terminalId, terminalId)))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .all();
}

async function usableKey(db: Db, merchantId: string, terminalId: string, keyId: string, now: Date): Promise<ApiKeyRow> {
  const row = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.merchantId, merchantId), eq(apiKeys.terminalId, terminalId)))
    .get();
  if (!row) throw notFound("API key");
  if (!isActive(row, now)) throw new DomainError("conflict", "key-inactive", "API key no longer active", "This key is revoked or has expired.");
  return row;
}

export const isActive = (row: Pick<ApiKeyRow, "revokedAt" | "expiresAt">, now: Date) =>
  row.revokedAt === null && (row.expiresAt === null || row.expiresAt > now.toISOString());

export async function revokeApiKey(db: Db, merchantId: string, terminalId: string, keyId: string, now: Date): Promise<ApiKeyRow> {
  await usableKey(db, merchantId, terminalId, keyId, now);
  const revokedAt = now.toISOString();
  await db.update(apiKeys).set({ revokedAt }).where(eq(apiKeys.id, keyId));
  return (await db.select().from(apiKeys).where(eq(apiKeys.id, keyId)).get())!;
}

/** A new key of the same mode; the old one keeps working for `overlapSeconds` (0: stops now). */
export async function rotateApiKey(
  db: Db,
  random: (n: number) => Uint8Array,
  target: { merchantId: string; terminalId: string; keyId: string; overlapSeconds: number },
  now: Date,
): Promise<{ key: string; row: ApiKeyRow; previous: ApiKeyRow }> {
  const old = await usableKey(db, target.merchantId, target.terminalId, target.keyId, now);
  const created = await createApiKey(db, random, { merchantId: old.merchantId, terminalId: old.terminalId, mode: old.mode }, now);
  const expiresAt = new Date(now.getTime() + target.overlapSeconds * 1000).toISOString();
  await db.update(apiKeys).set({ expiresAt }).where(eq(apiKeys.id, old.id));
  return { ...created, previous: { ...old, expiresAt } };
}
