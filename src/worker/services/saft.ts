/** Norway: a device's journal for a period as a SAF-T Cash Register file (kassasystemforskriften). */
import { and, asc, eq, gte, lt } from "drizzle-orm";
import { DomainError, invalid, notFound } from "../../core/errors";
import { profileFor } from "../../core/profiles";
import { fiscalDocuments, slips } from "../../db/schema";
import { saftCashRegisterXml } from "../../render/saft-no";
import { localIso, restoreState } from "../../simulator";
import type { TerminalContext } from "../auth";
import type { Ports } from "../ports";
import { deviceRow, fiscalDocumentOf, stateFromRow } from "./device";
import { merchantInfo } from "./reports";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366;

/** The day `days` after `date` (YYYY-MM-DD). */
function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** The day after `date`, for an exclusive upper bound. */
const nextDay = (date: string) => shiftDay(date, 1);
const dayBefore = (date: string) => shiftDay(date, -1);

export async function saftExport(ports: Ports, terminal: TerminalContext, deviceId: string, from: string, to: string): Promise<string> {
  if (!DATE.test(from) || Number.isNaN(Date.parse(from))) throw invalid("from", "must be a date YYYY-MM-DD");
  if (!DATE.test(to) || Number.isNaN(Date.parse(to))) throw invalid("to", "must be a date YYYY-MM-DD");
  if (to < from) throw invalid("to", "must not be before from");
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_DAYS) throw invalid("to", `a period is at most ${MAX_DAYS} days`);
  const device = await deviceRow(ports, deviceId);
  if (device?.merchantId !== terminal.merchantId) throw notFound("Device");
  if (device.country !== "NO") {
    throw new DomainError("conflict", "saf-t-norway-only", "SAF-T Cash Register is Norwegian", "The SAF-T Cash Register export exists for Norwegian devices only.");
  }
  // Documents carry their local time ("2026-11-22T10:00:00+01:00"): the date prefix is the local day.
  const rows = await ports.database.db
    .select()
    .from(fiscalDocuments)
    .where(and(eq(fiscalDocuments.deviceId, deviceId), gte(fiscalDocuments.issuedAt, from), lt(fiscalDocuments.issuedAt, nextDay(to))))
    .orderBy(asc(fiscalDocuments.number))
    .all();
  // Provisional and training prints are kept in UTC: the local days of the period lie within a day of it.
  const printed = await ports.database.db
    .select()
    .from(slips)
    .where(and(eq(slips.deviceId, deviceId), gte(slips.printedAt, dayBefore(from)), lt(slips.printedAt, nextDay(nextDay(to)))))
    .orderBy(asc(slips.printedAt))
    .all();
  const inPeriod = printed.flatMap(({ kind, printedAt, receiptId, amount }) => {
    const local = localIso("NO", Date.parse(printedAt));
    const day = local.slice(0, 10);
    return day < from || day > to ? [] : [{ kind, at: local, receiptId, amount }];
  });
  return saftCashRegisterXml({
    profile: profileFor("NO"),
    merchant: await merchantInfo(ports, terminal),
    // Registration never changes after it: the row's copy of the state is enough here.
    registerId: restoreState(stateFromRow(device)).registration.registerNumber,
    from,
    to,
    createdAt: localIso("NO", ports.clock().getTime()),
    documents: rows.map(fiscalDocumentOf),
    slips: inPeriod,
  });
}
