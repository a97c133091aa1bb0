/** GET /dev/outbox (dev mode only): every SMS and e-mail of test-mode merchants that would have been sent, newest first. */
import { and, desc, eq, isNull, notInArray } from "drizzle-orm";
import type { Hono } from "hono";
import { DomainError } from "../../core/errors";
import { findReceipt } from "../../db/receipts";
import { apiKeys, merchants, outbox } from "../../db/schema";
import type { AppEnv } from "../app";
import type { Ports } from "../ports";
import { loadPdf } from "../services/pdf";

type Row = typeof outbox.$inferSelect & { emailMode: "pdf" | "link" };

const attachmentsOf = (row: Row) =>
  row.channel === "email" && row.emailMode === "pdf" ? [{ filename: `receipt-${row.receiptId}.pdf`, url: `/dev/outbox/${row.id}/attachment` }] : [];

function OutboxPage(props: { rows: Row[] }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Dev outbox · eReceipt Edge</title>
        <style>{`body{font:14px system-ui,sans-serif;margin:2rem;max-width:60rem}article{border:1px solid #ddd;border-radius:8px;padding:1rem;margin:1rem 0}
pre{white-space:pre-wrap;background:#f7f7f7;padding:.5rem;border-radius:4px}.meta{color:#555}.failed{color:#b00}`}</style>
      </head>
      <body>
        <h1>Dev outbox</h1>
        <p class="meta">What would have been sent ({props.rows.length}); JSON: <code>Accept: application/json</code>.</p>
        {props.rows.map((row) => (
          <article data-id={row.id}>
            <div class={`meta ${row.status === "failed" ? "failed" : ""}`}>
              {row.channel.toUpperCase()} to {row.recipient ?? "(erased)"} · {row.status} · attempts {row.attempts} · receipt {row.receiptId}
              {row.copy > 0 ? ` · copy ${row.copy}` : ""} · {row.createdAt}
            </div>
            {row.subject ? <h3>{row.subject}</h3> : null}
            <pre>{row.body}</pre>
            {attachmentsOf(row).map((a) => (
              <a href={a.url}>{a.filename}</a>
            ))}
          </article>
        ))}
      </body>
    </html>
  );
}

/** The dev outbox is a test-mode tool: a merchant with a live key never shows up in it. */
const sandboxOnly = (db: Ports["database"]["db"]) =>
  notInArray(
    outbox.merchantId,
    db.select({ id: apiKeys.merchantId }).from(apiKeys).where(and(eq(apiKeys.mode, "live"), isNull(apiKeys.revokedAt))),
  );

export function devOutboxRoutes(app: Hono<AppEnv>, ports: Ports): void {
  app.use("/dev/*", async (_c, next) => {
    if (!ports.config.devMode) throw new DomainError("not_found", "no-route", "Not found", "The dev outbox exists only in dev mode.");
    await next();
  });

  app.get("/dev/outbox", async (c) => {
    const rows = await ports.database.db
      .select({ row: outbox, emailMode: merchants.emailMode })
      .from(outbox)
      .innerJoin(merchants, eq(merchants.id, outbox.merchantId))
      .where(sandboxOnly(ports.database.db))
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(200)
      .all();
    const list = rows.map(({ row, emailMode }) => ({ ...row, emailMode }));
    if (c.req.header("accept")?.includes("application/json") || c.req.query("format") === "json") {
      return c.json(
        list.map((row) => ({
          id: row.id,
          channel: row.channel,
          to: row.recipient,
          ...(row.subject !== null && { subject: row.subject }),
          body: row.body,
          attachments: attachmentsOf(row),
          status: row.status,
          attempts: row.attempts,
          copy: row.copy,
          receipt_id: row.receiptId,
          created_at: row.createdAt,
        })),
      );
    }
    return c.html(`<!doctype html>${(<OutboxPage rows={list} />).toString()}`);
  });

  app.get("/dev/outbox/:id/attachment", async (c) => {
    const row = await ports.database.db.select().from(outbox).where(and(eq(outbox.id, c.req.param("id")), sandboxOnly(ports.database.db))).get();
    const record = row && (await findReceipt(ports.database.db, row.merchantId, row.receiptId));
    if (!row || !record) throw new DomainError("not_found", "not-found", "Message not found", "No such message in the dev outbox.");
    const bytes = await loadPdf(ports, record);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { "content-type": "application/pdf", "content-disposition": `attachment; filename="receipt-${row.receiptId}.pdf"` });
  });
}
