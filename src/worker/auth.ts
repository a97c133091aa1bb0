/** Terminal authentication: API key -> short-lived HS256 JWT naming merchant, store, terminal, device. */
import { eq } from "drizzle-orm";
import { jwtVerify, SignJWT } from "jose";
import { DomainError } from "../core/errors";
import type { CountryCode } from "../core/profiles";
import type { Db } from "../db/database";
import { merchants, terminals } from "../db/schema";
import { sha256Hex } from "./ids";

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

export async function issueToken(db: Db, secret: string, apiKey: string, ttlSeconds: number, now: Date): Promise<string> {
  const row = await db
    .select({ terminal: terminals, country: merchants.country })
    .from(terminals)
    .innerJoin(merchants, eq(merchants.id, terminals.merchantId))
    .where(eq(terminals.apiKeyHash, await sha256Hex(apiKey)))
    .get();
  if (!row) throw unauthorized("Unknown API key.");
  const { terminal } = row;
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ mer: terminal.merchantId, sto: terminal.storeId, dev: terminal.deviceId, cty: row.country })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(terminal.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(await keyOf(secret));
}

export async function verifyToken(secret: string, authorization: string | undefined, now: Date): Promise<TerminalContext> {
  const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? "");
  if (!match?.[1]) throw unauthorized("Send Authorization: Bearer <token> from POST /v1/auth/token.");
  try {
    const { payload } = await jwtVerify(match[1], await keyOf(secret), {
      algorithms: ALGORITHMS,
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
    });
    const { sub, mer, sto, dev, cty } = payload;
    if (typeof sub !== "string" || typeof mer !== "string" || typeof sto !== "string" || typeof dev !== "string" || typeof cty !== "string") {
      throw unauthorized("The token lacks terminal claims.");
    }
    return { terminalId: sub, merchantId: mer, storeId: sto, deviceId: dev, country: cty as CountryCode };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unauthorized("The token is invalid or expired; get a new one from POST /v1/auth/token.");
  }
}
