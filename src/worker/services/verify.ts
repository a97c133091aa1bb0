/** Public verification (GET /verify, /.well-known/jwks.json): anyone holding a receipt can check it, like a tax authority's checker. */
import { and, eq } from "drizzle-orm";
import { PROFILES } from "../../core/profiles";
import { devices, fiscalDocuments } from "../../db/schema";
import {
  canonicalJson,
  numberText,
  parseFiscalQr,
  readPayload,
  verifyDocument,
  verifyJws,
  type DeviceKey,
  type DocumentKind,
  type FiscalCountry,
  type FiscalPayload,
} from "../../simulator";
import type { Ports } from "../ports";
import { fiscalDocumentOf } from "./device";
import { deviceKey } from "./device-keys";

export interface VerifiedLine {
  name: string;
  quantity: string;
  unit_price: number;
  amount: number;
  vat_rate: string;
}

export interface VerifiedVat {
  rate: string;
  net: number;
  vat: number;
  gross: number;
}

/** Merchant-independent facts of a verified document, all from its signed payload. */
export interface VerifiedDocument {
  country: FiscalCountry;
  serial: string;
  device_id: string;
  number: number;
  number_text: string;
  kind: DocumentKind;
  issued_at: string;
  /** Minor units; a Z report's is its shift's sales minus returns. */
  total: number;
  currency: string;
  lines?: VerifiedLine[];
  vat?: VerifiedVat[];
  printed: boolean;
}

export interface Verification {
  valid: boolean;
  reason?: string;
  /** Only when valid: a wrong check value must not reveal the contents of whatever document it names. */
  document?: VerifiedDocument;
}

/** A JsonWebKey with exactly the members a JWKS consumer needs. */
export type PublishedJwk = { kty: "OKP"; crv: "Ed25519"; x: string; kid: string; alg: "EdDSA"; use: "sig" };
type KeyEntry = { deviceId: string; key: DeviceKey };

const invalid = (reason: string): Verification => ({ valid: false, reason });

/** Current secret first: every key any secret ever derived must keep verifying after a rotation. */
const secretsOf = (ports: Ports): string[] => [...new Set([ports.config.fiscalKeySecret, ...ports.config.previousFiscalKeySecrets])];

const keysOfDevice = (ports: Ports, deviceId: string): Promise<DeviceKey[]> =>
  Promise.all(secretsOf(ports).map((secret) => deviceKey(secret, deviceId)));

/** kid -> device and key, over every device and secret; derivations are cached per isolate by deviceKey. */
async function keyIndex(ports: Ports): Promise<Map<string, KeyEntry>> {
  const rows = await ports.database.db.select({ id: devices.id }).from(devices).orderBy(devices.id).all();
  const index = new Map<string, KeyEntry>();
  for (const { id } of rows) {
    for (const key of await keysOfDevice(ports, id)) if (!index.has(key.kid)) index.set(key.kid, { deviceId: id, key });
  }
  return index;
}

export async function publishedKeys(ports: Ports): Promise<PublishedJwk[]> {
  const index = await keyIndex(ports);
  // deriveDeviceKey always sets x (it throws otherwise).
  return [...index.values()].map(({ key }) => ({ kty: "OKP", crv: "Ed25519", x: key.publicJwk.x ?? "", kid: key.kid, alg: "EdDSA", use: "sig" }));
}

const resolver =
  (index: () => Promise<Map<string, KeyEntry>>) =>
  async (kid: string): Promise<CryptoKey> => {
    const entry = (await index()).get(kid);
    if (!entry) throw new Error(`unknown key ${kid}`);
    return entry.key.publicKey;
  };

/** The index is read at most once per caller (one request), and only if a key is asked for. */
function lazyIndex(ports: Ports): () => Promise<Map<string, KeyEntry>> {
  let index: Promise<Map<string, KeyEntry>> | undefined;
  return () => (index ??= keyIndex(ports));
}

/** Resolves any published kid. */
export const keyFor = (ports: Ports): ((kid: string) => Promise<CryptoKey>) => resolver(lazyIndex(ports));


function describe(p: FiscalPayload, text: string): VerifiedDocument {
  const head = {
    country: p.country,
    serial: p.serial,
    device_id: p.device,
    number: p.number,
    number_text: text,
    kind: p.kind,
    issued_at: p.issuedAt,
  };
  if (p.kind === "z_report") {
    const total = p.totals.sales.total - p.totals.returns.total;
    // A Z report names no currency; the country's is the one its receipts used ("" if no profile knows it).
    return { ...head, total, currency: PROFILES[p.country].currency, printed: false };
  }
  if (p.kind === "shift_open" || p.kind === "registration") return { ...head, total: 0, currency: PROFILES[p.country].currency, printed: false };
  return {
    ...head,
    total: p.total,
    currency: p.currency,
    lines: p.lines.map((l) => ({ name: l.name, quantity: l.quantity, unit_price: l.unitPrice, amount: l.amount, vat_rate: l.vatRate })),
    vat: p.vat.map(({ rate, net, vat, gross }) => ({ rate, net, vat, gross })),
    printed: p.printed,
  };
}


/** The QR names (country, serial, number); it is genuine only if it is, byte for byte, the QR of a document that verifies. */
export async function verifyQr(ports: Ports, text: string): Promise<Verification> {
  const scanned = parseFiscalQr(text);
  if (!scanned) return invalid("not a fiscal QR code (expected EREC1*... or t=...&s=...&fn=...&i=...&fp=...&n=...)");
  const rows = await ports.database.db
    .select({ doc: fiscalDocuments, serial: devices.serial })
    .from(fiscalDocuments)
    .innerJoin(devices, eq(devices.id, fiscalDocuments.deviceId))
    .where(and(eq(devices.serial, scanned.serial), eq(devices.country, scanned.country), eq(fiscalDocuments.number, scanned.number)))
    .all();
  if (rows.length === 0) return invalid("no such document on this service");
  const found = rows.find((r) => r.doc.qrPayload === text);
  if (!found) return invalid("the QR code differs from the document on record (changed sum, time or check value)");
  const doc = fiscalDocumentOf(found.doc);
  const key = (await keysOfDevice(ports, doc.deviceId)).find((k) => k.kid === doc.keyId);
  if (!key) return invalid(`the document is signed with key ${doc.keyId}, which this service does not publish`);
  const verdict = await verifyDocument(doc, key.publicKey);
  const payload = verdict.valid ? readPayload(doc.payload) : null;
  if (!payload) return invalid(`the document on record does not verify: ${verdict.reason ?? "unreadable payload"}`);
  return { valid: true, document: describe(payload, doc.numberText) };
}

/** A PL e-receipt: the signature is the proof; a stored document with the same number must carry the same payload. */
export async function verifyJwsText(ports: Ports, jws: string): Promise<Verification> {
  const load = lazyIndex(ports);
  const verdict = await verifyJws(jws, resolver(load));
  const { payload, kid } = verdict;
  if (!verdict.valid || !payload || kid === undefined) return invalid(verdict.reason ?? "not a valid JWS");
  if ((await load()).get(kid)?.deviceId !== payload.device) return invalid(`key ${kid} is not device ${payload.device}'s`);
  const stored = await ports.database.db
    .select({ payload: fiscalDocuments.payload })
    .from(fiscalDocuments)
    .where(and(eq(fiscalDocuments.deviceId, payload.device), eq(fiscalDocuments.number, payload.number)))
    .get();
  if (stored && stored.payload !== canonicalJson(payload)) return invalid("the JWS differs from the document on record");
  return { valid: true, document: describe(payload, numberText(payload)) };
}
