/** Typed reads of parsed JSON: each returns null unless the value has exactly the expected type. */
import type { JsonValue } from "./canonical";

export type JsonObject = { [key: string]: JsonValue | undefined };

export function obj(v: JsonValue | undefined): JsonObject | null {
  return v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v) ? v : null;
}
export const str = (v: JsonValue | undefined): v is string => typeof v === "string";
export const int = (v: JsonValue | undefined): v is number => typeof v === "number" && Number.isSafeInteger(v);
export const bool = (v: JsonValue | undefined): v is boolean => typeof v === "boolean";

export function list<T>(v: JsonValue | undefined, read: (o: JsonObject) => T | null): T[] | null {
  if (!Array.isArray(v)) return null;
  const out: T[] = [];
  for (const item of v) {
    const o = obj(item);
    const r = o ? read(o) : null;
    if (r === null) return null;
    out.push(r);
  }
  return out;
}
