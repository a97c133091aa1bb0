/**
 * What a terminal's customer display shows: nothing between receipts, or the open receipt's lines,
 * total and, while it is offered, the QR of the customer's link. Built by the receipt's session
 * after each change and kept by the terminal's display channel.
 */
import { profileFor, type CountryCode } from "../../core/profiles";
import { computeTotals } from "../../core/receipt";
import type { SessionState } from "../session/state";
import { customerUrl } from "../views";

export interface DisplayLine {
  name: string;
  quantityMilli: number;
  unitPrice: number;
  discount: number;
  amount: number;
  voided: boolean;
}

export type DisplayView =
  | { state: "idle" }
  | {
      state: "open";
      receiptId: string;
      country: CountryCode;
      lines: DisplayLine[];
      total: number;
      paid: number;
      customerUrl: string;
      /** The display QR is shown until then (the first line starts the window). */
      qrOfferedUntil: string | null;
      qrScanned: boolean;
    };

/** A change for the display: the view of one of the terminal's receipts. */
export interface DisplayUpdate {
  receiptId: string;
  view: DisplayView;
}

export const IDLE: DisplayView = { state: "idle" };

export function displayViewOf(state: SessionState): DisplayView {
  const { receipt } = state;
  if (receipt.status !== "open") return IDLE;
  const profile = profileFor(receipt.country);
  const totals = computeTotals(profile, state.lines, state.payments);
  return {
    state: "open",
    receiptId: receipt.id,
    country: profile.country,
    lines: state.lines.map(({ name, quantityMilli, unitPrice, discount, amount, voided }) => ({ name, quantityMilli, unitPrice, discount, amount, voided })),
    total: totals.total,
    paid: totals.paid,
    customerUrl: customerUrl(receipt.baseUrl, receipt.token),
    qrOfferedUntil: receipt.qrOfferedUntil,
    qrScanned: receipt.qrScannedAt !== null,
  };
}

/**
 * The view after an update, or null when it changes nothing: a receipt that ends while another one
 * of the terminal is on the display (a parked sale finished later) leaves the display alone.
 */
export function nextView(current: DisplayView, update: DisplayUpdate): DisplayView | null {
  if (update.view.state === "idle" && (current.state !== "open" || current.receiptId !== update.receiptId)) return null;
  return update.view;
}
