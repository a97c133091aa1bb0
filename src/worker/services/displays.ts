/**
 * A terminal's customer display link: `/display/{token}`, 256 bits, stored only as its SHA-256.
 * One display per terminal: a new token replaces the old one, DELETE revokes it. With an
 * Idempotency-Key the token is derived from the key (an HMAC under the service's secret), so a
 * retried request gets the same token without the token being kept anywhere.
 */
import { base64url } from "jose";
import { eq } from "drizzle-orm";
import { DomainError } from "../../core/errors";
import { displayTokens } from "../../db/schema";
import type { TerminalContext } from "../auth";
import { cachePerDatabase } from "../cache";
import { newToken, sha256Hex } from "../ids";
import type { Ports } from "../ports";

const KEY = /^[\x21-\x7e]{1,255}$/;
export const DISPLAY_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Whether a terminal has a display, asked when a receipt is opened: a new display is seen within this long on other isolates. */
const HAS_DISPLAY_TTL_MS = 30_000;
const hasDisplayRows = cachePerDatabase<boolean>(HAS_DISPLAY_TTL_MS);

async function derivedToken(secret: string, terminalId: string, idempotencyKey: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`display-token\n${terminalId}\n${idempotencyKey}`));
  return base64url.encode(new Uint8Array(mac));
}

/** A new display token for the terminal (replacing its previous one); `replayed` when this key already made the current one. */
export async function createDisplayToken(ports: Ports, terminal: TerminalContext, idempotencyKey: string | undefined): Promise<{ token: string; createdAt: string; replayed: boolean }> {
  if (idempotencyKey !== undefined && !KEY.test(idempotencyKey)) {
    throw new DomainError("bad_request", "idempotency-key", "Invalid Idempotency-Key", "Idempotency-Key must be 1-255 visible ASCII characters.");
  }
  const { db } = ports.database;
  const token = idempotencyKey === undefined ? newToken(ports.random) : await derivedToken(ports.config.jwtSecret, terminal.terminalId, idempotencyKey);
  const tokenHash = await sha256Hex(token);
  const current = await db.select().from(displayTokens).where(eq(displayTokens.terminalId, terminal.terminalId)).get();
  if (current?.tokenHash === tokenHash) return { token, createdAt: current.createdAt, replayed: true };
  const createdAt = ports.clock().toISOString();
  await db
    .insert(displayTokens)
    .values({ terminalId: terminal.terminalId, merchantId: terminal.merchantId, tokenHash, createdAt })
    .onConflictDoUpdate({ target: displayTokens.terminalId, set: { tokenHash, createdAt } });
  hasDisplayRows(ports.database).delete(terminal.terminalId);
  // Whoever held the previous link hears nothing more.
  if (current) await ports.displays.revoke(terminal.terminalId);
  ports.log.info("display.token_created", { terminal_id: terminal.terminalId, merchant_id: terminal.merchantId });
  return { token, createdAt, replayed: false };
}

/** Revokes the terminal's display link; the open display page goes blank, says so, and is disconnected. */
export async function revokeDisplayToken(ports: Ports, terminal: TerminalContext): Promise<void> {
  await ports.database.db.delete(displayTokens).where(eq(displayTokens.terminalId, terminal.terminalId));
  hasDisplayRows(ports.database).delete(terminal.terminalId);
  await ports.displays.revoke(terminal.terminalId);
  ports.log.info("display.token_revoked", { terminal_id: terminal.terminalId, merchant_id: terminal.merchantId });
}

/** The terminal a display link belongs to, or null for an unknown or revoked one. */
export async function terminalOfDisplay(ports: Ports, token: string): Promise<string | null> {
  if (!DISPLAY_TOKEN.test(token)) return null;
  const row = await ports.database.db.select({ terminalId: displayTokens.terminalId }).from(displayTokens).where(eq(displayTokens.tokenHash, await sha256Hex(token))).get();
  return row?.terminalId ?? null;
}

/** Whether the terminal has a display (cached briefly per isolate: asked on every receipt opened). */
export function hasDisplay(ports: Ports, terminalId: string): Promise<boolean> {
  return hasDisplayRows(ports.database).get(terminalId, async () => {
    const row = await ports.database.db.select({ terminalId: displayTokens.terminalId }).from(displayTokens).where(eq(displayTokens.terminalId, terminalId)).get();
    return row !== undefined;
  });
}
