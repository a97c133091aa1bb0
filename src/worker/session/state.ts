/**
 * An open receipt as its session holds it: everything the till has been told is stored, in the
 * shape the database will take it once the receipt is issued or cancelled.
 */
import type { Line, Payment } from "../../core/receipt";
import type { RawStatement } from "../../db/database";
import type { FiscalRow, ReceiptRecord, ReceiptRow } from "../../db/receipts";
import type { merchants, stores } from "../../db/schema";
import type { Channel } from "../../core/delivery";
import type { SaleRequest } from "../../simulator";
import type { CustomerProfile } from "../customers/profile";

export interface SessionEvent {
  type: string;
  at: string;
  data: Record<string, unknown>;
}

/** An answer kept for an Idempotency-Key, replayed byte for byte. */
export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: string;
  at: string;
}

/** What a finalize decided before it asked the device; kept so an interrupted finalize resumes the same. */
export interface FinalizePlan {
  sale: SaleRequest;
  delivery: { channel: string; electronic: boolean; reason: string; recipient: string | null };
  /** The customer asked the till to remember this channel. */
  remember: boolean;
}

export interface SessionState {
  receipt: ReceiptRow;
  merchant: typeof merchants.$inferSelect;
  store: typeof stores.$inferSelect;
  lines: Line[];
  payments: Payment[];
  fiscal: FiscalRow | null;
  /** The fiscal data operator's acknowledgement of the sale document, when it came with it. */
  operatorAck: ReceiptRecord["operatorAck"];
  events: SessionEvent[];
  answers: Record<string, StoredAnswer>;
  /** The identified customer (personal data: dropped once the receipt is in the database). */
  customer: CustomerProfile | null;
  /** What the till was offered ("OK / Change"): the channel and where it goes; the end is receipt.qrChoiceUntil. */
  offer: { channel: Channel; recipient: string | null } | null;
  /** Set while the device is (or may be) fiscalizing this receipt. */
  finalizing: FinalizePlan | null;
  /** The issued or cancelled receipt's write, while the database does not have it yet. */
  unwritten: RawStatement[] | null;
  /** When the database took the receipt; from then on only the kept answers are served from here. */
  landedAt: string | null;
}

export const recordOf = (state: SessionState): ReceiptRecord => ({
  receipt: state.receipt,
  merchant: state.merchant,
  store: state.store,
  lines: state.lines,
  payments: state.payments,
  fiscal: state.fiscal,
  operatorAck: state.operatorAck,
  profile: state.customer,
  offer: state.offer,
});
