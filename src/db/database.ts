/** The database port: drizzle over D1 (Workers) or libsql (Deno/Node), plus an atomic batch. */
import type { BatchItem } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema";

export type Db = BaseSQLiteDatabase<"async", unknown, typeof schema>;
export type Statement = BatchItem<"sqlite">;

export interface Database {
  db: Db;
  /** Runs all statements in one transaction: all apply or none do (D1 batch / libsql write batch). */
  batch(statements: [Statement, ...Statement[]]): Promise<void>;
}
