// The NDJSON journal and its offline verifier, in-process and as the CLI a developer runs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeShift,
  copyOf,
  deriveDeviceKey,
  ed25519Signer,
  fiscalize,
  initialDeviceState,
  journalLine,
  parseJournal,
  verifyJournal,
  type DeviceKey,
  type FiscalDocument,
  type FiscalLine,
  type FullDeviceState,
  type ReturnLine,
  type SaleRequest,
} from "../../src/simulator/index";

const T0 = Date.parse("2026-03-14T08:00:00Z");
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();
const LINES: FiscalLine[] = [
  { name: "Masło ekstra", quantity: "2", unitPrice: 799, amount: 1598, vatRate: "5" },
  { name: "Ser żółty", quantity: "0.375", unitPrice: 3600, amount: 1350, vatRate: "5" },
];

function sale(receiptId: string, issuedAt: string, printed = false): SaleRequest {
  return {
    kind: "sale",
    receiptId,
    issuedAt,
    currency: "PLN",
    total: 2948,
    vat: [{ rate: "5", net: 2808, vat: 140, gross: 2948 }],
    lines: LINES,
    payments: [{ method: "card", amount: 2948 }],
    printed,
  };
}

function refundOf(original: FiscalDocument, receiptId: string, issuedAt: string, earlierReturns: FiscalDocument[]) {
  const lines: ReturnLine[] = [{ ...(LINES[0] as FiscalLine), quantity: "1", amount: 799, originalLine: 0 }];
  return { ...sale(receiptId, issuedAt), kind: "return" as const, total: 799, vat: [{ rate: "5", net: 761, vat: 38, gross: 799 }], lines, original, earlierReturns };
}

let key: DeviceKey;
let docs: FiscalDocument[];
let beforeClose: FullDeviceState;
const keyFor = async (kid: string): Promise<CryptoKey> => (kid === key.kid ? key.publicKey : Promise.reject(new Error(`no key ${kid}`)));
const ndjson = (list: FiscalDocument[]): string => list.map((d) => `${journalLine(d)}\n`).join("");

beforeAll(async () => {
  key = await deriveDeviceKey("journal-secret", "dev-journal");
  const sign = ed25519Signer(key.privateKey);
  let s = initialDeviceState("dev-journal", "PL", "XYZ00000001", key.kid);
  docs = [];
  const push = (out: { document: FiscalDocument; state: FullDeviceState }) => {
    docs.push(out.document);
    s = out.state;
  };
  push(await fiscalize(s, sale("r1", at(0), true), sign));
  push(await fiscalize(s, sale("r2", at(1)), sign));
  s = (await copyOf(s, docs[0] as FiscalDocument, at(2), false)).state;
  push(await fiscalize(s, refundOf(docs[0] as FiscalDocument, "r3", at(3), []), sign));
  beforeClose = s;
  push(await closeShift(s, at(4), sign));
  push(await fiscalize(s, sale("r4", at(5)), sign));
});

describe("journal lines", () => {
  it("round-trip through NDJSON and verify", async () => {
    const parsed = parseJournal(ndjson(docs));
    expect(parsed).toEqual({ ok: true, documents: docs });
    expect(await verifyJournal(docs, keyFor)).toEqual({ valid: true, documents: 5, zReports: 1 });
    expect(parseJournal("")).toEqual({ ok: true, documents: [] });
  });

  it("leave out whatever else a host stored with a document", () => {
    const stored = { ...(docs[0] as FiscalDocument), createdAt: "x" } as FiscalDocument;
    expect(journalLine(stored)).toBe(journalLine(docs[0] as FiscalDocument));
  });

  it("are read strictly: canonical form only, no blank lines", () => {
    const text = ndjson(docs);
    const first = text.indexOf("\n");
    expect(parseJournal(text.replace("\n", "\n\n"))).toMatchObject({ ok: false, line: 2 });
    expect(parseJournal(text.replace('{"deviceId"', '{ "deviceId"'))).toMatchObject({ ok: false, line: 1, reason: expect.stringMatching(/canonical/) });
    expect(parseJournal(`${text.slice(0, first)}\r${text.slice(first)}`)).toMatchObject({ ok: false, line: 1 });
    expect(parseJournal('{"kind":"copy"}\n')).toMatchObject({ ok: false, line: 1 });
  });
});

describe("verifyJournal", () => {
  it("catches a validly signed Z report whose totals are not its shift's", async () => {
    const shift = beforeClose.shift;
    if (!shift) throw new Error("no shift");
    const cooked = { ...beforeClose, shift: { ...shift, totals: { ...shift.totals, sales: { count: 2, total: 1 } } } };
    const z = (await closeShift(cooked, at(4), ed25519Signer(key.privateKey))).document;
    expect(await verifyJournal([...docs.slice(0, 3), z], keyFor)).toEqual({
      valid: false,
      reason: "Z report 1 totals differ from the sum of its shift's receipts",
      line: 4,
    });
  });

  it("catches a validly signed return that a host let exceed its sale", async () => {
    const sign = ed25519Signer(key.privateKey);
    let s = beforeClose;
    const extra: FiscalDocument[] = [];
    // The host "forgets" the earlier returns each time: the device cannot know, the journal can.
    for (let i = 0; i < 2; i++) {
      const out = await fiscalize(s, refundOf(docs[0] as FiscalDocument, `rx${i}`, at(4), []), sign);
      extra.push(out.document);
      s = out.state;
    }
    expect(await verifyJournal([...docs.slice(0, 3), ...extra], keyFor)).toMatchObject({ valid: false, line: 5, reason: expect.stringMatching(/^returns exceed their sale/) });
  });

  it("catches broken receipt numbering even when every signature is good", async () => {
    const cooked = { ...beforeClose, counters: { ...beforeClose.counters, day: { date: "2026-03-14", seq: 7 } } };
    const doc = (await fiscalize(cooked, sale("r9", at(4)), ed25519Signer(key.privateKey))).document;
    expect(await verifyJournal([...docs.slice(0, 3), doc], keyFor)).toEqual({ valid: false, reason: "receipt number 8 where 4 was expected", line: 4 });
  });

  it("rejects the journal when any one byte is changed", async () => {
    const bytes = Buffer.from(ndjson(docs), "utf8");
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), async (pos, delta) => {
        const changed = Buffer.from(bytes);
        changed[pos] = ((bytes[pos] ?? 0) + delta) % 256;
        const parsed = parseJournal(changed.toString("utf8"));
        const verdict = parsed.ok ? await verifyJournal(parsed.documents, keyFor) : { valid: false };
        expect(verdict.valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("scripts/verify-journal.ts", () => {
  const dir = mkdtempSync(join(tmpdir(), "journal-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (journal: string) => {
    const path = join(dir, "journal.ndjson");
    writeFileSync(path, journal);
    writeFileSync(join(dir, "jwks.json"), JSON.stringify({ keys: [key.publicJwk] }));
    return spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/verify-journal.ts", path, join(dir, "jwks.json")], { encoding: "utf8" });
  };

  it("prints a verdict and exits 0 for a valid journal, 1 for one changed byte", () => {
    const text = ndjson(docs);
    const ok = run(text);
    expect(ok.stdout).toBe(`VALID: 5 documents, 1 Z reports, device dev-journal (serial XYZ00000001, key ${key.kid})\n`);
    expect(ok.status).toBe(0);
    const at = text.indexOf('"total\\":799');
    const bad = run(`${text.slice(0, at + 10)}8${text.slice(at + 11)}`);
    expect(bad.stdout).toBe("INVALID: line 3: hash does not match payload\n");
    expect(bad.status).toBe(1);
    const usage = spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/verify-journal.ts"], { encoding: "utf8" });
    expect(usage.status).toBe(2);
  });
});
