/**
 * The device's local time: receipts print it, and the fiscal QR and payload carry the same
 * instant as printed, with its offset. Pure calendar rules, no time-zone database: Moscow has
 * kept UTC+3 since 2014; Warsaw, Stockholm and Oslo follow the EU summer-time rule.
 */
import { daysFromCivil, HOUR_MS, DAY_MS, wallIso, civilFromDays } from "./time";
import type { FiscalCountry } from "./types";

/** 01:00 UTC on the last Sunday of the month: when EU summer time starts (March) and ends (October). */
function lastSundayOneUtc(year: number, month: number): number {
  const next = month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
  const last = next - 1;
  // 1970-01-01 was a Thursday: (days + 4) mod 7 is the weekday, 0 = Sunday.
  const weekday = (((last + 4) % 7) + 7) % 7;
  return (last - weekday) * DAY_MS + HOUR_MS;
}

/** Minutes east of UTC in the country's zone at that instant. */
export function utcOffsetMinutes(country: FiscalCountry, ms: number): number {
  if (country === "RU") return 180;
  const { year } = civilFromDays(Math.floor(ms / DAY_MS));
  const summer = ms >= lastSundayOneUtc(year, 3) && ms < lastSundayOneUtc(year, 10);
  return summer ? 120 : 60;
}

/** The instant as the device prints it: local wall time with the offset. */
export function localIso(country: FiscalCountry, ms: number): string {
  return wallIso(ms, utcOffsetMinutes(country, ms));
}
