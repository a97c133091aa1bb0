/** The till's receipt API (docs/api-guide.md). Every query is scoped to the token's merchant. */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app";
import { baseUrlOf } from "../base-url";
import { customerDisplayQrSvg } from "../../render/qr";
import type { Ports } from "../ports";
import {
  ColumnsQuery,
  columnsOf,
  CustomerSchema,
  CopyCreatedSchema,
  CopySchema,
  CreateReceiptSchema,
  ReturnCreatedSchema,
  ReturnSchema,
  SlipCreatedSchema,
  SlipSchema,
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
import { assertOpen } from "../../core/receipt";
import { DomainError, invalid, notFound } from "../../core/errors";
import { identify } from "../customers/store";
import { findReceipt, receiptEvents, type ReceiptRecord } from "../../db/receipts";
import type { TerminalContext } from "../auth";
import { newToken, receiptIdFor } from "../ids";
import { merchantOf, storeOf } from "../services/tenants";
import { hasDisplay } from "../services/displays";
import { printOutput } from "../services/print";
import { loadReceipt } from "../services/receipts";
import type { SessionAnswer, SessionCommand } from "../session/commands";
import { fiscalDocumentJson } from "../fiscal-json";
import { customerUrl, receiptDocument, receiptJson } from "../views";
import { returnDocOf, returnsOf, type ReturnsView } from "../services/return-documents";
import { bearer, idempotencyKey, jsonBody, jsonContent, problems, replayable } from "./openapi";

const tags = ["receipts"];
const security = bearer;
const parameters = idempotencyKey;
const receiptAnswer = replayable(ReceiptSchema, "The receipt");
const line = { name: "Żółć łąka", quantity: "0.375", unit_price: 1999, vat_rate: "23" };

const ConfirmSchema = z
  .object({
    amount: z.number().int().min(1).max(1_000_000_000).optional().openapi({ description: "The amount the card terminal shows; refused when it is not the payment's" }),
    authorization_code: z.string().trim().min(1).max(32).optional().openapi({ description: "The card terminal's authorisation code, printed on the receipt" }),
  })
  .strict()
  .openapi("ConfirmPayment");

const IdentifySchema = CustomerSchema.openapi("IdentifyCustomer");

const OfferAnswerSchema = z
  .object({ answer: z.enum(["ok", "change"]).openapi({ description: "`ok`: issue it on the offered channel; `change`: withdraw the offer and finalize with another channel" }) })
  .strict()
  .openapi("OfferAnswer");

const CancelSchema = z
  .object({ reason: z.string().max(200).optional().openapi({ description: "For the till's own records; the service does not store it" }) })
  .strict()
  .openapi("Cancel");

const routes = {
  create: createRoute({
    method: "post", path: "/v1/receipts", operationId: "openReceipt", tags, security, parameters, summary: "Open a receipt",
    description: "Opens a receipt on the terminal's fiscal device, optionally with its first lines and the customer. Show `qr_svg_url` on the customer display until `qr_offered_until`; `customer_url` is the customer's page.",
    request: { body: jsonBody(CreateReceiptSchema, { lines: [line], customer: { loyalty_id: "L-000123" } }) },
    responses: { 201: replayable(ReceiptSchema, "The open receipt with its customer URL and QR"), ...problems("receipts", 400, 401, 413, 415, 422, 429) },
  }),
  get: createRoute({
    method: "get", path: "/v1/receipts/{id}", operationId: "getReceipt", tags, security, summary: "A receipt with its event log",
    request: { params: ReceiptIdParams },
    responses: { 200: jsonContent(ReceiptSchema, "The receipt with `events`"), ...problems("receipts", 401, 404) },
  }),
  addLine: createRoute({
    method: "post", path: "/v1/receipts/{id}/lines", operationId: "addLine", tags, security, parameters, summary: "Add a line",
    description: "The line's amount is `quantity` × `unit_price` − `discount`, rounded half up; VAT is extracted per rate.",
    request: { params: ReceiptIdParams, body: jsonBody(LineSchema, { name: "Chleb", quantity: "2", unit_price: 450, vat_rate: "5" }) },
    responses: { 201: replayable(LineCreatedSchema, "The line and the receipt"), ...problems("receipts", 400, 401, 404, 409, 413, 415, 422) },
  }),
  voidLine: createRoute({
    method: "delete", path: "/v1/receipts/{id}/lines/{line_id}", operationId: "voidLine", tags, security, parameters, summary: "Void a line (open receipts only)",
    request: { params: LineParams },
    responses: { 200: receiptAnswer, ...problems("receipts", 401, 404, 409) },
  }),
  addPayment: createRoute({
    method: "post", path: "/v1/receipts/{id}/payments", operationId: "addPayment", tags, security, parameters, summary: "Take a payment",
    description: "Only cash gives change; a card or voucher may not exceed what is due. A `card_standalone` payment must be confirmed (`terminal_confirmed: true` or the confirm call) before finalize.",
    request: { params: ReceiptIdParams, body: jsonBody(PaymentSchema, { method: "cash", amount: 2000 }) },
    responses: { 201: replayable(PaymentCreatedSchema, "The payment and the receipt"), ...problems("receipts", 400, 401, 404, 409, 413, 415, 422) },
  }),
  confirmPayment: createRoute({
    method: "post", path: "/v1/receipts/{id}/payments/{payment_id}/confirm", operationId: "confirmPayment", tags, security, parameters,
    summary: "Confirm that the standalone card terminal approved the payment",
    description: "The cashier confirms the card payment with the amount the terminal shows and its authorisation code; a different amount is refused. The receipt prints the code and that no terminal was called.",
    request: { params: PaymentParams, body: { required: false, content: { "application/json": { schema: ConfirmSchema, example: { amount: 1000, authorization_code: "A1B2C3" } } } } },
    responses: { 200: receiptAnswer, ...problems("receipts", 400, 401, 404, 409, 415, 422) },
  }),
  identify: createRoute({
    method: "post", path: "/v1/receipts/{id}/customer", operationId: "identifyCustomer", tags, security, parameters, summary: "Identify the customer of an open receipt",
    description:
      "By phone, e-mail or loyalty card. The answer's `customer` says whether they are known, whether they refused paper, their remembered channel and default e-mail, and their contact — masked: the till never gets full contact data back.",
    request: { params: ReceiptIdParams, body: jsonBody(IdentifySchema, { loyalty_id: "L-000123" }) },
    responses: { 200: receiptAnswer, ...problems("receipts", 400, 401, 404, 409, 413, 415, 422) },
  }),
  answerOffer: createRoute({
    method: "post", path: "/v1/receipts/{id}/qr-choice", operationId: "answerOffer", tags, security, parameters, summary: "Answer \"OK / Change\"",
    description:
      "After a `202` from finalize (`qr_choice`): `ok` issues the receipt on the offered channel (the QR receipt, or the customer's remembered channel); `change` withdraws the offer, and the till finalizes with the channel the customer wants. Without an answer it is issued on the offered channel at `qr_choice.until`.",
    request: { params: ReceiptIdParams, query: ColumnsQuery, body: jsonBody(OfferAnswerSchema, { answer: "ok" }) },
    responses: { 200: receiptAnswer, ...problems("fiscalization", 400, 401, 404, 409, 413, 415, 422, 503) },
  }),
  finalize: createRoute({
    method: "post", path: "/v1/receipts/{id}/finalize", operationId: "finalizeReceipt", tags, security, parameters, summary: "Fiscalize and deliver",
    description:
      "Fiscalizes the receipt on the device and delivers it by `delivery`. `auto` chooses: paper for a customer who asked for it; " +
      "\"QR receipt: OK / Change\" (202) when the customer opened the display QR; the remembered choice; SMS or e-mail for an identified customer; otherwise paper. " +
      "A finalize retried after a lost answer returns the same fiscal document, with or without the key.",
    request: { params: ReceiptIdParams, query: ColumnsQuery, body: jsonBody(FinalizeSchema, { delivery: "sms", contact: { phone: "+48 600 100 200" } }) },
    responses: {
      200: replayable(ReceiptSchema, "The issued receipt; with `print` when delivered on paper"),
      202: replayable(ReceiptSchema, "The customer opened the display QR: `qr_choice` asks the till \"QR receipt: OK / Change\"; finalize again with `qr` or another channel"),
      ...problems("fiscalization", 400, 401, 404, 409, 413, 415, 422, 503),
    },
  }),
  copies: createRoute({
    method: "post", path: "/v1/receipts/{id}/copies", operationId: "createCopy", tags, security, parameters,
    summary: "A copy by print, SMS or e-mail, marked with how the original was issued",
    request: { params: ReceiptIdParams, query: ColumnsQuery, body: jsonBody(CopySchema, { channel: "email", contact: { email: "customer@example.com" } }) },
    responses: { 201: replayable(CopyCreatedSchema, "The copy"), ...problems("fiscalization", 400, 401, 404, 409, 413, 415, 422, 503) },
  }),
  returns: createRoute({
    method: "post", path: "/v1/receipts/{id}/returns", operationId: "createReturn", tags, security, parameters,
    summary: "A return (refund) as its own fiscal document referencing the sale",
    request: { params: ReceiptIdParams, query: ColumnsQuery, body: jsonBody(ReturnSchema, { lines: [{ line_id: "ln_q3Vx1YbR0cTfK9mN", quantity: "1" }], payments: [{ method: "cash", amount: 450 }] }) },
    responses: { 201: replayable(ReturnCreatedSchema, "The return document"), ...problems("fiscalization", 400, 401, 404, 409, 413, 415, 422, 503) },
  }),
  slip: createRoute({
    method: "post", path: "/v1/receipts/{id}/slips", operationId: "printSlip", tags, security, parameters,
    summary: "Print the open sale as a provisional (pro forma) or training receipt, which is not a receipt (SE, NO)",
    description:
      "Nothing is fiscalized and the receipt stays open: the device counts the print and its amount for the Z report, and the print is marked at top and bottom " +
      "as not a receipt for a purchase. In training mode, print the practice sale this way and then cancel it. Offered where the country's profile has them (Sweden, Norway); elsewhere 422.",
    request: { params: ReceiptIdParams, query: ColumnsQuery, body: jsonBody(SlipSchema, { kind: "provisional" }) },
    responses: { 201: replayable(SlipCreatedSchema, "The print"), ...problems("fiscalization", 400, 401, 404, 409, 413, 415, 422, 503) },
  }),
  cancel: createRoute({
    method: "post", path: "/v1/receipts/{id}/cancel", operationId: "cancelReceipt", tags, security, parameters, summary: "Cancel an open receipt (no fiscal document)",
    // A body is optional, but when sent it must be JSON: a malformed or text body is refused, not ignored.
    request: { params: ReceiptIdParams, body: { required: false, content: { "application/json": { schema: CancelSchema, example: { reason: "customer left" } } } } },
    responses: { 200: receiptAnswer, ...problems("receipts", 400, 401, 404, 409, 415, 422) },
  }),
  qr: createRoute({
    method: "get", path: "/v1/receipts/{id}/qr.svg", operationId: "getDisplayQr", tags, security, summary: "The customer-display QR (SVG) of the customer URL",
    request: { params: ReceiptIdParams },
    responses: { 200: { description: "SVG image", content: { "image/svg+xml": { schema: z.string() } } }, ...problems("receipts", 401, 404) },
  }),
};

/** An issued receipt's returns as its `GET` shows them: each return's link, and what is left to return. */
function returnsSummary(view: ReturnsView, receiptUrl: string) {
  return {
    items: view.returns.map(({ document, doc, channel }) => ({
      number: document.number,
      number_text: document.numberText,
      issued_at: document.issuedAt,
      total: doc.totals.total,
      channel,
      customer_url: `${receiptUrl}/returns/${document.number}/pdf`,
    })),
    amount_left: view.left.reduce((sum, l) => sum + l.amountLeft, 0),
    left: view.left.map((l) => ({ line_id: l.lineId, name: l.name, left: l.left, amount_left: l.amountLeft })),
  };
}

export function receiptRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  type Ctx = Parameters<Parameters<typeof app.openapi>[1]>[0];
  // The session built the answer from the same views the schemas describe; it is sent as it is (and kept as it is).
  const send = (_c: Ctx, answer: SessionAnswer): never =>
    new Response(answer.body, { status: answer.status, headers: { "content-type": answer.contentType, ...(answer.replayed && { "idempotent-replayed": "true" }) } }) as never;

  /** A command for an open receipt goes to its session; a receipt the database holds is answered from there. */
  async function command(c: Ctx, id: string, make: (terminal: TerminalContext) => SessionCommand, landed: (record: ReceiptRecord) => Promise<Response> | Response): Promise<never> {
    const terminal = c.get("terminal");
    const reply = await ports.sessions.run(id, make(terminal), c.get("idempotency"));
    if (reply.held) return send(c, reply.answer);
    return (await landed(await loadReceipt(ports, terminal, id))) as never;
  }
  // Lines and payments only go to an open receipt: one in the database is issued or cancelled.
  const notOpen = (record: ReceiptRecord): never => {
    assertOpen(record.receipt.status);
    throw notFound("Receipt");
  };

  /** Copies and returns are of receipts in the database; one still held by its session is not issued (yet). */
  async function issuedRecord(c: Ctx, id: string): Promise<ReceiptRecord> {
    const terminal = c.get("terminal");
    const record = await findReceipt(ports.database.db, terminal.merchantId, id);
    if (record) return record;
    const reply = await ports.sessions.run(id, { kind: "get", terminal });
    if (!reply.held) throw notFound("Receipt");
    const { status } = JSON.parse(reply.answer.body) as { status: string };
    throw new DomainError(
      "conflict",
      "receipt-not-issued",
      "Receipt not issued",
      status === "issued" ? "The receipt is issued and is being recorded; retry in a moment." : `The receipt is ${status}; only an issued receipt has copies and returns.`,
    );
  }

  app.openapi(routes.create, async (c) => {
    const terminal = c.get("terminal");
    const input = c.req.valid("json");
    const [merchant, store, profile, display] = await Promise.all([
      merchantOf(ports, terminal.merchantId),
      storeOf(ports, terminal.storeId),
      input.customer ? identify(ports, terminal.merchantId, input.customer) : null,
      hasDisplay(ports, terminal.terminalId),
    ]);
    const token = newToken(ports.random);
    const id = await receiptIdFor(token);
    const reply = await ports.sessions.run(id, { kind: "open", terminal, merchant, store, token, baseUrl: baseUrlOf(c, ports), display, input, profile }, c.get("idempotency"));
    if (!reply.held) throw new Error(`receipt ${id}: the session refused to open it`);
    return send(c, reply.answer);
  });

  app.openapi(routes.get, async (c) => {
    const { id } = c.req.valid("param");
    return command(c, id, (terminal) => ({ kind: "get", terminal }), async (record) => {
      const [events, returns] = await Promise.all([receiptEvents(ports.database.db, id), record.receipt.status === "issued" ? returnsOf(ports, record) : null]);
      return c.json({ ...receiptJson(record, events), ...(returns && { returns: returnsSummary(returns, customerUrl(record.receipt.baseUrl, record.receipt.token)) }) }, 200);
    });
  });

  app.openapi(routes.addLine, async (c) => {
    const { id } = c.req.valid("param");
    return command(c, id, (terminal) => ({ kind: "add_line", terminal, input: c.req.valid("json") }), notOpen);
  });

  app.openapi(routes.voidLine, async (c) => {
    const { id, line_id } = c.req.valid("param");
    return command(c, id, (terminal) => ({ kind: "void_line", terminal, lineId: line_id }), notOpen);
  });

  app.openapi(routes.addPayment, async (c) => {
    const { id } = c.req.valid("param");
    return command(c, id, (terminal) => ({ kind: "add_payment", terminal, input: c.req.valid("json") }), notOpen);
  });

  app.openapi(routes.confirmPayment, async (c) => {
    const { id, payment_id } = c.req.valid("param");
    // The body is optional (a bare confirm is the cashier's word alone); when sent it is validated.
    const input: z.infer<typeof ConfirmSchema> = c.req.valid("json") ?? {};
    return command(c, id, (terminal) => ({ kind: "confirm_payment", terminal, paymentId: payment_id, input }), notOpen);
  });

  app.openapi(routes.identify, async (c) => {
    const { id } = c.req.valid("param");
    const customer = c.req.valid("json");
    const terminal = c.get("terminal");
    const profile = await identify(ports, terminal.merchantId, customer);
    if (!profile) throw invalid("body", "name the customer by phone, email or loyalty_id");
    return command(c, id, () => ({ kind: "identify", terminal, customer, profile }), notOpen);
  });

  app.openapi(routes.answerOffer, async (c) => {
    const { id } = c.req.valid("param");
    const { answer } = c.req.valid("json");
    const columns = columnsOf(c.req.valid("query"));
    return command(c, id, (terminal) => ({ kind: "answer_offer", terminal, answer, columns }), notOpen);
  });

  app.openapi(routes.finalize, async (c) => {
    const { id } = c.req.valid("param");
    const columns = columnsOf(c.req.valid("query"));
    // A finalize retried after the receipt reached the database answers with the issued receipt.
    const request = c.req.valid("json");
    const profile = request.customer ? await identify(ports, c.get("terminal").merchantId, request.customer) : null;
    return command(c, id, (terminal) => ({ kind: "finalize", terminal, request, columns, profile }), (record) => {
      if (record.receipt.status !== "issued") assertOpen(record.receipt.status);
      const json = receiptJson(record);
      if (json.delivery?.channel !== "print") return c.json(json, 200);
      return c.json({ ...json, print: printOutput(receiptDocument(record), columns) }, 200);
    });
  });

  app.openapi(routes.copies, async (c) => {
    const { id } = c.req.valid("param");
    const terminal = c.get("terminal");
    const request = c.req.valid("json");
    const { deviceId } = (await issuedRecord(c, id)).receipt;
    const made = await ports.gate.run(deviceId, { kind: "copy", terminal, receiptId: id, request });
    const record = await loadReceipt(ports, terminal, id);
    const print = request.channel === "print" ? printOutput(receiptDocument(record), columnsOf(c.req.valid("query")), made.original) : undefined;
    return c.json({ copy: { ...made, channel: request.channel }, receipt: receiptJson(record), ...(print && { print }) }, 201);
  });

  app.openapi(routes.returns, async (c) => {
    const { id } = c.req.valid("param");
    const terminal = c.get("terminal");
    const record = await issuedRecord(c, id);
    const { receipt } = record;
    const { document, delivery } = await ports.gate.run(receipt.deviceId, { kind: "return", terminal, receiptId: id, request: c.req.valid("json") });
    const total = (JSON.parse(document.payload) as { total: number }).total;
    // The return is the customer's document too: printed like a receipt, or sent, and at a link of its own.
    const customer_url = `${customerUrl(receipt.baseUrl, receipt.token)}/returns/${document.number}/pdf`;
    const answer = { receipt_id: id, total, currency: receipt.currency, document: fiscalDocumentJson(document), customer_url, delivery };
    if (delivery.channel !== "print") return c.json(answer, 201);
    const doc = returnDocOf(record, document);
    if (!doc) throw new Error(`return ${document.number} of ${id} is not a return`);
    return c.json({ ...answer, print: printOutput(doc, columnsOf(c.req.valid("query"))) }, 201);
  });

  app.openapi(routes.slip, async (c) => {
    const { id } = c.req.valid("param");
    const { kind } = c.req.valid("json");
    return command(c, id, (terminal) => ({ kind: "slip", terminal, slip: kind, columns: columnsOf(c.req.valid("query")) }), notOpen);
  });

  app.openapi(routes.cancel, async (c) => {
    const { id } = c.req.valid("param");
    return command(c, id, (terminal) => ({ kind: "cancel", terminal }), (record) => {
      if (record.receipt.status !== "cancelled") assertOpen(record.receipt.status);
      return c.json(receiptJson(record), 200);
    });
  });

  app.openapi(routes.qr, async (c) => {
    const { id } = c.req.valid("param");
    const reply = await ports.sessions.run(id, { kind: "get", terminal: c.get("terminal") });
    const url = reply.held ? (JSON.parse(reply.answer.body) as { customer_url?: string }).customer_url : receiptJson(await loadReceipt(ports, c.get("terminal"), id)).customer_url;
    if (!url) throw notFound("Receipt");
    return c.body(customerDisplayQrSvg(url), 200, { "content-type": "image/svg+xml", "cache-control": "private, max-age=300" });
  });
}
