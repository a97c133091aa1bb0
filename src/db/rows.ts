/**
 * Insert statements for whole rows without drizzle's query builder on the hot path: the SQL text
 * of each table and column set is built once per isolate; values are encoded by the schema's own
 * columns (JSON, booleans), so the schema stays the one truth.
 */
import { getTableColumns, getTableName, type InferInsertModel } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { RawStatement } from "./database";

const texts = new Map<string, string>();

export function insertRow<T extends SQLiteTable>(table: T, row: InferInsertModel<T>, onConflict = ""): RawStatement {
  const columns = getTableColumns(table);
  const values = row as Record<string, unknown>;
  const keys = Object.keys(values).filter((key) => values[key] !== undefined && key in columns);
  const name = getTableName(table);
  const cacheKey = `${name}\u0000${keys.join(",")}\u0000${onConflict}`;
  let sql = texts.get(cacheKey);
  if (!sql) {
    const names = keys.map((key) => `"${columns[key]!.name}"`).join(", ");
    sql = `INSERT INTO "${name}" (${names}) VALUES (${keys.map(() => "?").join(", ")})${onConflict && ` ${onConflict}`}`;
    texts.set(cacheKey, sql);
  }
  const params = keys.map((key) => (values[key] === null ? null : columns[key]!.mapToDriverValue(values[key])));
  return { sql, params };
}
