/** A receipt's returns as customer documents: listed with how each was handed over, their PDFs and copies. */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { notFound } from "../../core/errors";
import { formatQuantity } from "../../core/money";
import { renderReceiptPdf } from "../../render/pdf";
import type { AppEnv } from "../app";
import { fiscalDocumentJson } from "../fiscal-json";
import type { Ports } from "../ports";
import { ColumnsQuery, columnsOf, CopySchema, ReceiptIdParams, ReturnCopyCreatedSchema } from "../schemas";
import { printOutput } from "../services/print";
import { loadReceipt } from "../services/receipts";
import { returnOf, returnsOf } from "../services/return-documents";
import { customerUrl } from "../views";
import { bearer, idempotencyKey, jsonBody, jsonContent, problems, replayable } from "./openapi";

const security = bearer;
const tags = ["receipts"];
const ReturnParams = ReceiptIdParams.extend({ number: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).openapi({ description: "The return's fiscal document number" }) });

const routes = {
  list: createRoute({
    method: "get", path: "/v1/receipts/{id}/returns", operationId: "listReturns", tags, security,
    summary: "The receipt's returns (each with its print text, delivery and copies) and what is left to return",
    request: { params: ReceiptIdParams, query: ColumnsQuery },
    responses: { 200: jsonContent(z.record(z.string(), z.unknown()), "Returns and what is left"), ...problems("receipts", 401, 404) },
  }),
  pdf: createRoute({
    method: "get", path: "/v1/receipts/{id}/returns/{number}/pdf", operationId: "getReturnPdf", tags, security, summary: "A return as the customer's PDF",
    request: { params: ReturnParams },
    responses: { 200: { description: "The return document (80 mm roll)", content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } } }, ...problems("receipts", 401, 404) },
  }),
  copy: createRoute({
    method: "post", path: "/v1/receipts/{id}/returns/{number}/copies", operationId: "createReturnCopy", tags, security, parameters: idempotencyKey,
    summary: "A copy of a return by print, SMS or e-mail, marked with how the return was issued",
    description: "Counted by the fiscal device like a receipt's copy; in Sweden and Norway one copy of each return can be made.",
    request: { params: ReturnParams, query: ColumnsQuery, body: jsonBody(CopySchema, { channel: "print" }) },
    responses: { 201: replayable(ReturnCopyCreatedSchema, "The copy"), ...problems("fiscalization", 400, 401, 404, 409, 413, 415, 422, 503) },
  }),
};

export function returnRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  app.openapi(routes.list, async (c) => {
    const { id } = c.req.valid("param");
    const columns = columnsOf(c.req.valid("query"));
    const view = await returnsOf(ports, await loadReceipt(ports, c.get("terminal"), id));
    return c.json(
      {
        receipt_id: view.receiptId,
        returns: view.returns.map(({ document, doc, channel, messages, copies }) => ({
          number: document.number,
          number_text: document.numberText,
          issued_at: document.issuedAt,
          total: doc.totals.total,
          lines: doc.lines.map((l) => ({ name: l.name, quantity: formatQuantity(l.quantityMilli), amount: l.amount })),
          pdf_url: `/v1/receipts/${id}/returns/${document.number}/pdf`,
          delivery: { channel, messages: messages.map((m) => ({ id: m.id, channel: m.channel, copy: m.copy, status: m.status, attempts: m.attempts })) },
          copies,
          document: fiscalDocumentJson(document),
          print: printOutput(doc, columns),
        })),
        left: view.left.map((l) => ({ line_id: l.lineId, name: l.name, sold: l.sold, returned: l.returned, left: l.left, amount_left: l.amountLeft })),
        amount_left: view.left.reduce((s, l) => s + l.amountLeft, 0),
      },
      200,
    );
  });

  app.openapi(routes.pdf, async (c) => {
    const { id, number } = c.req.valid("param");
    const found = await returnOf(ports, await loadReceipt(ports, c.get("terminal"), id), number);
    if (!found) throw notFound("Return");
    const bytes = await renderReceiptPdf(found.doc);
    return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="return-${found.document.numberText}.pdf"` } });
  });

  app.openapi(routes.copy, async (c) => {
    const { id, number } = c.req.valid("param");
    const terminal = c.get("terminal");
    const request = c.req.valid("json");
    const record = await loadReceipt(ports, terminal, id);
    const made = await ports.gate.run(record.receipt.deviceId, { kind: "return_copy", terminal, receiptId: id, returnNumber: number, request });
    const customer_url = `${customerUrl(record.receipt.baseUrl, record.receipt.token)}/returns/${number}/pdf`;
    const answer = { copy: { ...made, channel: request.channel }, receipt_id: id, return_number: number, customer_url };
    if (request.channel !== "print") return c.json(answer, 201);
    const doc = (await returnOf(ports, record, number))?.doc;
    if (!doc) throw notFound("Return");
    return c.json({ ...answer, print: printOutput(doc, columnsOf(c.req.valid("query")), made.original) }, 201);
  });
}
