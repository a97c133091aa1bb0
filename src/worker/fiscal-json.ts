/** A fiscal document as the API shows it: snake_case fields, the signed payload as JSON. */
import type { FiscalDocument } from "../simulator";

export const fiscalDocumentJson = (doc: FiscalDocument) => ({
  device_id: doc.deviceId,
  serial: doc.serial,
  number: doc.number,
  number_text: doc.numberText,
  kind: doc.kind,
  receipt_id: doc.receiptId || null,
  issued_at: doc.issuedAt,
  printed: doc.printed,
  hash: doc.hash,
  prev_hash: doc.prevHash,
  signature: doc.signature,
  key_id: doc.keyId,
  qr_payload: doc.qrPayload,
  jws: doc.jws ?? null,
  payload: JSON.parse(doc.payload) as Record<string, unknown>,
});

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The simulator speaks camelCase; the API speaks snake_case like every other answer. */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [snake(k), snakeKeys(v)]));
}
