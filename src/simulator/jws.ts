/** The PL e-paragon as a compact JWS (RFC 7515, EdDSA), made with the injected signer: no JOSE library. */
import { base64urlToBytes, bytesToBase64url, utf8 } from "./bytes";
import { canonicalJson, parseJson } from "./canonical";
import { obj, str } from "./json-read";
import type { FiscalPayload } from "./payload";
import { readPayload } from "./payload-read";
import type { Signer } from "./types";

export interface JwsVerdict {
  valid: boolean;
  reason?: string;
  /** The signed fiscal payload, when valid. */
  payload?: FiscalPayload;
  kid?: string;
}

/** header {alg:"EdDSA", kid, typ:"JWT"} . payload (the canonical fiscal payload) . Ed25519 signature. */
export async function signJws(payload: string, kid: string, sign: Signer): Promise<string> {
  const input = `${bytesToBase64url(utf8(canonicalJson({ alg: "EdDSA", kid, typ: "JWT" })))}.${bytesToBase64url(utf8(payload))}`;
  return `${input}.${bytesToBase64url(await sign(utf8(input)))}`;
}

function decodeText(part: string): string | null {
  const bytes = base64urlToBytes(part);
  if (!bytes) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const bad = (reason: string): JwsVerdict => ({ valid: false, reason });

/** Checks the header, that the payload is a canonical fiscal payload naming the same key, and the signature. */
export async function verifyJws(jws: string, keyFor: (kid: string) => Promise<CryptoKey>): Promise<JwsVerdict> {
  const parts = jws.split(".");
  const [head = "", body = "", sig = ""] = parts;
  if (parts.length !== 3) return bad("not a compact JWS (three base64url parts)");
  const header = obj(parseJson(decodeText(head) ?? "") ?? undefined);
  if (!header || header.alg !== "EdDSA" || !str(header.kid)) return bad("header is not {alg: EdDSA, kid}");
  const text = decodeText(body);
  const payload = text === null ? null : readPayload(text);
  if (!payload) return bad("payload is not a canonical fiscal payload");
  if (payload.kid !== header.kid) return bad("header kid differs from the payload's kid");
  const signature = base64urlToBytes(sig);
  if (!signature || signature.length !== 64) return bad("signature is not a base64url Ed25519 signature");
  let key: CryptoKey;
  try {
    key = await keyFor(header.kid);
  } catch {
    return bad(`unknown key ${header.kid}`);
  }
  const ok = await crypto.subtle.verify({ name: "Ed25519" }, key, signature, utf8(`${head}.${body}`));
  return ok ? { valid: true, payload, kid: header.kid } : bad("signature does not verify");
}
