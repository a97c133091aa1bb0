// The contract a generator and an integrator read: /openapi.json as the app builds it, linted by Redocly
// (recommended rules, redocly.yaml) and held to the rules Redocly does not know. Generic over the
// routes, so an endpoint added later must carry the same (operationId, examples, problems, headers).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "../../scripts/openapi";
import { startNodeServer } from "../../src/runtime/node-server";
import { jsonLogger } from "../../src/worker/log";
import { PROBLEM_CODES } from "../../src/worker/problem-codes";

type Json = Record<string, unknown>;
type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: Json[];
  requestBody?: { content: Record<string, { example?: unknown; examples?: unknown }> };
  responses: Record<string, { headers?: Json; content?: Record<string, { schema?: { $ref?: string } }> }>;
};

let doc: Json;
const operations: { method: string; path: string; op: Operation }[] = [];

beforeAll(async () => {
  doc = await openApiDocument();
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
    for (const [method, op] of Object.entries(item)) operations.push({ method, path, op });
  }
});

const name = ({ method, path }: { method: string; path: string }) => `${method.toUpperCase()} ${path}`;
const resolve = (ref: string) => ref.replace(/^#\//, "").split("/").reduce<unknown>((node, key) => (node as Json)[key], doc) as Json;

describe("the OpenAPI document", () => {
  it("lints clean with Redocly's recommended rules", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ereceipt-lint-"));
    try {
      const file = join(dir, "openapi.json");
      writeFileSync(file, JSON.stringify(doc, null, 2));
      const run = await promisify(execFile)("node_modules/.bin/redocly", ["lint", file, "--config", "redocly.yaml", "--format", "json"], {
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      }).catch(
        (error: { stdout: string; stderr: string }) => error,
      );
      const report = JSON.parse(run.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer: string }[] }[] };
      const problems = report.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
      expect(problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names the server it is served from, a licence and the versioning policy", () => {
    expect(doc.servers).toEqual([{ url: "https://ereceipt-edge.dev", description: "This service" }]);
    const info = doc.info as { license: { identifier: string }; description: string };
    expect(info.license.identifier).toBe("Apache-2.0");
    expect(info.description).toMatch(/## Versioning and deprecation/);
    expect(info.description).toMatch(/deprecated: true/);
  });

  it("gives every operation a unique operationId and its own security decision", () => {
    const ids = operations.map(({ op }) => op.operationId);
    expect(operations.filter(({ op }) => !op.operationId).map(name)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations.filter(({ op }) => op.security === undefined).map(name)).toEqual([]);
    const open = operations.filter(({ op }) => op.security?.length === 0).map(name);
    expect(open.sort()).toEqual(["GET /.well-known/jwks.json", "GET /verify", "POST /v1/auth/token"]);
  });

  it("shows an example for every request body", () => {
    const missing = operations.flatMap(({ method, path, op }) =>
      Object.entries(op.requestBody?.content ?? {}).filter(([, media]) => media.example === undefined && media.examples === undefined).map(([type]) => `${name({ method, path })} ${type}`),
    );
    expect(missing).toEqual([]);
  });

  it("documents the Idempotency-Key header on every terminal write and the idempotent-replayed header on its answers", () => {
    const writes = operations.filter(({ method, op }) => method !== "get" && op.security?.some((s) => "bearer" in s));
    expect(writes.length).toBeGreaterThan(10);
    for (const { method, path, op } of writes) {
      expect(op.parameters, name({ method, path })).toContainEqual({ $ref: "#/components/parameters/IdempotencyKey" });
      for (const [status, response] of Object.entries(op.responses).filter(([s]) => s.startsWith("2"))) {
        expect(Object.keys(response.headers ?? {}), `${name({ method, path })} ${status}`).toContain("idempotent-replayed");
      }
    }
    const key = resolve("#/components/parameters/IdempotencyKey");
    expect(key).toMatchObject({ name: "Idempotency-Key", in: "header" });
  });

  it("documents each problem answer as problem+json with the codes it can carry, and Retry-After where a retry is the answer", () => {
    const known = new Set(PROBLEM_CODES.map((p) => p.code));
    for (const { method, path, op } of operations) {
      const problems = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
      const takesInput = (op.parameters?.length ?? 0) > 0 || op.requestBody !== undefined || op.security?.length !== 0;
      if (takesInput) expect(problems.length, `${name({ method, path })} has no 4XX answer`).toBeGreaterThan(0);
      for (const [status, response] of problems) {
        const where = `${name({ method, path })} ${status}`;
        const ref = response.content?.["application/problem+json"]?.schema?.$ref;
        expect(ref, where).toBeDefined();
        const codes = ((resolve(ref!).allOf as Json[])[1] as { properties: { code: { enum: string[] } } }).properties.code.enum;
        expect(codes.length, where).toBeGreaterThan(0);
        expect(codes.filter((c) => !known.has(c)), where).toEqual([]);
        if (["409", "429", "503"].includes(status)) expect(Object.keys(response.headers ?? {}), where).toContain("Retry-After");
      }
    }
  });

  it("speaks to integrators only: no internal names or documents that are not shipped", () => {
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/seed 0\d\d|loymax|API\.md|shared\//i);
  });

  it("lists the codes the service really answers with, for the operation and status that answer them", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-contract-"));
    const server = await startNodeServer({ dataDir, demo: true, log: jsonLogger(() => {}) });
    try {
      const send = async (method: string, path: string, body?: unknown, token?: string) => {
        const res = await fetch(`${server.url}${path}`, {
          method,
          headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) },
          ...(body !== undefined && { body: JSON.stringify(body) }),
        });
        return { status: res.status, body: (await res.json()) as { code?: string; id?: string; token?: string } };
      };
      const { token } = (await send("POST", "/v1/auth/token", { api_key: "demo-terminal-key" })).body;
      const empty = (await send("POST", "/v1/receipts", {}, token)).body.id!;
      const paid = (await send("POST", "/v1/receipts", { lines: [{ name: "Chleb", quantity: "1", unit_price: 450, vat_rate: "5" }] }, token)).body.id!;
      await send("POST", `/v1/receipts/${paid}/payments`, { method: "cash", amount: 450 }, token);
      const cases: [string, string, string, unknown?][] = [
        ["POST", "/v1/auth/token", "/v1/auth/token", { api_key: "wrong" }],
        ["POST", `/v1/receipts/${empty}/finalize`, "/v1/receipts/{id}/finalize", { delivery: "print" }],
        ["POST", `/v1/receipts/${paid}/finalize`, "/v1/receipts/{id}/finalize", { delivery: "sms" }],
        ["POST", `/v1/receipts/${empty}/lines`, "/v1/receipts/{id}/lines", { name: "x", quantity: "0", unit_price: 1, vat_rate: "23" }],
        ["POST", `/v1/receipts/${empty}/copies`, "/v1/receipts/{id}/copies", { channel: "print" }],
        ["GET", "/v1/receipts/rcp_missing", "/v1/receipts/{id}"],
        ["POST", "/v1/devices/dev_demo_pl/shifts/close", "/v1/devices/{id}/shifts/close"],
        ["GET", "/verify?qr=a&jws=b&format=json", "/verify"],
        ["GET", "/v1/receipts?cursor=not-a-cursor", "/v1/receipts"],
        ["GET", "/v1/admin/merchants", "/v1/admin/merchants"],
      ];
      const answered: string[] = [];
      const check = async (list: typeof cases) => {
        for (const [method, url, template, body] of list) {
          const res = await send(method, url, body, token);
          const schema = operations.find((o) => o.method === method.toLowerCase() && o.path === template)?.op.responses[String(res.status)]?.content?.["application/problem+json"]?.schema;
          const codes = schema?.$ref ? ((resolve(schema.$ref).allOf as Json[])[1] as { properties: { code: { enum: string[] } } }).properties.code.enum : [];
          answered.push(`${method} ${template} ${res.status} ${res.body.code}`);
          expect(codes, `${method} ${url} answered ${res.status} ${res.body.code}`).toContain(res.body.code);
        }
      };
      await check(cases);
      // Returns, their copies and slips, once a receipt is issued (which opens the device's shift).
      const issued = (await send("POST", "/v1/receipts", { lines: [{ name: "Mleko", quantity: "1", unit_price: 389, vat_rate: "5" }] }, token)).body.id!;
      await send("POST", `/v1/receipts/${issued}/payments`, { method: "cash", amount: 389 }, token);
      await send("POST", `/v1/receipts/${issued}/finalize`, { delivery: "print" }, token);
      await check([
        ["POST", `/v1/receipts/${issued}/returns`, "/v1/receipts/{id}/returns", { delivery: "sms" }],
        ["POST", `/v1/receipts/${issued}/returns/999/copies`, "/v1/receipts/{id}/returns/{number}/copies", { channel: "print" }],
        ["POST", `/v1/receipts/${empty}/slips`, "/v1/receipts/{id}/slips", { kind: "provisional" }],
        ["POST", `/v1/receipts/${issued}/slips`, "/v1/receipts/{id}/slips", { kind: "training" }],
      ]);
      expect(answered).toEqual([
        "POST /v1/auth/token 401 unauthorized",
        "POST /v1/receipts/{id}/finalize 409 receipt-empty",
        "POST /v1/receipts/{id}/finalize 422 contact-required",
        "POST /v1/receipts/{id}/lines 422 validation",
        "POST /v1/receipts/{id}/copies 409 receipt-not-issued",
        "GET /v1/receipts/{id} 404 not-found",
        "POST /v1/devices/{id}/shifts/close 409 device-no-open-shift",
        "GET /verify 400 ambiguous-parameters",
        "GET /v1/receipts 422 validation",
        "GET /v1/admin/merchants 401 admin-unauthorized",
        "POST /v1/receipts/{id}/returns 422 contact-required",
        "POST /v1/receipts/{id}/returns/{number}/copies 404 not-found",
        "POST /v1/receipts/{id}/slips 422 device-invalid-request",
        "POST /v1/receipts/{id}/slips 409 receipt-not-open",
      ]);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
