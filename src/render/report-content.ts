/**
 * X and Z reports as blocks, laid out like receipts (print text, ESC/POS, PDF): totals per VAT
 * rate and per payment method, returns, receipts, copies, the grand total and the cash in the
 * drawer, worded in the country's language.
 */
import type { MerchantInfo } from "../core/document";
import { formatMinor } from "../core/money";
import { vatRateFor, type CountryProfile } from "../core/profiles";
import type { GrandTotal, ShiftTotals, UnsentCounters } from "../simulator";
import { cleanText, formatLocalDateTime, type Block } from "./receipt-content";
import { labelsFor } from "./labels";

/** What a report shows; built from the device's X report or from a Z report's signed payload. */
export interface ReportView {
  kind: "x" | "z";
  profile: CountryProfile;
  merchant: MerchantInfo;
  serial: string;
  /** The register's own number, when known. */
  register: string | null;
  /** Z: "Z0001"; X: null. */
  numberText: string | null;
  /** Z: the device document number (RU ФД). */
  documentNumber: number | null;
  shift: number | null;
  openedAt: string | null;
  /** X: when it was taken; Z: when the shift closed. */
  at: string;
  totals: ShiftTotals;
  grandTotal: GrandTotal;
  unsent: UnsentCounters | null;
  /** RU: the fiscal drive's validity end. */
  validUntil: string | null;
}

interface ReportWords {
  x: string;
  z: string;
  shift: string;
  opened: string;
  closed: string;
  taken: string;
  sales: string;
  returns: string;
  net: string;
  receipts: string;
  perVat: string;
  perPayment: string;
  copies: string;
  copyAmount: string;
  discounts: string;
  drawerOpenings: string;
  training: string;
  proforma: string;
  grandTotal: string;
  grandSales: string;
  grandReturns: string;
  cashInDrawer: string;
  unsent: string;
  unsentSince: string;
  validUntil: string;
  document: string;
}

const WORDS: Record<CountryProfile["country"], ReportWords> = {
  PL: {
    x: "RAPORT X (niefiskalny)", z: "RAPORT FISKALNY DOBOWY", shift: "Zmiana", opened: "Otwarcie", closed: "Zamknięcie", taken: "Wykonano",
    sales: "Sprzedaż", returns: "Zwroty", net: "Razem", receipts: "Liczba paragonów", perVat: "Sprzedaż wg stawek PTU", perPayment: "Formy płatności",
    copies: "Liczba kopii", copyAmount: "Wartość kopii", discounts: "Rabaty", drawerOpenings: "Otwarcia szuflady", training: "Paragony szkoleniowe", proforma: "Paragony pro forma", grandTotal: "Sumy narastające", grandSales: "Sprzedaż narastająco", grandReturns: "Zwroty narastająco",
    cashInDrawer: "Gotówka w kasie", unsent: "Dokumenty niewysłane", unsentSince: "Najstarszy niewysłany", validUntil: "Ważność", document: "Nr raportu",
  },
  SE: {
    x: "X-RAPPORT", z: "Z-DAGRAPPORT", shift: "Skift", opened: "Öppnad", closed: "Stängd", taken: "Utskriven",
    sales: "Försäljning", returns: "Returer", net: "Netto", receipts: "Antal kvitton", perVat: "Försäljning per momssats", perPayment: "Betalningsmedel",
    copies: "Antal kopior", copyAmount: "Kopior belopp", discounts: "Rabatter", drawerOpenings: "Lådöppningar", training: "Övningskvitton", proforma: "Proformakvitton", grandTotal: "Grand total", grandSales: "Grand total försäljning", grandReturns: "Grand total returer",
    cashInDrawer: "Kontanter i kassalådan", unsent: "Ej överförda dokument", unsentSince: "Äldsta ej överförda", validUntil: "Giltig till", document: "Rapportnr",
  },
  NO: {
    x: "X-RAPPORT", z: "Z-RAPPORT", shift: "Skift", opened: "Åpnet", closed: "Lukket", taken: "Skrevet ut",
    sales: "Salg", returns: "Returer", net: "Netto", receipts: "Antall kvitteringer", perVat: "Salg per mva-sats", perPayment: "Betalingsmidler",
    copies: "Antall kopier", copyAmount: "Kopier beløp", discounts: "Rabatter", drawerOpenings: "Skuffåpninger", training: "Treningskvitteringer", proforma: "Foreløpige kvitteringer", grandTotal: "Grand total", grandSales: "Grand total salg", grandReturns: "Grand total returer",
    cashInDrawer: "Kontanter i kassen", unsent: "Ikke overførte dokumenter", unsentSince: "Eldste ikke overførte", validUntil: "Gyldig til", document: "Rapportnr",
  },
  RU: {
    x: "ОТЧЁТ О ТЕКУЩЕМ СОСТОЯНИИ", z: "ОТЧЁТ О ЗАКРЫТИИ СМЕНЫ", shift: "Смена №", opened: "Открыта", closed: "Закрыта", taken: "Сформирован",
    sales: "Приход", returns: "Возврат прихода", net: "Итого", receipts: "Чеков за смену", perVat: "Приход по ставкам НДС", perPayment: "Формы расчёта",
    copies: "Копий", copyAmount: "Сумма копий", discounts: "Скидки", drawerOpenings: "Открытий ящика", training: "Учебных чеков", proforma: "Предварительных чеков", grandTotal: "Необнуляемые суммы", grandSales: "Приход всего", grandReturns: "Возврат прихода всего",
    cashInDrawer: "Наличных в кассе", unsent: "Непереданных ФД", unsentSince: "Первый непереданный", validUntil: "Ресурс ФН до", document: "ФД №",
  },
};

export function reportBlocks(report: ReportView): Block[] {
  const { profile, merchant, totals } = report;
  const words = WORDS[profile.country];
  const labels = labelsFor(profile.country);
  const money = (minor: number) => formatMinor(minor, profile.decimalSeparator);
  const when = (iso: string) => formatLocalDateTime(iso, profile.timeZone);
  const pair = (left: string, right: string, bold = false): Block => ({ kind: "pair", left, right, bold });
  const payments = totals.payments ?? [];
  const cash = payments.find((p) => p.method === "cash");
  const wording = profile.wording;
  const methodName = (method: string) => (wording.payment as Record<string, string>)[method] ?? method;
  const blocks: Block[] = [
    { kind: "center", text: cleanText(merchant.name), bold: true },
    { kind: "center", text: cleanText(merchant.address) },
    { kind: "center", text: `${labels.taxId} ${cleanText(merchant.taxId)}` },
    { kind: "gap" },
    { kind: "center", text: report.kind === "z" ? words.z : words.x, bold: true, large: true },
  ];
  if (report.numberText) blocks.push(pair(words.document, report.documentNumber !== null && profile.country === "RU" ? String(report.documentNumber) : report.numberText));
  if (report.shift !== null) blocks.push(pair(words.shift, String(report.shift)));
  if (report.openedAt) blocks.push(pair(words.opened, when(report.openedAt)));
  blocks.push(pair(report.kind === "z" ? words.closed : words.taken, when(report.at)));
  blocks.push({ kind: "rule" });

  blocks.push(pair(words.sales, `${totals.sales.count} / ${money(totals.sales.total)}`));
  blocks.push(pair(words.returns, `${totals.returns.count} / ${money(totals.returns.total)}`));
  blocks.push(pair(words.net, `${money(totals.sales.total - totals.returns.total)} ${profile.currency}`, true));
  blocks.push(pair(words.receipts, String(totals.sales.count + totals.returns.count)));
  blocks.push({ kind: "rule" });

  blocks.push({ kind: "text", text: words.perVat });
  const vatRows = totals.vat.map((row) => [vatRateFor(profile, row.rate)?.label ?? row.rate, money(row.sales.net), money(row.sales.vat), money(row.sales.gross), money(row.returns.gross)]);
  blocks.push({ kind: "table", rows: [[wording.vatRate, wording.net, wording.vat, wording.gross, words.returns], ...vatRows] });
  blocks.push({ kind: "rule" });

  blocks.push({ kind: "text", text: words.perPayment });
  const paymentRows = payments.map((p) => [methodName(p.method), money(p.sales.total), money(p.returns.total)]);
  blocks.push({ kind: "table", rows: [["", words.sales, words.returns], ...paymentRows] });
  blocks.push(pair(words.cashInDrawer, money((cash?.sales.total ?? 0) - (cash?.returns.total ?? 0)), true));
  // The drawer opens for every receipt paid or refunded in cash.
  blocks.push(pair(words.drawerOpenings, String((cash?.sales.count ?? 0) + (cash?.returns.count ?? 0))));
  blocks.push({ kind: "rule" });

  const discounts = totals.discounts ?? { count: 0, total: 0 };
  blocks.push(pair(words.discounts, `${discounts.count} / ${money(discounts.total)}`));
  blocks.push(pair(words.copies, String(totals.copies)));
  blocks.push(pair(words.copyAmount, money(totals.copyTotal ?? 0)));
  // Counted by SE and NO devices; elsewhere the report still states their (zero) count.
  for (const [label, tally] of [[words.training, totals.training], [words.proforma, totals.provisional]] as const) {
    blocks.push(pair(label, `${tally?.count ?? 0} / ${money(tally?.total ?? 0)}`));
  }
  if (report.unsent) {
    blocks.push(pair(words.unsent, String(report.unsent.count)));
    if (report.unsent.since) blocks.push(pair(words.unsentSince, when(report.unsent.since)));
  }
  if (report.validUntil) blocks.push(pair(words.validUntil, report.validUntil));
  blocks.push({ kind: "rule" });

  blocks.push({ kind: "text", text: words.grandTotal });
  blocks.push(pair(words.grandSales, money(report.grandTotal.sales)));
  blocks.push(pair(words.grandReturns, money(report.grandTotal.returns)));
  blocks.push(pair(words.net, money(report.grandTotal.sales - report.grandTotal.returns)));
  blocks.push({ kind: "rule" });
  if (report.register) blocks.push(pair(labels.register, report.register));
  blocks.push(pair(labels.serial, report.serial));
  return blocks;
}
