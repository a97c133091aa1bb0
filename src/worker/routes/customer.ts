/** The customer's side: no auth, the 256-bit token in the link is the capability. */
import type { Hono } from "hono";
import { findReceiptByToken, type ReceiptRecord } from "../../db/receipts";
import { customerPage, gonePage, notFoundPage, pageLanguage } from "../../render/page";
import type { AppEnv } from "../app";
import { baseUrlOf } from "../base-url";
import { receiptIdFor } from "../ids";
import type { Ports } from "../ports";
import { loadPdf } from "../services/pdf";
import { recordVisit } from "../services/receipts";
import { receiptDocument } from "../views";
import { renderReceiptPdf } from "../../render/pdf";
import { returnDocOf, returnDocuments, returnOf } from "../services/return-documents";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const noStore = { "cache-control": "no-store", "referrer-policy": "no-referrer", "x-robots-tag": "noindex" };

/** `held`: the record came from the receipt's session (open, or issued and not yet recorded). */
type Found = { record: ReceiptRecord; held: boolean } | { page: Response };

export function customerRoutes(app: Hono<AppEnv>, ports: Ports): void {
  /** An open (or just issued) receipt is held by its session, found from the token alone; the rest is in the database. */
  async function find(token: string, acceptLanguage: string | undefined, visit = false): Promise<Found> {
    const wellFormed = TOKEN.test(token);
    const fromSession = wellFormed ? await ports.sessions.view(await receiptIdFor(token), token, visit) : null;
    const record = fromSession ?? (wellFormed ? await findReceiptByToken(ports.database.db, token) : null);
    if (!record) return { page: new Response(notFoundPage(pageLanguage(acceptLanguage)), { status: 404, headers: { "content-type": "text/html; charset=utf-8", ...noStore } }) };
    const { expiresAt } = record.receipt;
    if (expiresAt && expiresAt <= ports.clock().toISOString()) {
      const lang = receiptDocument(record).profile.language;
      return { page: new Response(gonePage(lang, ports.config.retentionDays), { status: 410, headers: { "content-type": "text/html; charset=utf-8", ...noStore } }) };
    }
    return { record, held: fromSession !== null };
  }

  app.get("/r/:token", async (c) => {
    const found = await find(c.req.param("token"), c.req.header("accept-language"), true);
    if ("page" in found) return found.page;
    await recordVisit(ports, found.record);
    const token = c.req.param("token");
    const base = `${baseUrlOf(c, ports)}/r/${token}`;
    const { receipt } = found.record;
    // Returns exist only for a receipt the database holds; one still in its session has none.
    const returns = receipt.status === "issued" && !found.held ? await returnDocuments(ports, receipt.id) : [];
    const html = customerPage({
      doc: receiptDocument(found.record),
      returns: returns.flatMap((d) => {
        const doc = returnDocOf(found.record, d);
        return doc ? [{ numberText: d.numberText, total: doc.totals.total, pdfUrl: `${base}/returns/${d.number}/pdf` }] : [];
      }),
      token,
      pdfUrl: `${base}/pdf`,
      eventsUrl: `${base}/events`,
      statusUrl: `${base}/status`,
    });
    return c.html(html, 200, noStore);
  });

  app.get("/r/:token/status", async (c) => {
    const found = await find(c.req.param("token"), c.req.header("accept-language"));
    if ("page" in found) return c.json({ status: found.page.status === 410 ? "expired" : "unknown" }, found.page.status as 404 | 410, noStore);
    return c.json({ status: found.record.receipt.status }, 200, noStore);
  });

  app.get("/r/:token/pdf", async (c) => {
    const found = await find(c.req.param("token"), c.req.header("accept-language"));
    if ("page" in found) return found.page;
    const { record } = found;
    if (record.receipt.status !== "issued") return c.redirect(`/r/${c.req.param("token")}`, 303);
    const bytes = await loadPdf(ports, record);
    const name = `receipt-${record.fiscal?.numberText ?? record.receipt.id}.pdf`;
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${name}"`,
      ...noStore,
    });
  });

  /** A return is the customer's document too: its PDF under the sale's link. */
  app.get("/r/:token/returns/:number/pdf", async (c) => {
    const found = await find(c.req.param("token"), c.req.header("accept-language"));
    if ("page" in found) return found.page;
    const { receipt } = found.record;
    const number = Number(c.req.param("number"));
    const made = receipt.status === "issued" && Number.isInteger(number) ? await returnOf(ports, found.record, number) : null;
    if (!made) return new Response(notFoundPage(pageLanguage(c.req.header("accept-language"))), { status: 404, headers: { "content-type": "text/html; charset=utf-8", ...noStore } });
    const bytes = await renderReceiptPdf(made.doc);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { "content-type": "application/pdf", "content-disposition": `attachment; filename="return-${made.document.numberText}.pdf"`, ...noStore });
  });

  app.get("/r/:token/events", async (c) => {
    const found = await find(c.req.param("token"), c.req.header("accept-language"));
    if ("page" in found) return found.page;
    return ports.sessions.connect(found.record.receipt.id, c.req.raw);
  });
}
