/** Re-verification from exported data alone: a document, its chain, and the devices' public keys. */
import { base64urlToBytes, utf8 } from "./bytes";
import { isHash, ZERO_HASH } from "./checks";
import { sha256Hex } from "./digest";
import { carriesJws } from "./issue";
import { verifyJws } from "./jws";
import { numberText } from "./numbering";
import { isReceipt, payloadJson } from "./payload";
import { readPayload } from "./payload-read";
import { qrPayload } from "./qr";
import type { FiscalDocument } from "./types";

export interface Verdict {
  valid: boolean;
  reason?: string;
}

export interface ChainVerdict extends Verdict {
  /** 0-based position in `docs` of the first document that fails. */
  at?: number;
}

export interface ChainStart {
  /** Number of the first document; default 1 (a whole journal). */
  start?: number;
  /** Expected prevHash of the first document; default 64 zeros when start is 1, unchecked otherwise. */
  prevHash?: string;
}

const bad = (reason: string): Verdict => ({ valid: false, reason });

/** Hash matches payload, payload matches the document's fields, QR, numberText and JWS match, signature verifies. */
export async function verifyDocument(doc: FiscalDocument, publicKey: CryptoKey): Promise<Verdict> {
  const p = readPayload(doc.payload);
  if (!p) return bad("payload is not a canonical fiscal payload");
  if (!isHash(doc.hash) || (await sha256Hex(doc.payload)) !== doc.hash) return bad("hash does not match payload");
  const receipt = isReceipt(p) ? p : null;
  const fields: [string, unknown, unknown][] = [
    ["deviceId", doc.deviceId, p.device],
    ["serial", doc.serial, p.serial],
    ["number", doc.number, p.number],
    ["keyId", doc.keyId, p.kid],
    ["kind", doc.kind, p.kind],
    ["receiptId", doc.receiptId, receipt?.receiptId ?? ""],
    ["issuedAt", doc.issuedAt, p.issuedAt],
    ["printed", doc.printed, receipt?.printed ?? false],
    ["prevHash", doc.prevHash, p.prevHash],
    ["numberText", doc.numberText, numberText(p)],
  ];
  for (const [name, onDoc, signed] of fields) {
    if (onDoc !== signed) return bad(`${name} differs from the signed payload`);
  }
  const signature = base64urlToBytes(doc.signature);
  if (!signature || signature.length !== 64) return bad("signature is not a base64url Ed25519 signature");
  let expectedQr: string;
  try {
    expectedQr = await qrPayload(p, doc.payload, doc.signature);
  } catch {
    return bad("payload cannot produce a fiscal QR");
  }
  if (expectedQr !== doc.qrPayload) return bad("qrPayload differs from the signed payload");
  if (!(await crypto.subtle.verify({ name: "Ed25519" }, publicKey, signature, utf8(doc.payload)))) return bad("signature does not verify");
  if (carriesJws(p)) {
    const jws = doc.jws === undefined ? null : await verifyJws(doc.jws, async () => publicKey);
    if (!jws?.valid || !jws.payload) return bad(`JWS e-receipt ${jws?.reason ?? "missing"}`);
    if (payloadJson(jws.payload) !== doc.payload) return bad("JWS e-receipt carries another payload");
  } else if (doc.jws !== undefined) {
    return bad("only PL receipts carry a JWS");
  }
  return { valid: true };
}

/**
 * Checks one device's documents: consecutive numbers (no gap, no duplicate), each prevHash the
 * previous hash, one device and one key throughout, and every document verifies with keyFor(keyId).
 */
export async function verifyChain(
  docs: FiscalDocument[],
  keyFor: (kid: string) => Promise<CryptoKey>,
  from: ChainStart = {},
): Promise<ChainVerdict> {
  const start = from.start ?? 1;
  let prevHash: string | undefined = from.prevHash ?? (start === 1 ? ZERO_HASH : undefined);
  const first = docs[0];
  for (let at = 0; at < docs.length; at++) {
    const doc = docs[at];
    if (!doc || !first) break;
    const fail = (reason: string): ChainVerdict => ({ valid: false, reason, at });
    const expected = start + at;
    if (doc.number > expected) return fail(`gap: expected document ${expected}, found ${doc.number}`);
    if (doc.number < expected) return fail(`duplicate or out of order: expected document ${expected}, found ${doc.number}`);
    if (doc.deviceId !== first.deviceId || doc.serial !== first.serial) return fail("document from another device");
    // The simulator never rotates keys: a second key in one journal means a re-signed document.
    if (doc.keyId !== first.keyId) return fail("document signed with another key");
    if (prevHash !== undefined && doc.prevHash !== prevHash) return fail("prevHash does not match the previous document");
    let key: CryptoKey;
    try {
      key = await keyFor(doc.keyId);
    } catch {
      return fail(`unknown key ${doc.keyId}`);
    }
    const verdict = await verifyDocument(doc, key);
    if (!verdict.valid) return { ...verdict, at };
    prevHash = doc.hash;
  }
  return { valid: true };
}
