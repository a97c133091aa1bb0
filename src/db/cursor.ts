/** Opaque page cursors for "newest first" lists: the last row's (time, id), so inserts never shift a page. */
import { base64url } from "jose";
import { invalid } from "../core/errors";

export interface Cursor {
  at: string;
  id: string;
}

export const encodeCursor = (cursor: Cursor): string => base64url.encode(JSON.stringify([cursor.at, cursor.id]));

export function decodeCursor(text: string | undefined): Cursor | null {
  if (text === undefined || text === "") return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(base64url.decode(text)));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string") return { at: value[0], id: value[1] };
  } catch {
    // falls through to the problem below
  }
  throw invalid("cursor", "is not a cursor this API gave out; start again without it");
}

/** One page of `limit` from `limit + 1` rows read: the extra row only says there is more. */
export function pageFrom<T>(rows: T[], limit: number, cursorOf: (row: T) => Cursor): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
