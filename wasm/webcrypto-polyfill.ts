/**
 * WebCrypto's Ed25519 and HKDF for an engine that lacks them: the component's JS engine
 * (StarlingMonkey) has SHA and HMAC but neither of these. The simulator calls `crypto.subtle`
 * as it does in workerd, Deno and Node; this puts @noble/ed25519 (over the engine's SHA-512)
 * and RFC 5869 HKDF (over the engine's HMAC) behind the same calls, and hands everything else
 * to the engine.
 */
import { getPublicKeyAsync, signAsync, verifyAsync } from "@noble/ed25519";
import { base64urlToBytes, bytesToBase64url } from "../src/simulator";

type Algorithm = string | { name: string; hash?: string | { name: string }; salt?: BufferSource; info?: BufferSource };
type Bytes = Uint8Array<ArrayBuffer>;
type Secret = { ed25519: { seed: Uint8Array | null; publicKey: Uint8Array } } | { hkdf: Bytes };

// PKCS#8 header of an Ed25519 private key (RFC 8410); the 32-byte seed follows.
const PKCS8_PREFIX = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];
const SHA256_BYTES = 32;

function nameOf(algorithm: Algorithm): string {
  return (typeof algorithm === "string" ? algorithm : algorithm.name).toUpperCase();
}

function isJwk(data: BufferSource | JsonWebKey): data is JsonWebKey {
  return !(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data);
}

function bytes(data: BufferSource): Bytes {
  return data instanceof ArrayBuffer ? new Uint8Array(data.slice(0)) : new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
}

function failure(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

export function installWebCryptoPolyfill(): void {
  const native = globalThis.crypto.subtle;
  // The key material of the keys made here: CryptoKey objects carry none of it themselves.
  const secrets = new WeakMap<object, Secret>();

  const makeKey = (secret: Secret, type: KeyType, algorithm: string, extractable: boolean, usages: KeyUsage[]): CryptoKey => {
    const key = { type, extractable, algorithm: { name: algorithm }, usages };
    secrets.set(key, secret);
    return key as CryptoKey;
  };

  const ed25519Of = (key: CryptoKey) => {
    const secret = secrets.get(key);
    if (!secret || !("ed25519" in secret)) throw failure("InvalidAccessError", "not an Ed25519 key");
    return secret.ed25519;
  };

  const hmacSha256 = async (key: Bytes, data: Bytes): Promise<Bytes> => {
    const hmac = await native.importKey("raw", key.length > 0 ? key : new Uint8Array(SHA256_BYTES), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    return new Uint8Array(await native.sign("HMAC", hmac, data));
  };

  async function importEd25519(format: string, keyData: BufferSource | JsonWebKey, extractable: boolean, usages: KeyUsage[]): Promise<CryptoKey> {
    if (format === "pkcs8" && !isJwk(keyData)) {
      const der = bytes(keyData);
      if (der.length !== PKCS8_PREFIX.length + 32 || PKCS8_PREFIX.some((b, i) => der[i] !== b)) throw failure("DataError", "not an Ed25519 PKCS#8 key");
      const seed = der.slice(PKCS8_PREFIX.length);
      return makeKey({ ed25519: { seed, publicKey: await getPublicKeyAsync(seed) } }, "private", "Ed25519", extractable, usages);
    }
    if (format === "jwk" && isJwk(keyData)) {
      const x = typeof keyData.x === "string" ? base64urlToBytes(keyData.x) : null;
      const d = typeof keyData.d === "string" ? base64urlToBytes(keyData.d) : null;
      if (keyData.kty !== "OKP" || keyData.crv !== "Ed25519" || x?.length !== 32 || (keyData.d !== undefined && d?.length !== 32)) {
        throw failure("DataError", "not an Ed25519 JWK");
      }
      return makeKey({ ed25519: { seed: d, publicKey: x } }, d ? "private" : "public", "Ed25519", extractable, usages);
    }
    throw failure("NotSupportedError", `Ed25519 keys import here from pkcs8 or jwk, not ${format}`);
  }

  const subtle = {
    digest: native.digest.bind(native),

    async importKey(format: string, keyData: BufferSource | JsonWebKey, algorithm: Algorithm, extractable: boolean, usages: KeyUsage[]): Promise<CryptoKey> {
      const name = nameOf(algorithm);
      if (name === "ED25519") return importEd25519(format, keyData, extractable, usages);
      if (name === "HKDF" && format === "raw" && !isJwk(keyData)) return makeKey({ hkdf: bytes(keyData) }, "secret", "HKDF", false, usages);
      return isJwk(keyData) ? native.importKey("jwk", keyData, algorithm, extractable, usages) : native.importKey(format as "raw", keyData, algorithm, extractable, usages);
    },

    async exportKey(format: string, key: CryptoKey): Promise<JsonWebKey | ArrayBuffer> {
      if (!secrets.has(key)) return native.exportKey(format as "raw", key);
      const { seed, publicKey } = ed25519Of(key);
      if (format !== "jwk" || !key.extractable) throw failure("InvalidAccessError", "only an extractable Ed25519 key exports, as a JWK");
      const jwk: JsonWebKey = { kty: "OKP", crv: "Ed25519", x: bytesToBase64url(publicKey) };
      if (seed) jwk.d = bytesToBase64url(seed);
      return { ...jwk, ext: true, key_ops: key.usages };
    },

    async sign(algorithm: Algorithm, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer> {
      if (nameOf(algorithm) !== "ED25519") return native.sign(algorithm, key, data);
      const { seed } = ed25519Of(key);
      if (!seed) throw failure("InvalidAccessError", "signing needs a private key");
      return (await signAsync(bytes(data), seed)).slice().buffer;
    },

    async verify(algorithm: Algorithm, key: CryptoKey, signature: BufferSource, data: BufferSource): Promise<boolean> {
      if (nameOf(algorithm) !== "ED25519") return native.verify(algorithm, key, signature, data);
      // Strict RFC 8032 checks (no ZIP-215 leniency), as WebCrypto verifies.
      return verifyAsync(bytes(signature), bytes(data), ed25519Of(key).publicKey, { zip215: false }).catch(() => false);
    },

    async deriveBits(algorithm: Algorithm, key: CryptoKey, length: number): Promise<ArrayBuffer> {
      const secret = secrets.get(key);
      if (typeof algorithm === "string" || nameOf(algorithm) !== "HKDF" || !secret || !("hkdf" in secret)) return native.deriveBits(algorithm, key, length);
      const hash = typeof algorithm.hash === "string" ? algorithm.hash : algorithm.hash?.name;
      if (hash?.toUpperCase() !== "SHA-256" || !algorithm.salt || !algorithm.info || length % 8 !== 0 || length > 255 * SHA256_BYTES * 8) {
        throw failure("NotSupportedError", "HKDF here is SHA-256 with salt and info, whole bytes");
      }
      // RFC 5869: extract, then expand T(i) = HMAC(PRK, T(i-1) | info | i).
      const prk = await hmacSha256(bytes(algorithm.salt), secret.hkdf);
      const info = bytes(algorithm.info);
      const out = new Uint8Array(length / 8);
      let block = new Uint8Array(0);
      for (let i = 1, at = 0; at < out.length; i++, at += SHA256_BYTES) {
        block = new Uint8Array(await hmacSha256(prk, new Uint8Array([...block, ...info, i])));
        out.set(block.subarray(0, out.length - at), at);
      }
      return out.buffer;
    },
  };

  Object.defineProperty(globalThis, "crypto", {
    value: { subtle, getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) },
    configurable: true,
    writable: true,
  });
}
