/** The database port: drizzle over D1 (Workers) or libsql (Deno/Node), plus atomic batches. */
import type { BatchItem } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema";

export type Db = BaseSQLiteDatabase<"async", unknown, typeof schema>;
export type Statement = BatchItem<"sqlite">;

/**
 * A statement as SQL text and driver values: plain data, so a write can be kept in a Durable
 * Object's storage and retried exactly as it was first built.
 */
export interface RawStatement {
  sql: string;
  params: unknown[];
}

export interface Database {
  db: Db;
  /** Runs all statements in one transaction: all apply or none do (D1 batch / libsql write batch). */
  batch(statements: [Statement, ...Statement[]]): Promise<void>;
  /** The same for statements kept as plain data. */
  batchRaw(statements: RawStatement[]): Promise<void>;
  /** Round trips made so far by this isolate, where the host counts them (D1). */
  calls?(): number;
}

export const toRaw = (statement: Statement): RawStatement => {
  const { sql, params } = (statement as unknown as { toSQL(): { sql: string; params: unknown[] } }).toSQL();
  return { sql, params };
};
