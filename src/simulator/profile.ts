/** What differs between the PL, SE, NO and RU devices: tolerances, limits and the words they print. */
import { DAY_MS, HOUR_MS } from "./time";
import type { DocumentKind, FiscalCountry } from "./types";

/** Sales stop when either bound is passed; null = no bound of that kind. */
export interface OfflineLimit {
  /** Age of the oldest unacknowledged document. */
  maxAgeMs: number | null;
  /** Unacknowledged documents. */
  maxUnsent: number | null;
}

export interface DeviceProfile {
  /** A till time further than this from the device clock is refused. */
  clockToleranceMs: number;
  offlineLimit: OfflineLimit;
  /** The word a copy carries. */
  copyMarking: string;
  /** Document titles: [printed, electronic]. */
  titles: Record<DocumentKind, readonly [string, string]>;
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
    },
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
    },
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
    },
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
    },
  },
};

export function documentTitle(country: FiscalCountry, kind: DocumentKind, printed: boolean): string {
  return PROFILES[country].titles[kind][printed ? 0 : 1];
}
