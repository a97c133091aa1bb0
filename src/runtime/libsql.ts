/** The self-hosted database: an embedded libsql file, migrated with the same SQL as D1. */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { Database } from "../db/database";
import * as schema from "../db/schema";

const MIGRATIONS = fileURLToPath(new URL("../../migrations", import.meta.url));

export async function openLibsql(file: string): Promise<{ database: Database; client: Client }> {
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  const client = createClient({ url: `file:${path}` });
  // WAL lets readers go on while the single writer commits; the busy timeout rides out short locks.
  await client.execute("PRAGMA journal_mode = WAL");
  await client.execute("PRAGMA busy_timeout = 5000");
  await client.execute("PRAGMA foreign_keys = ON");
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return {
    client,
    database: {
      db,
      async batch(statements) {
        await db.batch(statements);
      },
    },
  };
}
