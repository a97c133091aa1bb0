/**
 * What a receipt says, in the profile's language, as a list of blocks. The PDF and the print
 * text lay out the same blocks, so both renderings always carry the same content.
 */
import type { ReceiptDocument } from "../core/document";
import { DomainError } from "../core/errors";
import { formatMinor, formatQuantity } from "../core/money";
import { vatRateFor } from "../core/profiles";
import { isReceipt, parseFiscalQr, readPayload, settlementOf, type ReceiptPayload } from "../simulator";
import { labelsFor, RU_WORDS, type RenderLabels } from "./labels";

export type Block =
  /** Centered line(s); `large` is the title / total size; `loud` half as large again as the large total (NO copy marking). */
  | { kind: "center"; text: string; bold?: boolean; large?: boolean; loud?: boolean }
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

/** "23%", "5,5%"; the profile's exempt word for rates that are not a percentage (PL "zw"). */
function rateText(code: string, basisPoints: number, decimalSeparator: string, exempt: string): string {
  if (!/^\d+$/.test(code)) return exempt;
  const whole = Math.trunc(basisPoints / 100);
  const frac = String(basisPoints % 100).padStart(2, "0").replace(/0+$/, "");
  return `${whole}${frac ? decimalSeparator + frac : ""}%`;
}

const SIGNATURE_EXCERPT = 16;

/** The signed receipt payload behind the document, when the host supplied it. */
function signedReceipt(doc: ReceiptDocument): ReceiptPayload | null {
  const p = doc.fiscal?.payload === undefined ? null : readPayload(doc.fiscal.payload);
  return p && isReceipt(p) ? p : null;
}

/** Whether the document is a sale's receipt or a return (by its signed settlement sign). */
export function documentKind(doc: ReceiptDocument): "sale" | "return" {
  const signed = signedReceipt(doc);
  return signed ? settlementOf(signed) : "sale";
}

/** RU: "2 шт x 50.00 / Товар, полный расчёт" from the line's FFD tags. */
function ruLineWords(p: ReceiptPayload | null, index: number): { unit: string; detail: string } | null {
  const line = p?.country === "RU" ? p.lines[index] : undefined;
  if (!line || line.measure === undefined) return null;
  const detail = [RU_WORDS.itemTypes[line.itemType ?? 0], RU_WORDS.paymentMethods[line.paymentMethod ?? 0]].filter(Boolean).join(", ");
  return { unit: RU_WORDS.measures[line.measure] ?? "", detail };
}

/** RU: what the fiscal document says about the shift, cashier and place, printed under the heading. */
function ruHeader(p: ReceiptPayload, address: string): Block[] {
  return [
    { kind: "pair", left: RU_WORDS.shift, right: String(p.shift) },
    { kind: "pair", left: RU_WORDS.receipt, right: String(p.seq) },
    { kind: "pair", left: labelsFor("RU").cashier, right: cleanText(p.cashier ?? "") },
    { kind: "pair", left: RU_WORDS.place, right: cleanText(p.ru?.place || address) },
  ];
}

/** The device's fiscal details at the foot of the receipt, as each country's law lists them. */
function fiscalFooter(doc: ReceiptDocument, p: ReceiptPayload | null, labels: RenderLabels): Block[] {
  const fiscal = doc.fiscal;
  if (!fiscal) return [];
  const pair = (left: string, right: string): Block => ({ kind: "pair", left, right: cleanText(right) });
  const excerpt = fiscal.signature.length > SIGNATURE_EXCERPT ? `${fiscal.signature.slice(0, SIGNATURE_EXCERPT)}…` : fiscal.signature;
  const check = parseFiscalQr(fiscal.qrPayload)?.check ?? null;
  const { wording } = doc.profile;
  if (!p) {
    return [pair(wording.device, fiscal.deviceSerial), pair(wording.fiscalNumber, fiscal.numberText), pair(labels.signature, excerpt)];
  }
  const out: Block[] = [];
  switch (p.country) {
    case "RU": {
      const ru = p.ru;
      if (ru) out.push(pair(RU_WORDS.taxSystem, RU_WORDS.taxSystems[ru.taxSystem] ?? ru.taxSystem), pair(RU_WORDS.registration, ru.rn));
      if (p.register) out.push(pair(labels.register, p.register));
      out.push(pair(labels.serial, p.serial), pair(RU_WORDS.document, String(p.number)), pair(labels.signature, check ?? ""));
      if (p.buyer) out.push(pair(p.buyer.includes("@") ? RU_WORDS.buyerEmail : RU_WORDS.buyerPhone, p.buyer));
      out.push(pair(RU_WORDS.site, RU_WORDS.taxSite), pair(RU_WORDS.ffd, ru?.ffd ?? "1.2"));
      return out;
    }
    case "PL":
      if (p.buyerTaxId) out.push(pair(labels.buyerTaxId, p.buyerTaxId));
      if (p.register) out.push(pair(labels.register, p.register));
      if (p.cashier) out.push(pair(labels.cashier, p.cashier));
      out.push(pair(labels.serial, p.serial), pair(wording.fiscalNumber, fiscal.numberText), pair(labels.signature, excerpt));
      return out;
    case "SE":
      if (p.cashier) out.push(pair(labels.cashier, p.cashier));
      if (p.register) out.push(pair(labels.register, p.register));
      out.push(pair(labels.serial, p.serial), pair(wording.fiscalNumber, fiscal.numberText));
      if (labels.controlCode && check) out.push(pair(labels.controlCode, check));
      return out;
    case "NO":
      if (p.cashier) out.push(pair(labels.cashier, p.cashier));
      if (p.register) out.push(pair(labels.register, p.register));
      out.push(pair(wording.fiscalNumber, fiscal.numberText), pair(labels.signature, excerpt));
      return out;
  }
}

/** The country's fiscal details as label / value pairs (customer page); empty without the signed payload. */
export function fiscalDetails(doc: ReceiptDocument): [string, string][] {
  const signed = signedReceipt(doc);
  if (!signed) return [];
  const labels = labelsFor(doc.profile.country);
  const blocks = [...(signed.country === "RU" ? ruHeader(signed, doc.merchant.address) : []), ...fiscalFooter(doc, signed, labels)];
  return blocks.flatMap((b) => (b.kind === "pair" ? [[b.left, b.right] as [string, string]] : []));
}

function merchantBlocks(doc: ReceiptDocument, labels: RenderLabels): Block[] {
  const { merchant } = doc;
  return [
    { kind: "center", text: cleanText(merchant.name), bold: true },
    { kind: "center", text: cleanText(merchant.address) },
    { kind: "center", text: `${labels.taxId} ${cleanText(merchant.taxId)}` },
    ...(merchant.storeName ? [{ kind: "center", text: cleanText(merchant.storeName) } satisfies Block] : []),
    { kind: "gap" },
  ];
}

/** The lines and the VAT table, each followed by a rule. */
function saleBlocks(doc: ReceiptDocument, signed: ReceiptPayload | null, labels: RenderLabels): Block[] {
  const { profile, totals } = doc;
  const { wording, decimalSeparator: sep } = profile;
  const money = (minor: number) => formatMinor(minor, sep);
  const blocks: Block[] = [];
  // The signed payload holds the active lines only, in order.
  let active = 0;
  for (const line of doc.lines) {
    const vatLabel = vatRateFor(profile, line.vatRate)?.label ?? line.vatRate;
    const discount = line.discount > 0 ? ` -${money(line.discount)}` : "";
    const ru = line.voided ? null : ruLineWords(signed, active++);
    const unit = ru?.unit ? ` ${ru.unit}` : "";
    blocks.push({ kind: "text", text: cleanText(line.name), struck: line.voided });
    blocks.push({
      kind: "pair",
      left: `  ${formatQuantity(line.quantityMilli).replace(".", sep)}${unit} x ${money(line.unitPrice)}${discount}`,
      right: line.voided ? labels.voided : `${money(line.amount)} ${vatLabel}`,
      struck: line.voided,
    });
    if (ru?.detail) blocks.push({ kind: "text", text: `  ${ru.detail}` });
  }
  blocks.push({ kind: "rule" });

  const vatRows = totals.vat.map((row) => {
    const rate = vatRateFor(profile, row.rate);
    return [row.label, rateText(row.rate, rate?.basisPoints ?? 0, sep, labels.exempt), money(row.net), money(row.vat), money(row.gross)];
  });
  blocks.push({ kind: "table", rows: [[wording.vat, "%", wording.net, wording.vat, wording.gross], ...vatRows] });
  if (labels.vatTotal) blocks.push({ kind: "pair", left: labels.vatTotal, right: money(totals.vat.reduce((s, r) => s + r.vat, 0)) });
  blocks.push({ kind: "rule" });

  return blocks;
}

/**
 * SE, NO: an open sale printed as a provisional (pro forma) or training receipt — no number, no
 * signature, no QR; marked at the top and the bottom as not a receipt for a purchase, as loud as
 * a copy marking (NO: half as large again as the amounts).
 */
export function slipBlocks(doc: ReceiptDocument, kind: "provisional" | "training", printedAt: string): Block[] {
  const { profile, totals } = doc;
  const labels = labelsFor(profile.country);
  const slip = labels.slip;
  if (!slip) throw new Error(`${profile.country} has no provisional or training receipts`);
  const marking = (): Block[] =>
    labels.loudCopy
      ? [{ kind: "center", text: slip[kind], bold: true, large: true, loud: true }, { kind: "center", text: slip.notice, bold: true, large: true, loud: true }]
      : [{ kind: "banner", text: slip[kind] }, { kind: "banner", text: slip.notice }];
  return [
    ...merchantBlocks(doc, labels),
    ...marking(),
    { kind: "center", text: formatLocalDateTime(printedAt, profile.timeZone) },
    { kind: "rule" },
    ...saleBlocks(doc, null, labels),
    { kind: "pair", left: profile.wording.total, right: `${formatMinor(totals.total, profile.decimalSeparator)} ${profile.currency}`, bold: true, large: true },
    { kind: "rule" },
    ...marking(),
  ];
}

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
  const signed = signedReceipt(doc);
  const kind = signed ? settlementOf(signed) : "sale";
  const money = (minor: number) => formatMinor(minor, sep);
  const copy = (): Block => (labels.loudCopy ? { kind: "center", text: wording.copy, bold: true, large: true, loud: true } : { kind: "banner", text: wording.copy });
  const blocks: Block[] = [];

  blocks.push(...merchantBlocks(doc, labels));

  if (options.copyOf !== undefined) {
    blocks.push(copy());
    if (options.copyOf) blocks.push({ kind: "center", text: cleanText(options.copyOf) });
  }
  // The electronic receipt is headed as the paper one, with its e-receipt marking.
  blocks.push({ kind: "center", text: signed?.kind === "correction" ? labels.correctionHeading : labels.heading[kind], bold: true, large: true });
  if (labels.settlement) blocks.push({ kind: "center", text: labels.settlement[kind], bold: true });
  if (doc.electronic) blocks.push({ kind: "banner", text: wording.eReceipt });
  blocks.push({ kind: "center", text: formatLocalDateTime(fiscal.issuedAt, doc.profile.timeZone) });
  if (signed?.country === "RU") blocks.push(...ruHeader(signed, merchant.address));
  if (signed?.kind === "return") blocks.push({ kind: "pair", left: labels.originalRef, right: String(signed.original.number) });
  blocks.push({ kind: "rule" });

  blocks.push(...saleBlocks(doc, signed, labels));
  blocks.push({ kind: "pair", left: wording.total, right: `${money(totals.total)} ${profile.currency}`, bold: true, large: true });
  for (const payment of doc.payments) {
    blocks.push({ kind: "pair", left: wording.payment[payment.method], right: money(payment.amount) });
    if (payment.method === "card_standalone" && payment.authorizationCode) blocks.push({ kind: "text", text: wording.cardNoTerminal.replace("{code}", payment.authorizationCode) });
  }
  if (doc.payments.some((p) => p.method === "cash")) {
    blocks.push({ kind: "pair", left: wording.change, right: money(totals.change) });
  }
  blocks.push({ kind: "rule" });

  blocks.push(...fiscalFooter(doc, signed, labels));
  blocks.push({ kind: "qr", payload: fiscal.qrPayload });
  // Messages to the receipt (offers, coupons) belong to the original paper receipt, not to its copies.
  if (options.copyOf === undefined && doc.messages?.length) {
    blocks.push({ kind: "rule" });
    for (const message of doc.messages) blocks.push({ kind: "center", text: cleanText(message) });
  }
  if (options.copyOf !== undefined) blocks.push(copy());
  return blocks;
}
