/** Merchants and stores hardly change: read once a minute per isolate, not on every request. */
import { eq } from "drizzle-orm";
import { notFound } from "../../core/errors";
import { merchants, stores } from "../../db/schema";
import { cachePerDatabase } from "../cache";
import type { Ports } from "../ports";

const TTL_MS = 60_000;
const merchantRows = cachePerDatabase<typeof merchants.$inferSelect | undefined>(TTL_MS);
const storeRows = cachePerDatabase<typeof stores.$inferSelect | undefined>(TTL_MS);

export async function merchantOf(ports: Ports, merchantId: string): Promise<typeof merchants.$inferSelect> {
  const row = await merchantRows(ports.database).get(merchantId, () => ports.database.db.select().from(merchants).where(eq(merchants.id, merchantId)).get());
  if (!row) throw notFound("Merchant");
  return row;
}

export async function storeOf(ports: Ports, storeId: string): Promise<typeof stores.$inferSelect> {
  const row = await storeRows(ports.database).get(storeId, () => ports.database.db.select().from(stores).where(eq(stores.id, storeId)).get());
  if (!row) throw notFound("Store");
  return row;
}

/** After an admin change: this isolate reads the row again on its next use. */
export const forgetMerchant = (ports: Ports, merchantId: string) => merchantRows(ports.database).delete(merchantId);
export const forgetStore = (ports: Ports, storeId: string) => storeRows(ports.database).delete(storeId);
