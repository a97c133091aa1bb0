// The public checker over the Node host: fiscal QRs and PL e-receipt JWSs, the JWKS, and key rotation.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compactVerify, importJWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../../src/runtime/node-server";
import { base64urlToBytes, bytesToBase64url, deriveDeviceKey } from "../../src/simulator/index";
import { call, Till, type Host, type Json } from "../support/api-client";

const quiet = { info() {}, warn() {}, error: (event: string, fields?: object) => console.error(event, fields) };
const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-verify-"));
const DEVICES = ["dev_demo_pl", "dev_demo_se", "dev_demo_ru"];
let server: NodeServer;

const host = (): Host => ({ name: "node", baseUrl: server.url, fetch: (url, init) => fetch(url, init), expire: () => Promise.reject(new Error("unused")) });
const get = (path: string, accept = "application/json") => call(host(), "GET", path, { headers: { accept } });
const verifyQr = (qr: string) => get(`/verify?qr=${encodeURIComponent(qr)}`);
const verifyJws = (jws: string) => get(`/verify?jws=${encodeURIComponent(jws)}`);
const kidOf = async (secret: string, deviceId: string) => (await deriveDeviceKey(secret, deviceId)).kid;

async function issue(apiKey: string, line: object, amount: number): Promise<Json> {
  const till = await Till.login(host(), apiKey);
  const receipt = await till.open([line]);
  expect((await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount } })).status).toBe(201);
  const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
  expect(issued.status, issued.text).toBe(200);
  return issued.body;
}

/** The receipt's e-paragon, as the API gives it to the till. */
function jwsOf(receipt: Json): string {
  const jws: unknown = receipt.fiscal.jws;
  if (typeof jws !== "string") throw new Error(`the PL receipt has no fiscal.jws: ${JSON.stringify(receipt.fiscal)}`);
  return jws;
}

/** One character of the signed payload changed, re-encoded: still well-formed, no longer signed. */
function tamperedJws(jws: string): string {
  const [head, body, sig] = jws.split(".");
  const payload = new TextDecoder().decode(base64urlToBytes(body ?? "") ?? new Uint8Array());
  const changed = payload.replace(/"total":(\d)/, (_m, d: string) => `"total":${d === "9" ? "8" : String(Number(d) + 1)}`);
  expect(changed).not.toBe(payload);
  return `${head}.${bytesToBase64url(new TextEncoder().encode(changed))}.${sig}`;
}

let pl: Json;
let ru: Json;
let plJws: string;

beforeAll(async () => {
  server = await startNodeServer({ dataDir, demo: true, log: quiet, env: { FISCAL_KEY_SECRET: "old" } });
  pl = await issue("demo-terminal-key", { name: "Chleb", quantity: "2", unit_price: 450, vat_rate: "5" }, 1000);
  ru = await issue("demo-terminal-key-ru", { name: "Хлеб", quantity: "1", unit_price: 5990, vat_rate: "10" }, 6000);
  plJws = jwsOf(pl);
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("GET /verify?qr=", () => {
  it("a PL receipt's QR is authentic, with its number and total", async () => {
    const res = await verifyQr(pl.fiscal.qr_payload);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      valid: true,
      document: { country: "PL", serial: pl.fiscal.serial, device_id: "dev_demo_pl", number: pl.fiscal.number, number_text: pl.fiscal.number_text, kind: "sale", total: 900, currency: "PLN", printed: true },
    });
    expect(res.body.document.lines).toEqual([{ name: "Chleb", quantity: "2", unit_price: 450, amount: 900, vat_rate: "5" }]);
    expect(res.body.reason).toBeUndefined();
  });

  it("?format=json answers JSON without the Accept header", async () => {
    const res = await get(`/verify?format=json&qr=${encodeURIComponent(pl.fiscal.qr_payload)}`, "*/*");
    expect(res.type).toContain("application/json");
    expect(res.body.valid).toBe(true);
  });

  it("a browser gets an HTML page saying Authentic", async () => {
    const res = await get(`/verify?qr=${encodeURIComponent(pl.fiscal.qr_payload)}`, "text/html,application/xhtml+xml,*/*;q=0.8");
    expect(res.status).toBe(200);
    expect(res.type).toContain("text/html");
    expect(res.text).toContain("Authentic receipt");
    expect(res.text).toContain("Paragon autentyczny");
    expect(res.text).toContain(pl.fiscal.serial);
    expect(res.text).toContain("9,00");
  });

  it("a QR with the sum changed is not authentic", async () => {
    const parts = String(pl.fiscal.qr_payload).split("*");
    parts[5] = String(Number(parts[5]) + 100);
    const res = await verifyQr(parts.join("*"));
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.reason).toMatch(/differs/);
    expect(res.body.document).toBeUndefined();
    const html = await get(`/verify?qr=${encodeURIComponent(parts.join("*"))}`, "text/html");
    expect(html.text).toContain("Not authentic");
  });

  it("a QR naming an unknown serial is not authentic", async () => {
    const parts = String(pl.fiscal.qr_payload).split("*");
    parts[2] = "XYZ99999999";
    const res = await verifyQr(parts.join("*"));
    expect(res.body).toEqual({ valid: false, reason: "no such document on this service" });
  });

  it("text that is no fiscal QR is not authentic", async () => {
    expect((await verifyQr("hello")).body.valid).toBe(false);
  });

  it("an RU receipt's QR is authentic; with another sum or fiscal sign it is not", async () => {
    const qr = String(ru.fiscal.qr_payload);
    expect(qr).toMatch(/^t=\d{8}T\d{4}&s=59\.90&fn=\d{16}&i=\d+&fp=\d+&n=1$/);
    const res = await verifyQr(qr);
    expect(res.body).toMatchObject({ valid: true, document: { country: "RU", device_id: "dev_demo_ru", number: ru.fiscal.number, kind: "sale", total: 5990, currency: "RUB" } });
    expect((await verifyQr(qr.replace("s=59.90", "s=5.99"))).body.valid).toBe(false);
    const fp = /fp=(\d+)/.exec(qr)?.[1] ?? "";
    expect((await verifyQr(qr.replace(`fp=${fp}`, `fp=${(Number(fp) + 1) % 1e9}`))).body.valid).toBe(false);
    const html = await get(`/verify?qr=${encodeURIComponent(qr)}`, "text/html");
    expect(html.text).toContain("Подлинный чек");
  });
});

describe("GET /verify?jws=", () => {
  it("the PL e-paragon verifies, here and with jose against the published key", async () => {
    const res = await verifyJws(plJws);
    expect(res.body).toMatchObject({ valid: true, document: { country: "PL", number: pl.fiscal.number, number_text: pl.fiscal.number_text, total: 900 } });
    const jwks = (await get("/.well-known/jwks.json")).body;
    const kid = JSON.parse(new TextDecoder().decode(base64urlToBytes(plJws.split(".")[0] ?? "") ?? new Uint8Array())).kid;
    const jwk = jwks.keys.find((k: Json) => k.kid === kid);
    await expect(compactVerify(plJws, await importJWK(jwk, "EdDSA"))).resolves.toBeTruthy();
  });

  it("one payload character changed is not authentic", async () => {
    const res = await verifyJws(tamperedJws(plJws));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ valid: false, reason: "signature does not verify" });
  });

  it("a malformed JWS or an unknown key is not authentic", async () => {
    expect((await verifyJws("a.b")).body.valid).toBe(false);
    const [, body, sig] = plJws.split(".");
    const head = bytesToBase64url(new TextEncoder().encode('{"alg":"EdDSA","kid":"0000000000000000","typ":"JWT"}'));
    expect((await verifyJws(`${head}.${body}.${sig}`)).body.valid).toBe(false);
  });
});

describe("GET /verify without a verdict", () => {
  it("no parameter: a form for browsers, a 400 problem for JSON", async () => {
    const form = await get("/verify", "text/html");
    expect(form.status).toBe(200);
    expect(form.text).toContain('name="qr"');
    expect(form.text).toContain('name="jws"');
    const json = await get("/verify");
    expect(json.status).toBe(400);
    expect(json.type).toContain("application/problem+json");
  });

  it("a parameter over 4 KB is a 400 problem", async () => {
    for (const accept of ["application/json", "text/html"]) {
      const res = await get(`/verify?qr=${"x".repeat(4097)}`, accept);
      expect(res.status).toBe(400);
      expect(res.type).toContain("application/problem+json");
    }
  });

  it("escapes what it echoes", async () => {
    const res = await get(`/verify?qr=${encodeURIComponent("<script>alert(1)</script>")}`, "text/html");
    expect(res.text).not.toContain("<script>alert(1)");
    expect(res.text).toContain("&lt;script&gt;");
  });
});

describe("GET /.well-known/jwks.json", () => {
  it("lists every demo device's Ed25519 key, cacheable", async () => {
    const res = await get("/.well-known/jwks.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    for (const deviceId of DEVICES) {
      const kid = await kidOf("old", deviceId);
      expect(res.body.keys).toContainEqual({ kty: "OKP", crv: "Ed25519", x: expect.any(String), kid, alg: "EdDSA", use: "sig" });
    }
    expect(res.body.keys.map((k: Json) => k.kid)).toContain(pl.fiscal.key_id);
  });

  it("/openapi.json documents both endpoints", async () => {
    const paths = (await get("/openapi.json")).body.paths;
    expect(paths["/verify"]?.get).toBeTruthy();
    expect(paths["/.well-known/jwks.json"]?.get).toBeTruthy();
  });
});

describe("after rotating FISCAL_KEY_SECRET", () => {
  beforeAll(async () => {
    await server.close();
    server = await startNodeServer({ dataDir, demo: true, log: quiet, env: { FISCAL_KEY_SECRET: "new", FISCAL_KEY_SECRETS_OLD: "old" } });
  });

  it("publishes the old secret's keys beside the new ones", async () => {
    const kids = (await get("/.well-known/jwks.json")).body.keys.map((k: Json) => k.kid);
    for (const deviceId of DEVICES) {
      expect(kids).toContain(await kidOf("old", deviceId));
      expect(kids).toContain(await kidOf("new", deviceId));
    }
    expect(new Set(kids).size).toBe(kids.length);
  });

  it("receipts issued under the old secret still verify, by QR and by JWS", async () => {
    expect((await verifyQr(pl.fiscal.qr_payload)).body.valid).toBe(true);
    expect((await verifyQr(ru.fiscal.qr_payload)).body.valid).toBe(true);
    expect((await verifyJws(plJws)).body.valid).toBe(true);
  });

  it("a receipt issued after the rotation verifies too", async () => {
    const fresh = await issue("demo-terminal-key", { name: "Masło", quantity: "1", unit_price: 799, vat_rate: "5" }, 799);
    expect(fresh.fiscal.key_id).toBe(await kidOf("new", "dev_demo_pl"));
    expect((await verifyQr(fresh.fiscal.qr_payload)).body).toMatchObject({ valid: true, document: { total: 799 } });
    expect((await verifyJws(jwsOf(fresh))).body.valid).toBe(true);
  });

  it("without FISCAL_KEY_SECRETS_OLD the old keys and receipts are gone: the rotation promise is that setting", async () => {
    await server.close();
    server = await startNodeServer({ dataDir, demo: true, log: quiet, env: { FISCAL_KEY_SECRET: "new" } });
    const kids = (await get("/.well-known/jwks.json")).body.keys.map((k: Json) => k.kid);
    expect(kids).not.toContain(await kidOf("old", "dev_demo_pl"));
    expect((await verifyQr(pl.fiscal.qr_payload)).body.valid).toBe(false);
    expect((await verifyJws(plJws)).body.valid).toBe(false);
  });
});
