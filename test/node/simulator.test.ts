import { createHash, createPrivateKey, createPublicKey, hkdfSync, verify as nodeVerify } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  base64urlToBytes,
  bytesToBase64url,
  canonicalJson,
  deriveDeviceKey,
  deviceSerial,
  ed25519Signer,
  fiscalize,
  FiscalInputError,
  formatMinor,
  importPublicJwk,
  initialDeviceState,
  parseFiscalQr,
  readPayload,
  verifyChain,
  verifyDocument,
  ZERO_HASH,
  type DeviceKey,
  type DeviceState,
  type FiscalCountry,
  type FiscalDocument,
  type FiscalRequest,
  type SaleRequest,
} from "../../src/simulator/index";
import { instantMs, isoFromMs, parseIssuedAt } from "../../src/simulator/time";

const SECRET = "test-secret";
const PL_SERIAL = "ABC12345678";
const SE_SERIAL = "CU-0123456789";
const RU_SERIAL = "7281440500123456";

function request(overrides: Partial<SaleRequest> = {}): SaleRequest {
  return {
    receiptId: "r_1",
    kind: "sale",
    issuedAt: "2026-03-14T09:26:53+01:00",
    currency: "PLN",
    total: 12345,
    vat: [{ rate: "23", net: 10037, vat: 2308, gross: 12345 }],
    lines: [{ name: "Chleb żytni", quantity: "1", unitPrice: 12345, amount: 12345, vatRate: "23" }],
    payments: [{ method: "card", amount: 12345 }],
    printed: false,
    ...overrides,
  };
}

const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** Issues n documents in a row; request i gets receiptId r_i and total 100*i. */
async function issue(state: DeviceState, key: DeviceKey, n: number): Promise<{ docs: FiscalDocument[]; state: DeviceState }> {
  const docs: FiscalDocument[] = [];
  let s = state;
  for (let i = 1; i <= n; i++) {
    const r = await fiscalize(s, request({ receiptId: `r_${i}`, total: 100 * i }), ed25519Signer(key.privateKey));
    docs.push(r.document);
    s = r.state;
  }
  return { docs, state: s };
}

let plKey: DeviceKey;
let otherKey: DeviceKey;
let plState: DeviceState;
const keysByKid = new Map<string, CryptoKey>();
const keyFor = async (kid: string): Promise<CryptoKey> => {
  const key = keysByKid.get(kid);
  if (!key) throw new Error(`no key ${kid}`);
  return key;
};

beforeAll(async () => {
  plKey = await deriveDeviceKey(SECRET, "dev-pl-1");
  otherKey = await deriveDeviceKey(SECRET, "dev-pl-2");
  keysByKid.set(plKey.kid, plKey.publicKey).set(otherKey.kid, otherKey.publicKey);
  plState = initialDeviceState("dev-pl-1", "PL", PL_SERIAL, plKey.kid);
});

describe("canonical JSON and encodings", () => {
  it("sorts keys, drops whitespace, keeps strings exact", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "x\"y"], c: { z: -2, y: "é" }, u: undefined })).toBe(
      '{"a":[true,null,"x\\"y"],"b":1,"c":{"y":"é","z":-2}}',
    );
  });
  it("refuses non-integers", () => {
    expect(() => canonicalJson({ a: 1.5 })).toThrow(RangeError);
    expect(() => canonicalJson([Number.NaN])).toThrow(RangeError);
  });
  it("base64url matches RFC 4648 vectors and decodes strictly", () => {
    const enc = (s: string): string => bytesToBase64url(new TextEncoder().encode(s));
    expect([enc(""), enc("f"), enc("fo"), enc("foo"), enc("foobar")]).toEqual(["", "Zg", "Zm8", "Zm9v", "Zm9vYmFy"]);
    expect(bytesToBase64url(Uint8Array.from([0xfb, 0xff]))).toBe("-_8");
    expect(Array.from(base64urlToBytes("-_8") ?? [])).toEqual([0xfb, 0xff]);
    expect(base64urlToBytes("Zh")).toBeNull(); // non-zero trailing bits
    expect(base64urlToBytes("Zm8=")).toBeNull(); // padding
    expect(base64urlToBytes("Z")).toBeNull();
  });
  it("base64url round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = bytesToBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString("base64url"));
        expect(Array.from(base64urlToBytes(text) ?? [-1])).toEqual(Array.from(bytes));
      }),
    );
  });
  it("formats minor units with integer maths", () => {
    expect([formatMinor(0), formatMinor(5), formatMinor(100), formatMinor(12345), formatMinor(-250)]).toEqual([
      "0.00",
      "0.05",
      "1.00",
      "123.45",
      "-2.50",
    ]);
  });
});

describe("time without Date", () => {
  const span = { min: Date.parse("1970-01-01T00:00:00Z"), max: Date.parse("2200-12-31T23:59:59Z") };
  it("formats instants as Date#toISOString does", () => {
    fc.assert(
      fc.property(fc.integer(span), (ms) => {
        expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
      }),
    );
  });
  it("reads instants with any offset as Date.parse does", () => {
    const offset = fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45));
    fc.assert(
      fc.property(fc.integer(span), offset, (ms, [sign, h, m]) => {
        const shift = (sign === "+" ? 1 : -1) * (h * 60 + m) * 60_000;
        const wall = new Date(ms + shift).toISOString().slice(0, 23);
        const text = `${wall}${sign}${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        expect(instantMs(text)).toBe(Date.parse(text));
        expect(instantMs(text)).toBe(ms);
      }),
    );
  });
  it("refuses impossible dates", () => {
    expect(parseIssuedAt("2026-02-29T10:00Z")).toBeNull();
    expect(parseIssuedAt("2028-02-29T10:00Z")).not.toBeNull();
    expect(parseIssuedAt("2026-04-31T10:00Z")).toBeNull();
    expect(instantMs("2026-03-14T10:00:00+24:00")).toBeNull();
    expect(instantMs("2026-03-14T10:00:00.123456789Z")).toBe(Date.parse("2026-03-14T10:00:00.123Z"));
  });
});

describe("device keys", () => {
  it("derive deterministically: same secret and device give the same key", async () => {
    const again = await deriveDeviceKey(SECRET, "dev-pl-1");
    expect(again.kid).toBe(plKey.kid);
    expect(again.publicJwk).toEqual(plKey.publicJwk);
    expect(otherKey.kid).not.toBe(plKey.kid);
    expect(otherKey.publicJwk.x).not.toBe(plKey.publicJwk.x);
    expect((await deriveDeviceKey("another-secret", "dev-pl-1")).kid).not.toBe(plKey.kid);
  });
  it("match an independent HKDF + PKCS#8 derivation with node:crypto", async () => {
    const seed = Buffer.from(hkdfSync("sha256", SECRET, "ereceipt-edge/device-key/v1", "dev-pl-1", 32));
    const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
    const pub = createPublicKey(createPrivateKey({ key: der, format: "der", type: "pkcs8" }));
    const x = pub.export({ format: "jwk" }).x ?? "";
    expect(plKey.publicJwk).toEqual({ kty: "OKP", crv: "Ed25519", x, kid: plKey.kid, alg: "EdDSA", use: "sig" });
    expect(plKey.kid).toBe(createHash("sha256").update(Buffer.from(x, "base64url")).digest("hex").slice(0, 16));
    expect(plKey.kid).toMatch(/^[0-9a-f]{16}$/);
  });
  it("keep the private key non-extractable and the public JWK importable", async () => {
    expect(plKey.privateKey.extractable).toBe(false);
    const sig = await ed25519Signer(plKey.privateKey)(new TextEncoder().encode("hello"));
    expect(sig.length).toBe(64);
    const pub = await importPublicJwk(plKey.publicJwk);
    expect(await crypto.subtle.verify({ name: "Ed25519" }, pub, new Uint8Array(sig), new TextEncoder().encode("hello"))).toBe(true);
  });
});

describe("serials", () => {
  const counting = Uint8Array.from({ length: 16 }, (_, i) => i);
  it("are exact for fixed seed bytes", () => {
    expect(deviceSerial("PL", counting)).toBe("ABC34567890");
    expect(deviceSerial("SE", counting)).toBe("CU-0123456789");
    expect(deviceSerial("RU", counting)).toBe("7012345678901234");
  });
  it("have each country's shape for any seed", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 32 }), (seed) => {
        expect(deviceSerial("PL", seed)).toMatch(/^[A-Z]{3}\d{8}$/);
        expect(deviceSerial("SE", seed)).toMatch(/^CU-[0-9A-F]{10}$/);
        expect(deviceSerial("RU", seed)).toMatch(/^7\d{15}$/);
      }),
    );
  });
  it("need 16 seed bytes", () => {
    expect(() => deviceSerial("PL", new Uint8Array(15))).toThrow(RangeError);
  });
});

describe("fiscalize", () => {
  it("starts from number 0 and the zero hash", () => {
    expect(initialDeviceState("d", "SE", SE_SERIAL, "k")).toEqual({
      deviceId: "d",
      country: "SE",
      serial: SE_SERIAL,
      lastNumber: 0,
      lastHash: "0".repeat(64),
      keyId: "k",
      registration: { registerNumber: "KR-23456789", registrationNumber: "", taxSystem: "", place: "", cashier: "Kassör 1", validUntil: "" },
      counters: { receipts: 0, shifts: 0, copies: 0, grandTotal: { sales: 0, returns: 0 }, day: null },
      shift: null,
      operator: { acked: 0, unsentSince: null },
      faults: [],
    });
  });

  it("signs the exact canonical payload (PL)", async () => {
    const before = structuredClone(plState);
    const { document: doc, state } = await fiscalize(plState, request(), ed25519Signer(plKey.privateKey));
    expect(plState).toEqual(before); // input untouched
    expect(doc.payload).toBe(
      `{"cashier":"Kasjer 1","country":"PL","currency":"PLN","device":"dev-pl-1","issuedAt":"2026-03-14T09:26:53+01:00","kid":"${plKey.kid}",` +
        `"kind":"sale","lines":[{"amount":12345,"name":"Chleb żytni","quantity":"1","unitPrice":12345,"vatRate":"23"}],` +
        `"number":1,"payments":[{"amount":12345,"method":"card"}],"prevHash":"${ZERO_HASH}","printed":false,` +
        `"receiptId":"r_1","register":"678","seq":1,"serial":"ABC12345678","shift":1,"title":"e-paragon","total":12345,"v":2,` +
        `"vat":[{"gross":12345,"net":10037,"rate":"23","vat":2308}]}`,
    );
    expect(doc.hash).toBe(sha256Hex(doc.payload));
    expect(doc.number).toBe(1);
    expect(doc.numberText).toBe("000001-2026-03-14");
    expect(doc.prevHash).toBe(ZERO_HASH);
    expect(doc.printed).toBe(false);
    expect(doc.keyId).toBe(plKey.kid);
    expect(doc.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(doc.qrPayload).toBe(`EREC1*PL*ABC12345678*1*20260314T092653+0100*12345*${doc.signature.slice(0, 16)}`);
    expect(state).toMatchObject({ lastNumber: 1, lastHash: doc.hash, operator: { acked: 1, unsentSince: null } });
    expect(state.shift).toMatchObject({ number: 1, openedAt: doc.issuedAt });
    expect(state.counters).toMatchObject({ receipts: 1, shifts: 1, day: { date: "2026-03-14", seq: 1 } });
    // Independent check of the signature with node:crypto.
    const pub = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: plKey.publicJwk.x ?? "" }, format: "jwk" });
    expect(nodeVerify(null, Buffer.from(doc.payload, "utf8"), pub, Buffer.from(doc.signature, "base64url"))).toBe(true);
  });

  it("is deterministic: same state, request and key give the same document", async () => {
    const a = await fiscalize(plState, request(), ed25519Signer(plKey.privateKey));
    const b = await fiscalize(plState, request(), ed25519Signer(plKey.privateKey));
    expect(b).toEqual(a);
  });

  it("drops unknown request fields from the signed payload", async () => {
    const extra = { ...request(), secret: "x" } as FiscalRequest;
    const a = await fiscalize(plState, request(), ed25519Signer(plKey.privateKey));
    const b = await fiscalize(plState, extra, ed25519Signer(plKey.privateKey));
    expect(b.document.payload).toBe(a.document.payload);
  });

  it("prints SE numbers unpadded and a compact QR", async () => {
    const key = await deriveDeviceKey(SECRET, "dev-se-1");
    const fresh = initialDeviceState("dev-se-1", "SE", SE_SERIAL, key.kid);
    // 122 receipts and 7 Z reports issued before: the receipt serial ignores Z reports.
    const state = { ...fresh, lastNumber: 129, operator: { acked: 129, unsentSince: null }, counters: { ...fresh.counters, receipts: 122, shifts: 7 } };
    const { document: doc } = await fiscalize(
      state,
      request({ currency: "SEK", issuedAt: "2026-03-14T09:26:53Z", total: 4990 }),
      ed25519Signer(key.privateKey),
    );
    expect(doc.number).toBe(130);
    expect(doc.numberText).toBe("123");
    expect(readPayload(doc.payload)).toMatchObject({ seq: 123, shift: 8, title: "elektroniskt kassakvitto" });
    // 09:26:53 UTC is 10:26:53 in Stockholm: the QR carries the time the receipt prints.
    expect(doc.issuedAt).toBe("2026-03-14T10:26:53+01:00");
    // SE: the control unit's control code, not a signature prefix.
    const code = createHash("sha256").update(`${doc.payload}\n${doc.signature}`, "utf8").digest("hex").slice(0, 16).toUpperCase();
    expect(doc.qrPayload).toBe(`EREC1*SE*CU-0123456789*130*20260314T102653+0100*4990*${code}`);
    expect(doc.qrPayload.length).toBeLessThan(120);
    expect(parseFiscalQr(doc.qrPayload)).toEqual({
      country: "SE",
      serial: SE_SERIAL,
      number: 130,
      check: code,
      total: 4990,
      time: "20260314T102653+0100",
      kind: null,
    });
  });

  it("builds the exact Russian receipt QR with a simulated fiscal sign", async () => {
    const key = await deriveDeviceKey(SECRET, "dev-ru-1");
    const state = { ...initialDeviceState("dev-ru-1", "RU", RU_SERIAL, key.kid), lastNumber: 41, operator: { acked: 41, unsentSince: null } };
    const { document: doc } = await fiscalize(
      state,
      request({ currency: "RUB", issuedAt: "2026-03-14T09:26:53.120+03:00", total: 12345, printed: true }),
      ed25519Signer(key.privateKey),
    );
    // ФД 42 is the shift-opening report the sale issued first.
    const m = /^t=20260314T0926&s=123\.45&fn=7281440500123456&i=43&fp=(\d{1,10})&n=1$/.exec(doc.qrPayload);
    expect(m).not.toBeNull();
    const fp = createHash("sha256").update(doc.payload + doc.signature, "utf8").digest().readUInt32BE(0);
    expect(m?.[1]).toBe(String(fp));
    expect(doc.numberText).toBe("43");
    expect(parseFiscalQr(doc.qrPayload)).toMatchObject({ country: "RU", serial: RU_SERIAL, number: 43, total: 12345, kind: "sale" });
    expect(await verifyDocument(doc, key.publicKey)).toEqual({ valid: true });
  });

  it("formats small RU sums with two decimals", async () => {
    const key = await deriveDeviceKey(SECRET, "dev-ru-1");
    const state = initialDeviceState("dev-ru-1", "RU", RU_SERIAL, key.kid);
    const { document: doc } = await fiscalize(state, request({ total: 5, issuedAt: "2026-01-02T03:04Z" }), ed25519Signer(key.privateKey));
    // 03:04 UTC is 06:04 in Moscow, the time printed on the receipt.
    expect(doc.qrPayload).toMatch(/^t=20260102T0604&s=0\.05&fn=7281440500123456&i=2&fp=\d{1,10}&n=1$/);
  });

  it("refuses bad input before anything is numbered", async () => {
    const sign = ed25519Signer(plKey.privateKey);
    await expect(fiscalize(plState, request({ total: 12.5 }), sign)).rejects.toThrow(FiscalInputError);
    await expect(fiscalize(plState, request({ total: -1 }), sign)).rejects.toThrow(FiscalInputError);
    await expect(fiscalize(plState, request({ issuedAt: "14.03.2026 09:26" }), sign)).rejects.toThrow(FiscalInputError);
    await expect(fiscalize(plState, request({ currency: "zł" }), sign)).rejects.toThrow(FiscalInputError);
    await expect(fiscalize({ ...plState, serial: "A*B" }, request(), sign)).rejects.toThrow(FiscalInputError);
    await expect(fiscalize({ ...plState, lastHash: "x" }, request(), sign)).rejects.toThrow(FiscalInputError);
    expect(plState.lastNumber).toBe(0);
  });
});

describe("verifyChain", () => {
  let docs: FiscalDocument[];
  beforeAll(async () => {
    docs = (await issue(plState, plKey, 5)).docs;
  });

  it("accepts numbers 1..n with chained hashes", async () => {
    expect(docs.map((d) => d.number)).toEqual([1, 2, 3, 4, 5]);
    expect(docs.map((d) => d.numberText)).toEqual([1, 2, 3, 4, 5].map((n) => `00000${n}-2026-03-14`));
    expect(docs[0]?.prevHash).toBe(ZERO_HASH);
    for (let i = 1; i < docs.length; i++) expect(docs[i]?.prevHash).toBe(docs[i - 1]?.hash);
    expect(await verifyChain(docs, keyFor)).toEqual({ valid: true });
    expect(await verifyChain([], keyFor)).toEqual({ valid: true });
  });

  it("continues from a given start", async () => {
    const tail = docs.slice(2);
    expect(await verifyChain(tail, keyFor, { start: 3, prevHash: docs[1]?.hash ?? "" })).toEqual({ valid: true });
    expect(await verifyChain(tail, keyFor, { start: 3 })).toEqual({ valid: true });
    expect(await verifyChain(tail, keyFor, { start: 3, prevHash: ZERO_HASH })).toMatchObject({ valid: false, at: 0 });
    expect(await verifyChain(tail, keyFor)).toMatchObject({ valid: false, at: 0, reason: expect.stringMatching(/^gap/) });
  });

  it("rejects one changed byte in one payload", async () => {
    const d = docs[2] as FiscalDocument;
    // One byte: "card" -> "cart" (a field the QR does not carry, so only hash and signature can catch it).
    const tampered = { ...d, payload: d.payload.replace('"method":"card"', '"method":"cart"') };
    expect(tampered.payload).not.toBe(d.payload);
    const chain = docs.map((x) => (x === d ? tampered : x));
    expect(await verifyChain(chain, keyFor)).toEqual({ valid: false, reason: "hash does not match payload", at: 2 });
    // Recomputing the hash does not help: the signature no longer verifies.
    const rehashed = { ...tampered, hash: sha256Hex(tampered.payload) };
    expect(await verifyDocument(rehashed, plKey.publicKey)).toEqual({ valid: false, reason: "signature does not verify" });
  });

  it("rejects a dropped document (gap)", async () => {
    const chain = [...docs.slice(0, 2), ...docs.slice(3)];
    expect(await verifyChain(chain, keyFor)).toEqual({
      valid: false,
      reason: "gap: expected document 3, found 4",
      at: 2,
    });
  });

  it("rejects a duplicated document", async () => {
    const chain = [...docs.slice(0, 3), docs[2] as FiscalDocument, ...docs.slice(3)];
    expect(await verifyChain(chain, keyFor)).toEqual({
      valid: false,
      reason: "duplicate or out of order: expected document 4, found 3",
      at: 3,
    });
  });

  it("rejects a document re-signed with another device's key", async () => {
    const d = docs[1] as FiscalDocument;
    const sig = await ed25519Signer(otherKey.privateKey)(new TextEncoder().encode(d.payload));
    const resigned = { ...d, signature: bytesToBase64url(sig) };
    // The QR carries the signature prefix, so keep it consistent to reach the signature check.
    resigned.qrPayload = d.qrPayload.replace(d.signature.slice(0, 16), resigned.signature.slice(0, 16));
    const chain = docs.map((x) => (x === d ? resigned : x));
    expect(await verifyChain(chain, keyFor)).toEqual({ valid: false, reason: "signature does not verify", at: 1 });

    // A full forgery of the last document by the other device (its kid in payload and document).
    const last = docs[4] as FiscalDocument;
    const forgedState: DeviceState = { ...plState, lastNumber: 4, lastHash: last.prevHash, keyId: otherKey.kid };
    const forged = (await fiscalize(forgedState, request({ receiptId: "r_5", total: 500 }), ed25519Signer(otherKey.privateKey))).document;
    expect(await verifyDocument(forged, otherKey.publicKey)).toEqual({ valid: true });
    expect(await verifyChain([...docs.slice(0, 4), forged], keyFor)).toEqual({
      valid: false,
      reason: "document signed with another key",
      at: 4,
    });
  });

  it("rejects a document whose fields disagree with its payload", async () => {
    const d = docs[0] as FiscalDocument;
    expect(await verifyDocument({ ...d, receiptId: "r_x" }, plKey.publicKey)).toEqual({
      valid: false,
      reason: "receiptId differs from the signed payload",
    });
    expect(await verifyDocument({ ...d, numberText: "1" }, plKey.publicKey)).toMatchObject({ valid: false });
    expect(await verifyDocument({ ...d, qrPayload: d.qrPayload.replace("*100*", "*1*") }, plKey.publicKey)).toEqual({
      valid: false,
      reason: "qrPayload differs from the signed payload",
    });
    expect(await verifyDocument({ ...d, payload: d.payload.replace("{", "{ ") }, plKey.publicKey)).toEqual({
      valid: false,
      reason: "payload is not a canonical fiscal payload",
    });
  });

  it("reports an unknown key", async () => {
    expect(await verifyChain(docs, async () => Promise.reject(new Error("none")))).toEqual({
      valid: false,
      reason: `unknown key ${plKey.kid}`,
      at: 0,
    });
  });
});

describe("properties", () => {
  const countries: FiscalCountry[] = ["PL", "SE", "NO", "RU"];
  const line = fc.record({
    name: fc.string({ maxLength: 20 }),
    quantity: fc.constantFrom("1", "0.375", "2"),
    unitPrice: fc.integer({ min: 0, max: 1_000_000 }),
    amount: fc.integer({ min: 0, max: 1_000_000 }),
    vatRate: fc.constantFrom("23", "8", "0"),
  });
  const req = fc.record({
    total: fc.integer({ min: 0, max: 1_000_000_000 }),
    lines: fc.array(line, { maxLength: 5 }),
    printed: fc.boolean(),
    second: fc.integer({ min: 0, max: 59 }),
  });

  it("any sequence of requests gives consecutive numbers and a chain that verifies", async () => {
    const keys = new Map<FiscalCountry, DeviceKey>();
    for (const c of countries) keys.set(c, await deriveDeviceKey(SECRET, `dev-${c}`));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...countries), fc.array(req, { minLength: 1, maxLength: 8 }), async (country, reqs) => {
        const key = keys.get(country) as DeviceKey;
        const serial = { PL: PL_SERIAL, SE: SE_SERIAL, NO: "NO-0123456789", RU: RU_SERIAL }[country];
        let state = initialDeviceState(`dev-${country}`, country, serial, key.kid);
        const docs: FiscalDocument[] = [];
        for (const [i, r] of reqs.entries()) {
          const out = await fiscalize(
            state,
            request({
              receiptId: `r_${i}`,
              total: r.total,
              lines: r.lines,
              printed: r.printed,
              issuedAt: `2026-03-14T09:26:${String(r.second).padStart(2, "0")}Z`,
            }),
            ed25519Signer(key.privateKey),
          );
          // RU: the first sale also issued the shift-opening report, numbered before it.
          if (out.opened) docs.push(out.opened);
          docs.push(out.document);
          state = out.state;
          expect(readPayload(out.document.payload)).toMatchObject({ kind: "sale", lines: r.lines });
          expect(out.document.qrPayload).toMatch(/^[\x20-\x7e]{1,119}$/);
          expect(parseFiscalQr(out.document.qrPayload)).toMatchObject({ country, serial, number: docs.length, total: r.total });
        }
        expect(docs.map((d) => d.number)).toEqual(docs.map((_, i) => i + 1));
        expect(state.lastNumber).toBe(docs.length);
        expect(state.lastHash).toBe(docs[docs.length - 1]?.hash);
        expect(await verifyChain(docs, async () => key.publicKey)).toEqual({ valid: true });
      }),
      { numRuns: 40 },
    );
  });

  it("changing any one character of any payload breaks the chain", async () => {
    const { docs } = await issue(plState, plKey, 3);
    await fc.assert(
      fc.asyncProperty(fc.nat(2), fc.nat(), fc.integer({ min: 32, max: 126 }), async (which, pos, code) => {
        const d = docs[which] as FiscalDocument;
        const at = pos % d.payload.length;
        fc.pre(d.payload.charCodeAt(at) !== code);
        const payload = d.payload.slice(0, at) + String.fromCharCode(code) + d.payload.slice(at + 1);
        const chain = docs.map((x) => (x === d ? { ...x, payload } : x));
        expect(await verifyChain(chain, keyFor)).toMatchObject({ valid: false, at: which });
      }),
      { numRuns: 100 },
    );
  });
});
