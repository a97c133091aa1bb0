/**
 * A customer's personal data at rest: identifiers are found by a keyed hash (a stolen database
 * cannot be searched for a phone number without the secret), contact data (and webhook signing
 * secrets) are encrypted with AES-GCM. Each ciphertext names its key, so the key can be rotated: new data uses the current
 * key, old data still opens with the keys kept in CUSTOMER_DATA_KEYS_OLD.
 */
import { base64url } from "jose";

const encoder = new TextEncoder();
const hmacKeys = new Map<string, Promise<CryptoKey>>();
const aesKeys = new Map<string, Promise<{ id: string; key: CryptoKey }>>();

export type IdentifierKind = "phone" | "email" | "loyalty";

/** The same identifier written differently is the same customer: "+48 600 000 001" = "+48600000001". */
export function normalized(kind: IdentifierKind, value: string): string {
  if (kind === "phone") return value.replace(/[\s-]/g, "");
  if (kind === "email") return value.trim().toLowerCase();
  return value.trim();
}

export async function lookupHash(secret: string, merchantId: string, kind: IdentifierKind, value: string): Promise<string> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    hmacKeys.set(secret, key);
  }
  const mac = await crypto.subtle.sign("HMAC", await key, encoder.encode(`${merchantId}\u0000${kind}\u0000${normalized(kind, value)}`));
  return base64url.encode(new Uint8Array(mac));
}

/** A data key from its secret: 256 bits by SHA-256, named by the first bytes of another hash. */
function dataKey(secret: string): Promise<{ id: string; key: CryptoKey }> {
  let entry = aesKeys.get(secret);
  if (!entry) {
    entry = (async () => {
      const raw = await crypto.subtle.digest("SHA-256", encoder.encode(`customer-data\u0000${secret}`));
      const name = await crypto.subtle.digest("SHA-256", encoder.encode(`customer-data-key-id\u0000${secret}`));
      const key = await crypto.subtle.importKey("raw", raw, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
      return { id: base64url.encode(new Uint8Array(name).slice(0, 6)), key };
    })();
    aesKeys.set(secret, entry);
  }
  return entry;
}

export async function seal(secret: string, plaintext: string, random: (n: number) => Uint8Array): Promise<string> {
  const { id, key } = await dataKey(secret);
  const iv = random(12);
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv as Uint8Array<ArrayBuffer> }, key, encoder.encode(plaintext));
  return `v1.${id}.${base64url.encode(iv)}.${base64url.encode(new Uint8Array(sealed))}`;
}

export async function open(secrets: readonly string[], sealed: string): Promise<string> {
  const [version, id, iv, data] = sealed.split(".");
  if (version !== "v1" || !id || !iv || !data) throw new Error("not a sealed value");
  for (const secret of secrets) {
    const candidate = await dataKey(secret);
    if (candidate.id !== id) continue;
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: base64url.decode(iv) as Uint8Array<ArrayBuffer> }, candidate.key, base64url.decode(data) as Uint8Array<ArrayBuffer>);
    return new TextDecoder().decode(plain);
  }
  throw new Error(`data key ${id} is not configured (CUSTOMER_DATA_KEY / CUSTOMER_DATA_KEYS_OLD)`);
}

/** What the till may see of a contact: enough to confirm it with the customer, never all of it. */
export function mask(kind: "phone" | "email", value: string): string {
  if (kind === "email") {
    const [local = "", domain = ""] = value.split("@");
    return `${local.slice(0, 1)}***@${domain}`;
  }
  const digits = normalized("phone", value);
  const country = /^\+\d{2}/.exec(digits)?.[0] ?? "";
  return `${country ? `${country} ` : ""}*** *** ${digits.slice(-3)}`;
}
