/** A receipt's returns as customer documents, and what is left to return. */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { notFound } from "../../core/errors";
import { formatQuantity } from "../../core/money";
import { renderReceiptPdf } from "../../render/pdf";
import type { AppEnv } from "../app";
import { fiscalDocumentJson } from "../fiscal-json";
import type { Ports } from "../ports";
import { ReceiptIdParams } from "../schemas";
import { printOutput } from "../services/print";
import { returnsView } from "../services/returns";
import { jsonContent, problems } from "./openapi";

const security = [{ bearer: [] }];
const tags = ["receipts"];
const ColumnsQuery = z.object({ columns: z.enum(["32", "42", "48"]).optional() });
const ReturnParams = ReceiptIdParams.extend({ number: z.coerce.number().int().min(1) });

const routes = {
  list: createRoute({
    method: "get", path: "/v1/receipts/{id}/returns", operationId: "listReturns", tags, security, summary: "The receipt's returns (each with its print text) and what is left to return",
    request: { params: ReceiptIdParams, query: ColumnsQuery },
    responses: { 200: jsonContent(z.record(z.string(), z.unknown()), "Returns and what is left"), ...problems("receipts", 401, 404) },
  }),
  pdf: createRoute({
    method: "get", path: "/v1/receipts/{id}/returns/{number}/pdf", operationId: "getReturnPdf", tags, security, summary: "A return as the customer's PDF",
    request: { params: ReturnParams },
    responses: { 200: { description: "The return document (80 mm roll)", content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } } }, ...problems("receipts", 401, 404) },
  }),
};

export function returnRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  app.openapi(routes.list, async (c) => {
    const { id } = c.req.valid("param");
    const columns = Number(c.req.valid("query").columns ?? 48) as 32 | 42 | 48;
    const view = await returnsView(ports, c.get("terminal"), id);
    return c.json(
      {
        receipt_id: view.receiptId,
        returns: view.returns.map(({ document, doc }) => ({
          number: document.number,
          number_text: document.numberText,
          issued_at: document.issuedAt,
          total: doc.totals.total,
          lines: doc.lines.map((l) => ({ name: l.name, quantity: formatQuantity(l.quantityMilli), amount: l.amount })),
          pdf_url: `/v1/receipts/${id}/returns/${document.number}/pdf`,
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
    const found = (await returnsView(ports, c.get("terminal"), id)).returns.find((r) => r.document.number === number);
    if (!found) throw notFound("Return");
    const bytes = await renderReceiptPdf(found.doc);
    return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": "application/pdf", "content-disposition": `inline; filename="return-${found.document.numberText}.pdf"` } });
  });
}
