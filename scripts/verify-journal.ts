// Offline journal verifier: `npx tsx scripts/verify-journal.ts journal.ndjson jwks.json`.
// Checks signatures (and PL JWS e-receipts), the hash chain, gap-free numbering, shift and receipt
// numbering, Z totals and returns against the published keys alone. Exit 0 valid, 1 invalid, 2 unusable input.
import { readFileSync } from "node:fs";
import { importPublicJwk, parseJournal, verifyJournal } from "../src/simulator/index";

function stop(message: string): never {
  console.error(message);
  process.exit(2);
}

async function loadJwks(path: string): Promise<Map<string, CryptoKey>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    stop(`cannot read JWKS ${path}: ${String(error)}`);
  }
  const keys = typeof parsed === "object" && parsed !== null && "keys" in parsed && Array.isArray(parsed.keys) ? (parsed.keys as unknown[]) : null;
  if (!keys) stop(`${path} is not a JWKS ({ "keys": [...] })`);
  const out = new Map<string, CryptoKey>();
  for (const jwk of keys) {
    if (typeof jwk !== "object" || jwk === null || !("kid" in jwk) || typeof jwk.kid !== "string") continue;
    try {
      out.set(jwk.kid, await importPublicJwk(jwk as JsonWebKey));
    } catch {
      // Keys of other types (not Ed25519) cannot sign these journals: skip them.
    }
  }
  return out;
}

const [journalPath, jwksPath] = process.argv.slice(2);
if (journalPath === undefined || jwksPath === undefined) stop("usage: npx tsx scripts/verify-journal.ts journal.ndjson jwks.json");
let text: string;
try {
  text = readFileSync(journalPath, "utf8");
} catch (error) {
  stop(`cannot read journal ${journalPath}: ${String(error)}`);
}
const keys = await loadJwks(jwksPath);
const parsed = parseJournal(text);
const verdict = parsed.ok
  ? await verifyJournal(parsed.documents, async (kid) => keys.get(kid) ?? Promise.reject(new Error(`no key ${kid}`)))
  : { valid: false, reason: parsed.reason, line: parsed.line };
if (verdict.valid && parsed.ok) {
  const first = parsed.documents[0];
  const device = first ? `device ${first.deviceId} (serial ${first.serial}, key ${first.keyId})` : "empty journal";
  console.log(`VALID: ${verdict.documents ?? 0} documents, ${verdict.zReports ?? 0} Z reports, ${device}`);
  process.exit(0);
}
console.log(`INVALID: line ${verdict.line ?? "?"}: ${verdict.reason ?? "unknown reason"}`);
process.exit(1);
