/** The device journal as NDJSON: one canonical JSON line per numbered document, everything needed to verify it. */
import { canonicalJson, parseJson } from "./canonical";
import { bool, int, obj, str, type JsonObject } from "./json-read";
import type { DocumentKind, FiscalDocument } from "./types";

/** One line, without the newline. Only the document's own fields: whatever else a host stored is left out. */
export function journalLine(d: FiscalDocument): string {
  return canonicalJson({
    deviceId: d.deviceId,
    serial: d.serial,
    number: d.number,
    numberText: d.numberText,
    kind: d.kind,
    receiptId: d.receiptId,
    issuedAt: d.issuedAt,
    printed: d.printed,
    payload: d.payload,
    prevHash: d.prevHash,
    hash: d.hash,
    signature: d.signature,
    keyId: d.keyId,
    qrPayload: d.qrPayload,
    jws: d.jws,
  });
}

const kind = (v: JsonObject[string]): DocumentKind | null => (v === "sale" || v === "return" || v === "correction" || v === "z_report" || v === "shift_open" || v === "registration" ? v : null);

function readDocument(o: JsonObject): FiscalDocument | null {
  const k = kind(o.kind);
  const { deviceId, serial, number, numberText, receiptId, issuedAt, printed, payload, prevHash, hash, signature, keyId, qrPayload, jws } = o;
  if (!k || !str(deviceId) || !str(serial) || !int(number) || !str(numberText) || !str(receiptId) || !str(issuedAt) || !bool(printed)) return null;
  if (!str(payload) || !str(prevHash) || !str(hash) || !str(signature) || !str(keyId) || !str(qrPayload)) return null;
  if (jws !== undefined && !str(jws)) return null;
  const doc: FiscalDocument = {
    deviceId, serial, number, numberText, kind: k, receiptId, issuedAt,
    printed, payload, prevHash, hash, signature, keyId, qrPayload,
  };
  return jws === undefined ? doc : { ...doc, jws };
}

export type ParsedJournal = { ok: true; documents: FiscalDocument[] } | { ok: false; line: number; reason: string };

/** Strict: every line must be a document in canonical form (one trailing newline allowed), so no byte can change unnoticed. */
export function parseJournal(text: string): ParsedJournal {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const documents: FiscalDocument[] = [];
  for (const [i, line] of lines.entries()) {
    const o = obj(parseJson(line) ?? undefined);
    const doc = o ? readDocument(o) : null;
    if (!doc) return { ok: false, line: i + 1, reason: "not a fiscal document in JSON" };
    if (journalLine(doc) !== line) return { ok: false, line: i + 1, reason: "not in canonical form (changed bytes, order or spacing)" };
    documents.push(doc);
  }
  return { ok: true, documents };
}
