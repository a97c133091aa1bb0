/**
 * What a receipt says, in the profile's language, as a list of blocks. The PDF and the print
 * text lay out the same blocks, so both renderings always carry the same content.
 */
import type { ReceiptDocument } from "../core/document";
import { DomainError } from "../core/errors";
import { formatMinor, formatQuantity } from "../core/money";
import { vatRateFor } from "../core/profiles";
import { labelsFor } from "./labels";

export type Block =
  /** Centered line(s); `large` is the title / total size. */
  | { kind: "center"; text: string; bold?: boolean; large?: boolean }
  /** The e-receipt or copy marking: inverted in the PDF, between stars in print text. */
  | { kind: "banner"; text: string }
  /** Left-aligned, word-wrapped text; `struck` for voided lines. */
  | { kind: "text"; text: string; struck?: boolean }
  /** Label left (wraps), value right-aligned on the label's last line. */
  | { kind: "pair"; left: string; right: string; bold?: boolean; large?: boolean; struck?: boolean }
  /** First column left-aligned, the others right-aligned; stacks when too wide. */
  | { kind: "table"; rows: string[][] }
  | { kind: "rule" }
  | { kind: "gap" }
  | { kind: "qr"; payload: string };

export interface ContentOptions {
  /** Marks the rendering as a copy; the text says how the original was issued. */
  copyOf?: string | undefined;
}

/** Till input may hold control characters or decomposed accents; print one clean line. */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, " ")
    .trim();
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-22 14:03" in the till's time zone (formatter built once per zone). */
export function formatLocalDateTime(iso: string, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    dateFormats.set(timeZone, format);
  }
  const part: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(new Date(iso))) part[type] = value;
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** "23%", "5,5%"; "-" for rates that are not a percentage (exempt, not subject). */
function rateText(code: string, basisPoints: number, decimalSeparator: string): string {
  if (!/^\d+$/.test(code)) return "-";
  const whole = Math.trunc(basisPoints / 100);
  const frac = String(basisPoints % 100).padStart(2, "0").replace(/0+$/, "");
  return `${whole}${frac ? decimalSeparator + frac : ""}%`;
}

const SIGNATURE_EXCERPT = 16;

export function receiptBlocks(doc: ReceiptDocument, options: ContentOptions = {}): Block[] {
  const fiscal = doc.fiscal;
  if (!fiscal) {
    throw new DomainError(
      "conflict",
      "receipt-not-issued",
      "Receipt not issued",
      `Receipt ${doc.id} has no fiscal record yet; only an issued receipt can be rendered.`,
    );
  }
  const { profile, merchant, totals } = doc;
  const { wording, decimalSeparator: sep } = profile;
  const labels = labelsFor(profile.country);
  const money = (minor: number) => formatMinor(minor, sep);
  const blocks: Block[] = [];

  blocks.push({ kind: "center", text: cleanText(merchant.name), bold: true });
  blocks.push({ kind: "center", text: cleanText(merchant.address) });
  blocks.push({ kind: "center", text: `${labels.taxId} ${cleanText(merchant.taxId)}` });
  if (merchant.storeName) blocks.push({ kind: "center", text: cleanText(merchant.storeName) });
  blocks.push({ kind: "gap" });

  if (options.copyOf !== undefined) {
    blocks.push({ kind: "banner", text: wording.copy });
    if (options.copyOf) blocks.push({ kind: "center", text: cleanText(options.copyOf) });
  }
  if (doc.electronic) blocks.push({ kind: "banner", text: wording.eReceipt });
  else blocks.push({ kind: "center", text: wording.receipt, bold: true, large: true });
  blocks.push({ kind: "center", text: formatLocalDateTime(fiscal.issuedAt, doc.profile.timeZone) });
  blocks.push({ kind: "rule" });

  for (const line of doc.lines) {
    const vatLabel = vatRateFor(profile, line.vatRate)?.label ?? line.vatRate;
    const discount = line.discount > 0 ? ` -${money(line.discount)}` : "";
    blocks.push({ kind: "text", text: cleanText(line.name), struck: line.voided });
    blocks.push({
      kind: "pair",
      left: `  ${formatQuantity(line.quantityMilli).replace(".", sep)} x ${money(line.unitPrice)}${discount}`,
      right: line.voided ? labels.voided : `${money(line.amount)} ${vatLabel}`,
      struck: line.voided,
    });
  }
  blocks.push({ kind: "rule" });

  const vatRows = totals.vat.map((row) => {
    const rate = vatRateFor(profile, row.rate);
    return [row.label, rateText(row.rate, rate?.basisPoints ?? 0, sep), money(row.net), money(row.vat), money(row.gross)];
  });
  blocks.push({ kind: "table", rows: [[wording.vat, "%", wording.net, wording.vat, wording.gross], ...vatRows] });
  blocks.push({ kind: "rule" });

  blocks.push({ kind: "pair", left: wording.total, right: `${money(totals.total)} ${profile.currency}`, bold: true, large: true });
  for (const payment of doc.payments) {
    blocks.push({ kind: "pair", left: wording.payment[payment.method], right: money(payment.amount) });
  }
  if (doc.payments.some((p) => p.method === "cash")) {
    blocks.push({ kind: "pair", left: wording.change, right: money(totals.change) });
  }
  blocks.push({ kind: "rule" });

  const signature =
    fiscal.signature.length > SIGNATURE_EXCERPT ? `${fiscal.signature.slice(0, SIGNATURE_EXCERPT)}…` : fiscal.signature;
  blocks.push({ kind: "pair", left: wording.device, right: fiscal.deviceSerial });
  blocks.push({ kind: "pair", left: wording.fiscalNumber, right: fiscal.numberText });
  blocks.push({ kind: "pair", left: labels.signature, right: signature });
  blocks.push({ kind: "qr", payload: fiscal.qrPayload });
  if (options.copyOf !== undefined) blocks.push({ kind: "banner", text: wording.copy });
  return blocks;
}
