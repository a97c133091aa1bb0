/** The fiscal-device simulator over HTTP (docs/simulator.md); a device is its merchant's only. */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app";
import { fiscalDocumentJson, snakeKeys } from "../fiscal-json";
import type { Ports } from "../ports";
import { ColumnsQuery, columnsOf, DeviceParams, DeviceStatusSchema, FaultSchema, ShiftParams, ZReportSchema } from "../schemas";
import { DomainError } from "../../core/errors";
import { journal } from "../services/device-ops";
import { reportPdf, reportPrint, zReportView, zViewFor } from "../services/reports";
import { saftExport } from "../services/saft";
import { bearer, idempotencyKey, jsonBody, jsonContent, problems, replayable } from "./openapi";

const liveKeyRefused = () =>
  new DomainError("forbidden", "test-key-only", "Test keys only", "Faults can be armed only with a token from a test API key; this token comes from a live key.");

const security = bearer;
const parameters = idempotencyKey;
const tags = ["fiscal devices"];
const status = replayable(DeviceStatusSchema, "Counters, shift, operator queue, armed faults, and why a sale would be refused");
const pdf = { description: "The report as a PDF (80 mm roll)", content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } } };

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
    method: "post", path: "/v1/devices/{id}/shifts/close", operationId: "closeShift", tags, security, parameters, summary: "Close the shift: the Z report, signed and chained, with its print text",
    request: { params: DeviceParams, query: ColumnsQuery },
    responses: { 200: replayable(ZReportSchema, "The Z report and its fiscal document"), ...problems("devices", 401, 404, 409, 503) },
  }),
  xReport: createRoute({
    method: "get", path: "/v1/devices/{id}/reports/x", operationId: "getXReport", tags, security, summary: "X report: current totals with its print text, changes nothing",
    request: { params: DeviceParams, query: ColumnsQuery },
    responses: { 200: jsonContent(z.record(z.string(), z.unknown()), "The X report"), ...problems("devices", 401, 404) },
  }),
  xReportPdf: createRoute({
    method: "get", path: "/v1/devices/{id}/reports/x/pdf", operationId: "getXReportPdf", tags, security, summary: "X report as a PDF",
    request: { params: DeviceParams },
    responses: { 200: pdf, ...problems("devices", 401, 404) },
  }),
  zReport: createRoute({
    method: "get", path: "/v1/devices/{id}/reports/z/{shift}", operationId: "getZReport", tags, security, summary: "The Z report that closed a shift, with its print text",
    request: { params: ShiftParams, query: ColumnsQuery },
    responses: { 200: jsonContent(ZReportSchema, "The Z report and its fiscal document"), ...problems("devices", 401, 404) },
  }),
  zReportPdf: createRoute({
    method: "get", path: "/v1/devices/{id}/reports/z/{shift}/pdf", operationId: "getZReportPdf", tags, security, summary: "The Z report as a PDF",
    request: { params: ShiftParams },
    responses: { 200: pdf, ...problems("devices", 401, 404) },
  }),
  saft: createRoute({
    method: "get", path: "/v1/devices/{id}/saf-t", operationId: "getSafT", tags, security, summary: "Norway: the SAF-T Cash Register file (XML) of a period",
    request: { params: DeviceParams, query: z.object({ from: z.string().openapi({ example: "2026-11-01" }), to: z.string().openapi({ example: "2026-11-30" }) }) },
    responses: { 200: { description: "SAF-T Cash Register v1.00 XML", content: { "application/xml": { schema: z.string() } } }, ...problems("devices", 401, 404, 409, 422) },
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
    const terminal = c.get("terminal");
    const { document, report } = await ports.gate.run(id, { kind: "shift_close", terminal, deviceId: id });
    const print = reportPrint(await zViewFor(ports, terminal, document), columnsOf(c.req.valid("query")));
    return c.json({ report: json(report), document: fiscalDocumentJson(document), print }, 200);
  });

  app.openapi(routes.xReport, async (c) => {
    const { id } = c.req.valid("param");
    const { report, view } = await ports.gate.run(id, { kind: "x_report", terminal: c.get("terminal"), deviceId: id });
    return c.json({ ...json(report), print: reportPrint(view, columnsOf(c.req.valid("query"))) }, 200);
  });

  app.openapi(routes.zReport, async (c) => {
    const { id, shift } = c.req.valid("param");
    const { document, view } = await zReportView(ports, c.get("terminal"), id, shift);
    const report = { number: document.number, numberText: document.numberText, shift: view.shift, openedAt: view.openedAt, closedAt: view.at, totals: view.totals, grandTotal: view.grandTotal, unsent: view.unsent, validUntil: view.validUntil };
    return c.json({ report: json(report), document: fiscalDocumentJson(document), print: reportPrint(view, columnsOf(c.req.valid("query"))) }, 200);
  });

  const pdfResponse = (bytes: Uint8Array, name: string) =>
    new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="${name}.pdf"` } });
  app.openapi(routes.xReportPdf, async (c) => {
    const { id } = c.req.valid("param");
    const { view } = await ports.gate.run(id, { kind: "x_report", terminal: c.get("terminal"), deviceId: id });
    return pdfResponse(await reportPdf(view), `x-report-${id}`);
  });
  app.openapi(routes.zReportPdf, async (c) => {
    const { id, shift } = c.req.valid("param");
    return pdfResponse(await reportPdf((await zReportView(ports, c.get("terminal"), id, shift)).view), `z-report-${id}-${shift}`);
  });

  app.openapi(routes.saft, async (c) => {
    const { id } = c.req.valid("param");
    const { from, to } = c.req.valid("query");
    const xml = await saftExport(ports, c.get("terminal"), id, from, to);
    return new Response(xml, { headers: { "content-type": "application/xml; charset=utf-8", "content-disposition": `attachment; filename="SAF-T_Cash_Register_${id}_${from}_${to}.xml"` } });
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
