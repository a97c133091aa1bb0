/**
 * An open receipt as its session holds it: everything the till has been told is stored, in the
 * shape the database will take it once the receipt is issued or cancelled.
 */
import type { Channel } from "../../core/delivery";
import { profileFor } from "../../core/profiles";
import type { RawStatement } from "../../db/database";
import type { ReceiptRecord } from "../../db/receipts";
import type { SaleRequest } from "../../simulator";
import type { TerminalContext } from "../auth";
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
  /** Messages to the receipt: printed under a paper receipt; `dropped` counts those an electronic one cannot carry. */
  messages?: { printed: string[]; dropped: number };
}

/** The receipt as it will be written (a record without the customer view), and what the session needs besides. */
export interface SessionState extends Omit<ReceiptRecord, "profile" | "offer"> {
  /** The identified customer (personal data: dropped once the receipt is in the database). */
  customer: CustomerProfile | null;
  /** What the till was offered ("OK / Change"): the channel and where it goes; the end is receipt.qrChoiceUntil. */
  offer: { channel: Channel; recipient: string | null } | null;
  events: SessionEvent[];
  answers: Record<string, StoredAnswer>;
  /** Set while the device is (or may be) fiscalizing this receipt. */
  finalizing: FinalizePlan | null;
  /** The issued or cancelled receipt's write, while the database does not have it yet. */
  unwritten: RawStatement[] | null;
  /** When the database took the receipt; from then on only the kept answers are served from here. */
  landedAt: string | null;
  /** The terminal has a customer display (known when the receipt was opened). */
  display?: boolean;
}

/** The receipt as the views and renderers read it (what only the session needs stays behind). */
export const recordOf = ({ answers: _answers, events: _events, finalizing: _finalizing, unwritten: _unwritten, landedAt: _landedAt, customer, ...record }: SessionState): ReceiptRecord => ({
  ...record,
  profile: customer,
});

/** The terminal a receipt was opened on, for work done without a till's request (alarms, customer pages). */
export const terminalOf = (receipt: ReceiptRecord["receipt"]): TerminalContext => ({
  merchantId: receipt.merchantId,
  storeId: receipt.storeId,
  terminalId: receipt.terminalId,
  deviceId: receipt.deviceId,
  country: profileFor(receipt.country).country,
});
