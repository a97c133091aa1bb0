/** Device keys: Ed25519 derived from one secret, so a restarted host re-creates the same keys without storing them. */
import { base64urlToBytes, bytesToBase64url, bytesToHex, utf8 } from "./bytes";
import { sha256 } from "./digest";
import type { Signer } from "./types";

const SALT = "ereceipt-edge/device-key/v1";
const ED25519 = { name: "Ed25519" } as const;
// PKCS#8 header of an Ed25519 private key (RFC 8410); the 32-byte seed follows.
const PKCS8_PREFIX = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];

export interface DeviceKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JsonWebKey & { kid: string };
  kid: string;
}

async function seedFor(secret: string, deviceId: string): Promise<Uint8Array<ArrayBuffer>> {
  const ikm = await crypto.subtle.importKey("raw", utf8(secret), "HKDF", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: utf8(SALT), info: utf8(deviceId) }, ikm, 256);
  return new Uint8Array(bits);
}

/** HKDF-SHA-256(secret, salt, info = deviceId) -> Ed25519 seed; kid = first 16 hex of SHA-256(raw public key). */
export async function deriveDeviceKey(secret: string, deviceId: string): Promise<DeviceKey> {
  if (secret === "") throw new RangeError("device key secret is empty");
  const pkcs8 = new Uint8Array(PKCS8_PREFIX.length + 32);
  pkcs8.set(PKCS8_PREFIX);
  pkcs8.set(await seedFor(secret, deviceId), PKCS8_PREFIX.length);
  // Imported once extractable only to read the public point `x` (WebCrypto has no "public from private").
  const extractable = await crypto.subtle.importKey("pkcs8", pkcs8, ED25519, true, ["sign"]);
  const jwk = await crypto.subtle.exportKey("jwk", extractable);
  const x = jwk.x;
  const raw = x === undefined ? null : base64urlToBytes(x);
  if (x === undefined || raw === null || raw.length !== 32) throw new Error("Ed25519 JWK export gave no public key");
  const privateKey = await crypto.subtle.importKey("pkcs8", pkcs8, ED25519, false, ["sign"]);
  const kid = bytesToHex(await sha256(raw)).slice(0, 16);
  const publicJwk = { kty: "OKP", crv: "Ed25519", x: bytesToBase64url(raw), kid, alg: "EdDSA", use: "sig" };
  const publicKey = await importPublicJwk(publicJwk);
  return { privateKey, publicKey, publicJwk, kid };
}

/** Imports a published device key (e.g. from /.well-known/jwks.json) for verification. */
export async function importPublicJwk(jwk: JsonWebKey): Promise<CryptoKey> {
  const { kty, crv, x } = jwk;
  return crypto.subtle.importKey("jwk", { kty, crv, x }, ED25519, true, ["verify"]);
}

export function ed25519Signer(privateKey: CryptoKey): Signer {
  return async (data) => new Uint8Array(await crypto.subtle.sign(ED25519, privateKey, new Uint8Array(data)));
}
