/** The till's receipt API (API.md "Receipts"). Every query is scoped to the token's merchant. */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app";
import { baseUrlOf } from "../base-url";
import { receiptEvents } from "../../db/receipts";
import { customerDisplayQrSvg } from "../../render/qr";
import type { Ports } from "../ports";
import {
  CopyCreatedSchema,
  CopySchema,
  CreateReceiptSchema,
  ReturnCreatedSchema,
  ReturnSchema,
  FinalizeSchema,
  LineCreatedSchema,
  LineParams,
  LineSchema,
  PaymentCreatedSchema,
  PaymentParams,
  PaymentSchema,
  ReceiptIdParams,
  ReceiptSchema,
} from "../schemas";
import { afterIssue } from "../services/issued";
import { printOutput } from "../services/print";
import { addLine, addPayment, confirmPayment, loadReceipt, openReceipt, voidLine } from "../services/receipts";
import { fiscalDocumentJson } from "../fiscal-json";
import { receiptDocument, receiptJson } from "../views";
import { jsonBody, jsonContent, problems } from "./openapi";

const security = [{ bearer: [] }];
const tags = ["receipts"];
const receiptAnswer = jsonContent(ReceiptSchema, "The receipt");
const ColumnsQuery = z.object({ columns: z.enum(["32", "42", "48"]).optional() });
const columnsOf = (query: { columns?: "32" | "42" | "48" | undefined }) => Number(query.columns ?? 48) as 32 | 42 | 48;

const CancelSchema = z
  .object({ reason: z.string().max(200).optional().openapi({ description: "For the till's own records; the service does not store it" }) })
  .strict()
  .openapi("Cancel");

const routes = {
  create: createRoute({
    method: "post", path: "/v1/receipts", tags, security, summary: "Open a receipt",
    request: { body: jsonBody(CreateReceiptSchema) },
    responses: { 201: jsonContent(ReceiptSchema, "The open receipt with its customer URL and QR"), ...problems(400, 401, 413, 415, 422) },
  }),
  get: createRoute({
    method: "get", path: "/v1/receipts/{id}", tags, security, summary: "A receipt with its event log",
    request: { params: ReceiptIdParams },
    responses: { 200: receiptAnswer, ...problems(401, 404) },
  }),
  addLine: createRoute({
    method: "post", path: "/v1/receipts/{id}/lines", tags, security, summary: "Add a line",
    request: { params: ReceiptIdParams, body: jsonBody(LineSchema) },
    responses: { 201: jsonContent(LineCreatedSchema, "The line and the receipt"), ...problems(400, 401, 404, 409, 413, 415, 422) },
  }),
  voidLine: createRoute({
    method: "delete", path: "/v1/receipts/{id}/lines/{line_id}", tags, security, summary: "Void a line (open receipts only)",
    request: { params: LineParams },
    responses: { 200: receiptAnswer, ...problems(401, 404, 409) },
  }),
  addPayment: createRoute({
    method: "post", path: "/v1/receipts/{id}/payments", tags, security, summary: "Take a payment",
    request: { params: ReceiptIdParams, body: jsonBody(PaymentSchema) },
    responses: { 201: jsonContent(PaymentCreatedSchema, "The payment and the receipt"), ...problems(400, 401, 404, 409, 413, 415, 422) },
  }),
  confirmPayment: createRoute({
    method: "post", path: "/v1/receipts/{id}/payments/{payment_id}/confirm", tags, security,
    summary: "Confirm that the standalone card terminal approved the payment",
    request: { params: PaymentParams },
    responses: { 200: receiptAnswer, ...problems(401, 404, 409) },
  }),
  finalize: createRoute({
    method: "post", path: "/v1/receipts/{id}/finalize", tags, security, summary: "Fiscalize and deliver",
    request: { params: ReceiptIdParams, query: ColumnsQuery, body: jsonBody(FinalizeSchema) },
    responses: {
      200: receiptAnswer,
      202: jsonContent(ReceiptSchema, "Seed 001: the customer scanned the QR; `qr_choice` asks the till \"QR receipt: OK / Change\""),
      ...problems(400, 401, 404, 409, 413, 415, 422),
    },
  }),
  copies: createRoute({
    method: "post", path: "/v1/receipts/{id}/copies", tags, security, summary: "A copy by print, SMS or e-mail, marked with how the original was issued",
    request: { params: ReceiptIdParams, query: ColumnsQuery, body: jsonBody(CopySchema) },
    responses: { 201: jsonContent(CopyCreatedSchema, "The copy"), ...problems(400, 401, 404, 409, 413, 415, 422) },
  }),
  returns: createRoute({
    method: "post", path: "/v1/receipts/{id}/returns", tags, security, summary: "A return (refund) as its own fiscal document referencing the sale",
    request: { params: ReceiptIdParams, body: jsonBody(ReturnSchema) },
    responses: { 201: jsonContent(ReturnCreatedSchema, "The return document"), ...problems(400, 401, 404, 409, 413, 415, 422) },
  }),
  cancel: createRoute({
    method: "post", path: "/v1/receipts/{id}/cancel", tags, security, summary: "Cancel an open receipt (no fiscal document)",
    // A body is optional, but when sent it must be JSON: a malformed or text body is refused, not ignored.
    request: { params: ReceiptIdParams, body: { required: false, content: { "application/json": { schema: CancelSchema } } } },
    responses: { 200: receiptAnswer, ...problems(400, 401, 404, 409, 415, 422) },
  }),
  qr: createRoute({
    method: "get", path: "/v1/receipts/{id}/qr.svg", tags, security, summary: "The customer-display QR (SVG) of the customer URL",
    request: { params: ReceiptIdParams },
    responses: { 200: { description: "SVG image", content: { "image/svg+xml": { schema: z.string() } } }, ...problems(401, 404) },
  }),
};

export function receiptRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  const answer = async (c: Parameters<Parameters<typeof app.openapi>[1]>[0], id: string) =>
    receiptJson(await loadReceipt(ports, c.get("terminal"), id));

  app.openapi(routes.create, async (c) => {
    const id = await openReceipt(ports, c.get("terminal"), c.req.valid("json"), baseUrlOf(c, ports));
    return c.json(await answer(c, id), 201);
  });

  app.openapi(routes.get, async (c) => {
    const { id } = c.req.valid("param");
    const record = await loadReceipt(ports, c.get("terminal"), id);
    return c.json(receiptJson(record, await receiptEvents(ports.database.db, id)), 200);
  });

  app.openapi(routes.addLine, async (c) => {
    const { id } = c.req.valid("param");
    const lineId = await addLine(ports, c.get("terminal"), id, c.req.valid("json"));
    const receipt = await answer(c, id);
    const line = receipt.lines.find((l) => l.id === lineId)!;
    return c.json({ line, receipt }, 201);
  });

  app.openapi(routes.voidLine, async (c) => {
    const { id, line_id } = c.req.valid("param");
    await voidLine(ports, c.get("terminal"), id, line_id);
    return c.json(await answer(c, id), 200);
  });

  app.openapi(routes.addPayment, async (c) => {
    const { id } = c.req.valid("param");
    const paymentId = await addPayment(ports, c.get("terminal"), id, c.req.valid("json"));
    const receipt = await answer(c, id);
    const payment = receipt.payments.find((p) => p.id === paymentId)!;
    return c.json({ ...payment, receipt }, 201);
  });

  app.openapi(routes.confirmPayment, async (c) => {
    const { id, payment_id } = c.req.valid("param");
    await confirmPayment(ports, c.get("terminal"), id, payment_id);
    return c.json(await answer(c, id), 200);
  });

  app.openapi(routes.finalize, async (c) => {
    const { id } = c.req.valid("param");
    const terminal = c.get("terminal");
    const outcome = await ports.gate.run(terminal.deviceId, { kind: "finalize", terminal, receiptId: id, request: c.req.valid("json") });
    if (outcome === "offered") return c.json(await answer(c, id), 202);
    const record = await afterIssue(ports, terminal, id);
    const json = receiptJson(record);
    if (json.delivery?.channel !== "print") return c.json(json, 200);
    return c.json({ ...json, print: printOutput(receiptDocument(record), columnsOf(c.req.valid("query"))) }, 200);
  });

  app.openapi(routes.copies, async (c) => {
    const { id } = c.req.valid("param");
    const terminal = c.get("terminal");
    const request = c.req.valid("json");
    const { deviceId } = (await loadReceipt(ports, terminal, id)).receipt;
    const made = await ports.gate.run(deviceId, { kind: "copy", terminal, receiptId: id, request });
    const record = await loadReceipt(ports, terminal, id);
    const print = request.channel === "print" ? printOutput(receiptDocument(record), columnsOf(c.req.valid("query")), made.original) : undefined;
    return c.json({ copy: { ...made, channel: request.channel }, receipt: receiptJson(record), ...(print && { print }) }, 201);
  });

  app.openapi(routes.returns, async (c) => {
    const { id } = c.req.valid("param");
    const terminal = c.get("terminal");
    const { receipt } = await loadReceipt(ports, terminal, id);
    const document = await ports.gate.run(receipt.deviceId, { kind: "return", terminal, receiptId: id, request: c.req.valid("json") });
    const total = (JSON.parse(document.payload) as { total: number }).total;
    return c.json({ receipt_id: id, total, currency: receipt.currency, document: fiscalDocumentJson(document) }, 201);
  });

  app.openapi(routes.cancel, async (c) => {
    const { id } = c.req.valid("param");
    const terminal = c.get("terminal");
    await ports.gate.run(terminal.deviceId, { kind: "cancel", terminal, receiptId: id });
    await ports.coordinator.publish(id, { type: "cancelled", receipt_id: id, status: "cancelled" });
    return c.json(await answer(c, id), 200);
  });

  app.openapi(routes.qr, async (c) => {
    const receipt = await answer(c, c.req.valid("param").id);
    return c.body(customerDisplayQrSvg(receipt.customer_url), 200, { "content-type": "image/svg+xml", "cache-control": "private, max-age=300" });
  });
}
