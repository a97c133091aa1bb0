/** The resolved view of a receipt that every renderer (PDF, print text, customer page) reads. */
import type { CountryProfile } from "./profiles";
import type { Line, Payment, ReceiptStatus, Totals } from "./receipt";

export interface MerchantInfo {
  name: string;
  address: string;
  taxId: string;
  storeName: string;
}

/** What the fiscal device recorded; `signature` and `hash` are base64url / hex text. */
export interface FiscalSummary {
  deviceId: string;
  deviceSerial: string;
  number: number;
  /** The number as printed, e.g. "000123" or "0001/2026-11-22". */
  numberText: string;
  issuedAt: string;
  signature: string;
  hash: string;
  prevHash: string;
  qrPayload: string;
  /** false for "fiscalized without print" (electronic receipts). */
  printed: boolean;
  /**
   * The signed payload (canonical JSON) the device issued: where the renderers read what each
   * country prints besides the above (cashier, register and registration numbers, shift, RU
   * line tags, buyer contact or NIP, return or sale). Absent: only the fields above are printed.
   */
  payload?: string;
}

export interface ReceiptDocument {
  id: string;
  status: ReceiptStatus;
  profile: CountryProfile;
  merchant: MerchantInfo;
  createdAt: string;
  /** Lines in till order; voided lines are kept and marked. */
  lines: Line[];
  payments: Payment[];
  totals: Totals;
  /** True when the customer gets it electronically: marked "e-receipt" on every rendering. */
  electronic: boolean;
  fiscal: FiscalSummary | null;
  customerUrl: string;
  /** Messages to the receipt, printed under a paper receipt (never on its copies). */
  messages?: readonly string[];
}
