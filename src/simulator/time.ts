/**
 * ISO 8601 instants without Date: parsing any offset, writing a wall time with its offset
 * (zone.ts picks the device's), and durations, in integer calendar maths every host computes alike.
 */
export interface WallTime {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

interface Parsed {
  wall: WallTime;
  fraction: string;
  offset: string;
}

function parse(iso: string): Parsed | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [, year = "", month = "", day = "", hour = "", minute = "", second = "00", fraction = "", offset = "Z"] = m;
  const mo = Number(month);
  const d = Number(day);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(Number(year), mo)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (offset !== "Z" && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4)) > 59)) return null;
  return { wall: { year, month, day, hour, minute, second }, fraction, offset };
}

export function parseIssuedAt(iso: string): WallTime | null {
  return parse(iso)?.wall ?? null;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Milliseconds since the epoch (sub-millisecond digits are dropped); null if not ISO 8601 with Z or an offset. */
export function instantMs(iso: string): number | null {
  const p = parse(iso);
  if (!p) return null;
  const { wall, fraction, offset } = p;
  const days = daysFromCivil(Number(wall.year), Number(wall.month), Number(wall.day));
  const ms = Number(fraction.padEnd(3, "0").slice(0, 3));
  const local = ((days * 24 + Number(wall.hour)) * 60 + Number(wall.minute)) * 60_000 + Number(wall.second) * 1000 + ms;
  if (offset === "Z") return local;
  const shift = (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4))) * 60_000;
  return offset.startsWith("-") ? local + shift : local - shift;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** The UTC instant as Date#toISOString writes it. */
export function isoFromMs(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const rest = ms - days * DAY_MS;
  const { year, month, day } = civilFromDays(days);
  const time = `${pad(Math.floor(rest / HOUR_MS))}:${pad(Math.floor(rest / 60_000) % 60)}:${pad(Math.floor(rest / 1000) % 60)}.${pad(rest % 1000, 3)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${time}Z`;
}

/** YYYYMMDDTHHMM, as the Russian receipt QR writes `t=`. */
export function compactMinute(t: WallTime): string {
  return `${t.year}${t.month}${t.day}T${t.hour}${t.minute}`;
}

/** "+0100" from "...+01:00", "+0000" from "...Z": the offset as a QR writes it. */
export function compactOffset(iso: string): string {
  const offset = parse(iso)?.offset ?? "Z";
  return offset === "Z" ? "+0000" : offset.replace(":", "");
}

/** YYYYMMDDTHHMMSS. */
export function compactSecond(t: WallTime): string {
  return `${compactMinute(t)}${t.second}`;
}

/** The instant as local wall time with its offset ("2026-11-26T10:05:43+03:00"), whole seconds. */
export function wallIso(ms: number, offsetMinutes: number): string {
  const utc = isoFromMs(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000);
  const abs = Math.abs(offsetMinutes);
  return `${utc.slice(0, 19)}${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
