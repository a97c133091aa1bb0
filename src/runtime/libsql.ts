/** The self-hosted database: an embedded libsql file, migrated with the same SQL as D1. */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type Client, type InArgs } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { Database, RawStatement } from "../db/database";
import * as schema from "../db/schema";

const MIGRATIONS = fileURLToPath(new URL("../../migrations", import.meta.url));

export interface LocalDatabase extends Database {
  /**
   * Durability per write: fiscal documents and issued receipts are synced to disk before they
   * are acknowledged (synchronous=FULL), because they are what the law keeps and the till was
   * told. Every other write (a scanned line, a payment, an outbox attempt) uses the WAL default
   * synchronous=NORMAL: it survives the process being killed, and only a power cut can lose the
   * last of them, where the till has not printed anything yet — without an fsync per scanned item.
   */
  batchRaw(statements: RawStatement[], options?: { synced?: boolean }): Promise<void>;
}

/**
 * @libsql/client opens another connection whenever two calls overlap (its pool hands out a new
 * one while the first is borrowed across an await), and a new connection has none of the pragmas
 * below. Its calls run synchronously anyway, so queueing them costs nothing and keeps every
 * statement on the one connection that has them.
 */
function oneConnection(client: Client): Client {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => (...args: A): Promise<R> => {
    const run = queue.then(() => call(...args));
    queue = run.catch(() => undefined);
    return run;
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      return property === "execute" || property === "batch" || property === "executeMultiple" ? serial(bound as (...args: unknown[]) => Promise<unknown>) : bound;
    },
  });
}

export async function openLibsql(file: string): Promise<{ database: LocalDatabase; client: Client }> {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  const client = oneConnection(createClient({ url: `file:${path}` }));
  // WAL lets readers go on while the single writer commits; the busy timeout rides out short locks.
  await client.execute("PRAGMA journal_mode = WAL");
  await client.execute("PRAGMA synchronous = NORMAL");
  await client.execute("PRAGMA busy_timeout = 5000");
  await client.execute("PRAGMA foreign_keys = ON");
  // Deleted rows are overwritten, not left in free pages: an open receipt's customer data, an erased customer.
  await client.execute("PRAGMA secure_delete = ON");
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  // Writers that asked for a synced commit; the connection is FULL while any of them is under way.
  let synced = 0;
  return {
    client,
    database: {
      db,
      async batch(statements) {
        await db.batch(statements);
      },
      async batchRaw(statements, options) {
        if (statements.length === 0) return;
        const sync = options?.synced === true;
        if (sync && synced++ === 0) await client.execute("PRAGMA synchronous = FULL");
        try {
          // One statement commits on its own; a batch needs its own transaction.
          const [only] = statements;
          if (statements.length === 1 && only) await client.execute({ sql: only.sql, args: only.params as InArgs });
          else await client.batch(statements.map(({ sql, params }) => ({ sql, args: params as InArgs })), "write");
        } finally {
          if (sync && --synced === 0) await client.execute("PRAGMA synchronous = NORMAL");
        }
      },
    },
  };
}
