/**
 * Open receipts on a single node: each held in memory by its session and written through to
 * libsql (one statement per change) before the till is answered; after a restart a session
 * reads its row back on first use, and the sweep picks up receipts with work due.
 */
import { eq, lte, sql } from "drizzle-orm";
import { openReceipts } from "../db/schema";
import type { Ports, ReceiptSessions } from "../worker/ports";
import { ReceiptSessionCore } from "../worker/session/core";
import type { SessionState } from "../worker/session/state";
import type { SessionStorage } from "../worker/session/storage";
import type { LocalDatabase } from "./libsql";
import type { LiveHub } from "./live-hub";
import { FORGET_OPEN } from "./local-devices";

/** Answers kept for Idempotency-Key retries after the receipt is in the database: memory is the bound here. */
export const LOCAL_ANSWER_TTL_MS = 10 * 60_000;

export function localSessions(database: LocalDatabase, hub: LiveHub, ports: () => Ports): ReceiptSessions & { due(receiptId: string): Promise<Date | null>; sweep(): Promise<void> } {
  const { db } = database;
  const sessions = new Map<string, ReceiptSessionCore>();
  const load = db.select({ state: openReceipts.state }).from(openReceipts).where(eq(openReceipts.id, sql.placeholder("id"))).prepare();

  const storage = (receiptId: string): SessionStorage => ({
    async load() {
      const row = await load.get({ id: receiptId });
      return row ? (JSON.parse(row.state) as SessionState) : null;
    },
    async save(state) {
      if (!state) sessions.delete(receiptId);
      if (!state) return;
      // In the database now (an issued receipt's row left in the device's transaction already): what stays is in memory.
      if (state.landedAt) return database.batchRaw([{ sql: FORGET_OPEN, params: [receiptId] }]);
      const dueAt = state.finalizing || state.unwritten ? new Date(0).toISOString() : state.receipt.qrChoiceUntil;
      const row = { id: receiptId, state: JSON.stringify(state), dueAt };
      await database.batchRaw([
        { sql: "INSERT INTO open_receipts (id, state, due_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, due_at = excluded.due_at", params: [row.id, row.state, row.dueAt] },
      ]);
    },
    schedule: async (at) => hub.wake(receiptId, at),
    publish: async (message) => hub.publish(receiptId, message),
  });

  const session = (receiptId: string): ReceiptSessionCore => {
    let core = sessions.get(receiptId);
    if (!core) {
      core = new ReceiptSessionCore(ports(), storage(receiptId), receiptId, LOCAL_ANSWER_TTL_MS);
      sessions.set(receiptId, core);
    }
    return core;
  };

  return {
    run: (receiptId, command, claim) => session(receiptId).run(command, claim),
    view: (receiptId, token, visit) => session(receiptId).view(token, visit),
    connect: async (receiptId, request) => hub.connect(receiptId, request),
    wake: async (receiptId, at) => hub.wake(receiptId, at),
    due: (receiptId) => session(receiptId).due(),
    /** After a restart: receipts whose QR offer ran out or whose finalize was interrupted. */
    async sweep() {
      const due = await db.select({ id: openReceipts.id }).from(openReceipts).where(lte(openReceipts.dueAt, ports().clock().toISOString())).limit(100).all();
      for (const { id } of due) hub.wake(id, new Date());
    },
  };
}
