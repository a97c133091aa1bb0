/**
 * Canonical JSON: object keys sorted by UTF-16 code units (as RFC 8785 does), no whitespace.
 * Anyone holding an exported payload can re-serialize it and get the same bytes, so a
 * signature over those bytes can be re-verified.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue | undefined };

export function canonicalJson(value: JsonValue): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") {
    // Integers only: float formatting is where hosts (and AssemblyScript) would disagree.
    if (!Number.isSafeInteger(value)) throw new RangeError(`canonical JSON takes safe integers only, got ${value}`);
    return Object.is(value, -0) ? "0" : String(value);
  }
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const parts: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item === undefined) continue; // as JSON.stringify does: absent and undefined are the same
    parts.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
  }
  return `{${parts.join(",")}}`;
}

/** Parses JSON into the JsonValue shape; null if the text is not JSON. */
export function parseJson(text: string): JsonValue | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed as JsonValue;
  } catch {
    return null;
  }
}
