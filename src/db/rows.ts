/**
 * Insert statements for whole rows without drizzle's query builder on the hot path: the SQL text
 * of each table and column set is built once per isolate; values are encoded by the schema's own
 * columns (JSON, booleans), so the schema stays the one truth.
 */
import { getTableColumns, getTableName, type InferInsertModel } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { RawStatement } from "./database";

const texts = new Map<string, string>();

/** D1 binds at most 100 values to one statement. */
const MAX_PARAMS = 100;

export function insertRow<T extends SQLiteTable>(table: T, row: InferInsertModel<T>, onConflict = ""): RawStatement {
  return insertRows(table, [row], onConflict)[0]!;
}

/** Rows of the same shape in as few statements as the bound-value limit allows: each is a round trip's worth of work. */
export function insertRows<T extends SQLiteTable>(table: T, rows: InferInsertModel<T>[], onConflict = ""): RawStatement[] {
  const [first] = rows;
  if (!first) return [];
  const columns = getTableColumns(table);
  const keys = Object.keys(first).filter((key) => (first as Record<string, unknown>)[key] !== undefined && key in columns);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / keys.length));
  const statements: RawStatement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement) as Record<string, unknown>[];
    const params = chunk.flatMap((row) => keys.map((key) => (row[key] === null || row[key] === undefined ? null : columns[key]!.mapToDriverValue(row[key]))));
    statements.push({ sql: insertText(getTableName(table), keys.map((key) => columns[key]!.name), chunk.length, onConflict), params });
  }
  return statements;
}

function insertText(table: string, names: string[], rows: number, onConflict: string): string {
  const cacheKey = `${table}\u0000${names.join(",")}\u0000${rows}\u0000${onConflict}`;
  let sql = texts.get(cacheKey);
  if (!sql) {
    const row = `(${names.map(() => "?").join(", ")})`;
    sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) VALUES ${Array.from({ length: rows }, () => row).join(", ")}${onConflict && ` ${onConflict}`}`;
    texts.set(cacheKey, sql);
  }
  return sql;
}
