/** The fiscal-device simulator over HTTP (docs/simulator.md); a device is its merchant's only. */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app";
import { fiscalDocumentJson, snakeKeys } from "../fiscal-json";
import type { Ports } from "../ports";
import { DeviceParams, DeviceStatusSchema, FaultSchema, ZReportSchema } from "../schemas";
import { DomainError } from "../../core/errors";
import { journal } from "../services/device-ops";
import { bearer, idempotencyKey, jsonBody, jsonContent, problems, replayable } from "./openapi";

const liveKeyRefused = () =>
  new DomainError("forbidden", "test-key-only", "Test keys only", "Faults can be armed only with a token from a test API key; this token comes from a live key.");

const security = bearer;
const parameters = idempotencyKey;
const tags = ["fiscal devices"];
const status = replayable(DeviceStatusSchema, "Counters, shift, operator queue, armed faults, and why a sale would be refused");

const routes = {
  get: createRoute({
    method: "get", path: "/v1/devices/{id}", operationId: "getDevice", tags, security, summary: "Device state",
    request: { params: DeviceParams },
    responses: { 200: jsonContent(DeviceStatusSchema, "Counters, shift, operator queue, armed faults, and why a sale would be refused"), ...problems("devices", 401, 404) },
  }),
  openShift: createRoute({
    method: "post", path: "/v1/devices/{id}/shifts", operationId: "openShift", tags, security, parameters, summary: "Open a shift",
    request: { params: DeviceParams },
    responses: { 201: status, ...problems("devices", 401, 404, 409, 503) },
  }),
  closeShift: createRoute({
    method: "post", path: "/v1/devices/{id}/shifts/close", operationId: "closeShift", tags, security, parameters, summary: "Close the shift: the Z report, signed and chained",
    request: { params: DeviceParams },
    responses: { 200: replayable(ZReportSchema, "The Z report and its fiscal document"), ...problems("devices", 401, 404, 409, 503) },
  }),
  xReport: createRoute({
    method: "get", path: "/v1/devices/{id}/reports/x", operationId: "getXReport", tags, security, summary: "X report: current totals, changes nothing",
    request: { params: DeviceParams },
    responses: { 200: jsonContent(z.record(z.string(), z.unknown()), "The X report"), ...problems("devices", 401, 404) },
  }),
  journal: createRoute({
    method: "get", path: "/v1/devices/{id}/journal", operationId: "getJournal", tags, security,
    summary: "The device journal, one signed document a line (verify offline: scripts/verify-journal.ts)",
    request: { params: DeviceParams },
    responses: { 200: { description: "NDJSON", content: { "application/x-ndjson": { schema: z.string() } } }, ...problems("devices", 401, 404) },
  }),
  armFault: createRoute({
    method: "post", path: "/v1/devices/{id}/faults", operationId: "armFault", tags, security, parameters, summary: "Arm a fault (sandbox only)",
    description: "Practise recovery: the next operations of the device fail as a real one would. `count` limits how many it hits.",
    request: { params: DeviceParams, body: jsonBody(FaultSchema, { fault: "paper_out", count: 1 }) },
    responses: { 200: status, ...problems("devices", 400, 401, 403, 404, 413, 415, 422) },
  }),
  clearFaults: createRoute({
    method: "delete", path: "/v1/devices/{id}/faults", operationId: "clearFaults", tags, security, parameters, summary: "Clear all faults; queued documents go to the operator",
    request: { params: DeviceParams },
    responses: { 200: status, ...problems("devices", 401, 404) },
  }),
};

export function deviceRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  const json = (value: unknown) => snakeKeys(value) as Record<string, unknown>;
  app.openapi(routes.get, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(json(await ports.gate.run(id, { kind: "status", terminal: c.get("terminal"), deviceId: id })), 200);
  });

  app.openapi(routes.openShift, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(json(await ports.gate.run(id, { kind: "shift_open", terminal: c.get("terminal"), deviceId: id })), 201);
  });

  app.openapi(routes.closeShift, async (c) => {
    const { id } = c.req.valid("param");
    const { document, report } = await ports.gate.run(id, { kind: "shift_close", terminal: c.get("terminal"), deviceId: id });
    return c.json({ report: json(report), document: fiscalDocumentJson(document) }, 200);
  });

  app.openapi(routes.xReport, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(json(await ports.gate.run(id, { kind: "x_report", terminal: c.get("terminal"), deviceId: id })), 200);
  });

  // Streamed, so it is served outside the typed JSON handlers and documented beside them.
  app.openAPIRegistry.registerPath(routes.journal);
  app.get("/v1/devices/:id/journal", async (c) => {
    const id = DeviceParams.parse(c.req.param()).id;
    const body = await journal(ports, c.get("terminal"), id);
    return new Response(body, { headers: { "content-type": "application/x-ndjson", "content-disposition": `attachment; filename="journal-${id}.ndjson"` } });
  });

  app.openapi(routes.armFault, async (c) => {
    const { id } = c.req.valid("param");
    if (c.get("keyMode") !== "test") throw liveKeyRefused();
    const spec = c.req.valid("json");
    return c.json(json(await ports.gate.run(id, { kind: "faults", terminal: c.get("terminal"), deviceId: id, arm: spec })), 200);
  });

  app.openapi(routes.clearFaults, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(json(await ports.gate.run(id, { kind: "faults", terminal: c.get("terminal"), deviceId: id, arm: null })), 200);
  });
}
