/** What differs between the PL, SE, NO and RU devices: tolerances, limits and the words they print. */
import { DAY_MS, HOUR_MS } from "./time";
import type { DocumentKind, FiscalCountry, NonReceiptKind } from "./types";

/** Sales stop when either bound is passed; null = no bound of that kind. */
export interface OfflineLimit {
  /** Age of the oldest unacknowledged document. */
  maxAgeMs: number | null;
  /** Unacknowledged documents. */
  maxUnsent: number | null;
}

/** When a VAT rate may be used: dates are the receipt's local calendar day (YYYY-MM-DD), inclusive. */
export interface VatRule {
  from?: string;
  until?: string;
  /** RU: only taxpayers of these taxation systems may charge it. */
  taxSystems?: readonly string[];
}

export interface DeviceProfile {
  /** A till time further than this from the device clock is refused. */
  clockToleranceMs: number;
  offlineLimit: OfflineLimit;
  /** The word a copy carries. */
  copyMarking: string;
  /** Document titles: [printed, electronic]. */
  titles: Record<DocumentKind, readonly [string, string]>;
  /** Rates the device restricts by date or taxation system; other rates the host's profile checks. */
  vatRules: Readonly<Record<string, VatRule>>;
  /** RU: opening a shift is a fiscal document of its own (the shift-opening report). */
  shiftDocuments: boolean;
  /** How many copies of one receipt may be made (SE, NO: one); null = no limit. */
  maxCopies: number | null;
  /** Prints that are not receipts, which the device counts for its Z report (SE, NO). */
  nonReceipts: readonly NonReceiptKind[];
}

/** Every profile: a shift older than this blocks receipts until a Z report closes it (the RU rule). */
export const SHIFT_MAX_MS = DAY_MS;

export const PROFILES: Record<FiscalCountry, DeviceProfile> = {
  // Online cash register: transmits to the central repository; 48 h offline stops sales here.
  PL: {
    clockToleranceMs: 2 * 60_000,
    offlineLimit: { maxAgeMs: 48 * HOUR_MS, maxUnsent: null },
    copyMarking: "kopia",
    titles: {
      sale: ["paragon fiskalny", "e-paragon"],
      return: ["zwrot", "e-paragon: zwrot"],
      z_report: ["raport fiskalny dobowy", "raport fiskalny dobowy"],
      shift_open: ["otwarcie zmiany", "otwarcie zmiany"],
      correction: ["paragon korygujący", "paragon korygujący"],
      registration: ["fiskalizacja", "fiskalizacja"],
    },
    vatRules: {},
    shiftDocuments: false,
    maxCopies: null,
    nonReceipts: [],
  },
  // Control unit: keeps the data itself; the simulated operator link stops sales at 1000 unsent documents.
  SE: {
    clockToleranceMs: 5 * 60_000,
    offlineLimit: { maxAgeMs: null, maxUnsent: 1000 },
    copyMarking: "kopia",
    titles: {
      sale: ["kassakvitto", "elektroniskt kassakvitto"],
      return: ["returkvitto", "elektroniskt kassakvitto: retur"],
      z_report: ["z-dagrapport", "z-dagrapport"],
      shift_open: ["öppning", "öppning"],
      correction: ["korrigering", "korrigering"],
      registration: ["registrering", "registrering"],
    },
    vatRules: {},
    shiftDocuments: false,
    // SKVFS 2014:9: one copy of a receipt, registered in the control unit.
    maxCopies: 1,
    // Pro forma and training receipts are counted in the Z daily report.
    nonReceipts: ["provisional", "training"],
  },
  // Norway (kassasystemforskriften): like SE an unbroken serial per register; the e-bin is forbidden there.
  NO: {
    clockToleranceMs: 5 * 60_000,
    offlineLimit: { maxAgeMs: null, maxUnsent: 1000 },
    copyMarking: "kopi",
    titles: {
      sale: ["kvittering", "elektronisk kvittering"],
      return: ["returkvittering", "elektronisk returkvittering"],
      z_report: ["z-rapport", "z-rapport"],
      shift_open: ["åpning", "åpning"],
      correction: ["korrigering", "korrigering"],
      registration: ["registrering", "registrering"],
    },
    vatRules: {},
    shiftDocuments: false,
    // Kassasystemforskriften: only one copy of a receipt; "foreløpig" and training receipts are counted in the Z report.
    maxCopies: 1,
    nonReceipts: ["provisional", "training"],
  },
  // Fiscal drive: blocks after 30 days without the fiscal data operator's acknowledgement.
  RU: {
    clockToleranceMs: 5 * 60_000,
    offlineLimit: { maxAgeMs: 30 * DAY_MS, maxUnsent: null },
    copyMarking: "копия",
    titles: {
      sale: ["кассовый чек: приход", "электронный кассовый чек: приход"],
      return: ["кассовый чек: возврат прихода", "электронный кассовый чек: возврат прихода"],
      z_report: ["отчёт о закрытии смены", "отчёт о закрытии смены"],
      shift_open: ["отчёт об открытии смены", "отчёт об открытии смены"],
      correction: ["кассовый чек коррекции", "электронный кассовый чек коррекции"],
      registration: ["отчёт о регистрации", "отчёт о регистрации"],
    },
    // 20% until the end of 2025, 22% from 2026 (Federal Law 425-FZ); 5% and 7% are for simplified-tax payers only.
    vatRules: {
      "20": { until: "2025-12-31" },
      "22": { from: "2026-01-01" },
      "5": { taxSystems: ["usn_income", "usn_income_outcome"] },
      "7": { taxSystems: ["usn_income", "usn_income_outcome"] },
    },
    shiftDocuments: true,
    maxCopies: null,
    nonReceipts: [],
  },
};

export function documentTitle(country: FiscalCountry, kind: DocumentKind, printed: boolean): string {
  return PROFILES[country].titles[kind][printed ? 0 : 1];
}

/** Why the device refuses `rate` on a receipt of local day `date`, or null. */
export function vatRefusal(country: FiscalCountry, rate: string, date: string, taxSystem: string): string | null {
  const rule = PROFILES[country].vatRules[rate];
  if (!rule) return null;
  if (rule.from !== undefined && date < rule.from) return `VAT rate ${rate}% applies from ${rule.from}; the receipt is dated ${date}`;
  if (rule.until !== undefined && date > rule.until) return `VAT rate ${rate}% applied until ${rule.until}; the receipt is dated ${date}`;
  if (rule.taxSystems && !rule.taxSystems.includes(taxSystem)) return `VAT rate ${rate}% is for ${rule.taxSystems.join(" / ")} taxpayers; this device is registered for ${taxSystem}`;
  return null;
}
