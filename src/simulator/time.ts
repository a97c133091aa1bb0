/**
 * Reads the wall-clock digits out of an ISO 8601 `issuedAt` without Date: the receipt shows
 * the time as the injected clock wrote it (with its offset), so no timezone maths happens here.
 */
export interface WallTime {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function parseIssuedAt(iso: string): WallTime | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [, year = "", month = "", day = "", hour = "", minute = "", second = "00"] = m;
  const mo = Number(month);
  const d = Number(day);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  return { year, month, day, hour, minute, second };
}

/** YYYYMMDDTHHMM, as the Russian receipt QR writes `t=`. */
export function compactMinute(t: WallTime): string {
  return `${t.year}${t.month}${t.day}T${t.hour}${t.minute}`;
}

/** YYYYMMDDTHHMMSS. */
export function compactSecond(t: WallTime): string {
  return `${compactMinute(t)}${t.second}`;
}
