/** Terminal authentication: API key -> short-lived HS256 JWT naming merchant, store, terminal, device and key mode. */
import { eq } from "drizzle-orm";
import { jwtVerify, SignJWT } from "jose";
import { DomainError } from "../core/errors";
import type { CountryCode } from "../core/profiles";
import type { Db } from "../db/database";
import { apiKeys, merchants, terminals } from "../db/schema";
import { sha256Hex } from "./ids";
import { isActive, type KeyMode } from "./services/api-keys";

const ISSUER = "ereceipt-edge";
const AUDIENCE = "ereceipt-edge/v1";
const ALGORITHMS = ["HS256"];

export interface TerminalContext {
  merchantId: string;
  storeId: string;
  terminalId: string;
  deviceId: string;
  country: CountryCode;
}

/** Who a verified token speaks for, and whether its key was a test key (sandbox features) or live. */
export interface TerminalToken {
  terminal: TerminalContext;
  mode: KeyMode;
}

const unauthorized = (detail: string) => new DomainError("unauthorized", "unauthorized", "Unauthorized", detail);

/** The HMAC key is imported once per secret and isolate, not on every request. */
const keys = new Map<string, Promise<CryptoKey>>();
function keyOf(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, key);
  }
  return key;
}

/** The key's terminal; a revoked or expired key is refused from the next request on. */
export async function issueToken(db: Db, secret: string, apiKey: string, ttlSeconds: number, now: Date): Promise<string> {
  const row = await db
    .select({ key: apiKeys, terminal: terminals, country: merchants.country })
    .from(apiKeys)
    .innerJoin(terminals, eq(terminals.id, apiKeys.terminalId))
    .innerJoin(merchants, eq(merchants.id, terminals.merchantId))
    .where(eq(apiKeys.hash, await sha256Hex(apiKey)))
    .get();
  if (!row) throw unauthorized("Unknown API key.");
  if (!isActive(row.key, now)) throw unauthorized("This API key was revoked or has expired; ask for a new one.");
  await db.update(apiKeys).set({ lastUsedAt: now.toISOString() }).where(eq(apiKeys.id, row.key.id));
  const { terminal } = row;
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ mer: terminal.merchantId, sto: terminal.storeId, dev: terminal.deviceId, cty: row.country, mod: row.key.mode })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(terminal.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(await keyOf(secret));
}

/**
 * Tokens this isolate has verified, until they expire: a till sends the same token with every
 * scanned item, and its signature does not change in between.
 */
const verified = new Map<string, { token: TerminalToken; expiresAt: number }>();
const VERIFIED_KEPT = 10_000;

export async function verifyToken(secret: string, authorization: string | undefined, now: Date): Promise<TerminalToken> {
  const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? "");
  if (!match?.[1]) throw unauthorized("Send Authorization: Bearer <token> from POST /v1/auth/token.");
  const cacheKey = `${secret}\u0000${match[1]}`;
  const known = verified.get(cacheKey);
  if (known && now.getTime() < known.expiresAt) return known.token;
  try {
    const { payload } = await jwtVerify(match[1], await keyOf(secret), {
      algorithms: ALGORITHMS,
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
    });
    const { sub, mer, sto, dev, cty, mod } = payload;
    if (typeof sub !== "string" || typeof mer !== "string" || typeof sto !== "string" || typeof dev !== "string" || typeof cty !== "string" || (mod !== "test" && mod !== "live")) {
      throw unauthorized("The token lacks terminal claims.");
    }
    const token: TerminalToken = { terminal: { terminalId: sub, merchantId: mer, storeId: sto, deviceId: dev, country: cty as CountryCode }, mode: mod };
    if (typeof payload.exp === "number") {
      if (verified.size >= VERIFIED_KEPT) verified.clear();
      verified.set(cacheKey, { token, expiresAt: payload.exp * 1000 });
    }
    return token;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unauthorized("The token is invalid or expired; get a new one from POST /v1/auth/token.");
  }
}
