/**
 * Retention: after a receipt expires its PDF and the customer's personal data go; the fiscal
 * record stays (the law keeps it for years). Old idempotency keys go after a day.
 */
import { and, inArray, isNotNull, lte, or } from "drizzle-orm";
import { idempotencyKeys, receipts } from "../../db/schema";
import { eraseUnused } from "../customers/store";
import type { Ports } from "../ports";
import { purgeWebhooks } from "./webhooks";

const BATCH = 200;
const IDEMPOTENCY_TTL_MS = 86_400_000;

export async function purgeExpired(ports: Ports): Promise<{ receipts: number; pdfs: number; customers: number }> {
  const { db } = ports.database;
  const now = ports.clock();
  let purged = 0;
  let pdfs = 0;
  for (;;) {
    const expired = await db
      .select({ id: receipts.id, pdfKey: receipts.pdfKey })
      .from(receipts)
      .where(and(lte(receipts.expiresAt, now.toISOString()), or(isNotNull(receipts.pdfKey), isNotNull(receipts.customer))))
      .limit(BATCH)
      .all();
    if (expired.length === 0) break;
    const keys = expired.flatMap((r) => (r.pdfKey ? [r.pdfKey] : []));
    if (keys.length > 0) await ports.blobs.delete(keys);
    await db.update(receipts).set({ pdfKey: null, customer: null }).where(inArray(receipts.id, expired.map((r) => r.id)));
    purged += expired.length;
    pdfs += keys.length;
  }
  await db.delete(idempotencyKeys).where(lte(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS).toISOString()));
  // Customers not seen for as long as receipts are kept are erased too.
  const customers = await eraseUnused(ports, new Date(now.getTime() - ports.config.retentionDays * 86_400_000).toISOString());
  // Webhook messages carry no personal data, but their record need not outlive the receipts'.
  await purgeWebhooks(ports, new Date(now.getTime() - ports.config.retentionDays * 86_400_000).toISOString());
  ports.log.info("retention.purged", { receipts: purged, pdfs, customers });
  return { receipts: purged, pdfs, customers };
}
