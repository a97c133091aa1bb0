/**
 * What an auditor of each country checks on an issued receipt: every required field in the print
 * text and in the PDF (read back with poppler), and the fiscal QR decoded from the PDF matching
 * what is printed (time, total, device, number, fiscal sign / control code).
 */
import { describe, expect, it } from "vitest";
import type { ReceiptDocument } from "../../src/core/document";
import { formatMinor } from "../../src/core/money";
import { renderEscPos } from "../../src/render/escpos";
import { customerPage } from "../../src/render/page";
import { renderReceiptPdf } from "../../src/render/pdf";
import { renderPrintText } from "../../src/render/print-text";
import { parseFiscalQr, readPayload, type ScannedQr } from "../../src/simulator";
import { parseEscPos } from "../support/escpos-parser";
import { issue } from "../support/fiscal-receipts";
import { buildReceipt, polishReceipt, russianReceipt, swedishReceipt } from "../support/fixtures";
import { pdfQrCode, pdfText, pdfWords } from "../support/poppler";
import { escapeRegExp as escape, field } from "../support/printed";


const line = (text: string): RegExp => new RegExp(`^\\s*(\\*\\*\\* )?${escape(text)}( \\*\\*\\*)?\\s*$`, "m");

/** "20260314T1145" or "20260314T114500" -> "2026-03-14 11:45", the printed form. */
const printedTime = (qr: ScannedQr) => `${qr.time.slice(0, 4)}-${qr.time.slice(4, 6)}-${qr.time.slice(6, 8)} ${qr.time.slice(9, 11)}:${qr.time.slice(11, 13)}`;

/** Both renderings of the receipt, and the QR as a phone reads it from the PDF. */
async function read(doc: ReceiptDocument) {
  const print = renderPrintText(doc, 48);
  const pdf = await renderReceiptPdf(doc);
  const qrText = pdfQrCode(pdf).data;
  const qr = parseFiscalQr(qrText);
  if (!qr) throw new Error(`not a fiscal QR: ${qrText}`);
  return { texts: [print, pdfText(pdf)], qrText, qr };
}

function norwegianReceipt(): ReceiptDocument {
  return buildReceipt({
    country: "NO",
    merchant: { name: "Bakeriet Grünerløkka AS", address: "Thorvald Meyers gate 30, 0555 Oslo", taxId: "912 345 678 MVA", storeName: "" },
    lines: [
      { name: "Skolebolle", quantity: "2", unit_price: 3900, vat_rate: "15" },
      { name: "Bærepose", quantity: "1", unit_price: 300, vat_rate: "25" },
    ],
    payments: [{ method: "card", amount: "rest" }],
    electronic: false,
    serial: "NO-0123456789",
    number: 1,
    issuedAt: "2026-11-22T13:03:07.000Z",
  });
}

describe("RU (54-FZ, FFD 1.2)", () => {
  it("prints every required detail, and the QR matches the printed time, sum, FN, ФД and ФП", async () => {
    const { doc, document } = await issue(russianReceipt(), { cashier: "Иванова А. А." });
    const p = readPayload(document.payload);
    if (p?.kind !== "sale" || !p.ru) throw new Error("not an RU sale");
    const { texts, qrText, qr } = await read(doc);
    expect(qrText).toBe(document.qrPayload);
    expect(qr).toMatchObject({ country: "RU", kind: "sale", number: document.number });
    for (const text of texts) {
      expect(text).toMatch(line("КАССОВЫЙ ЧЕК"));
      expect(text).toMatch(line("ПРИХОД"));
      // The QR's t= is the printed local (Moscow) time: 16:45 UTC is 19:45 there.
      expect(text).toMatch(line(printedTime(qr)));
      expect(printedTime(qr)).toBe("2026-03-14 19:45");
      expect(text).toMatch(field("ИТОГ", `${formatMinor(qr.total)} RUB`));
      expect(text).toMatch(field("ФН №", qr.serial));
      expect(text).toMatch(field("ФД №", String(qr.number)));
      // The printed fiscal sign is the QR's fp=, not a signature excerpt.
      expect(text).toMatch(field("ФП", qr.check));
      expect(text).toMatch(field("Смена №", String(p.shift)));
      expect(text).toMatch(field("Чек №", String(p.seq)));
      expect(text).toMatch(field("Кассир", "Иванова А. А."));
      // The place of settlement: the store's address unless the device was registered with another.
      expect(text.replace(/\s+/g, " ")).toContain("Место расчётов г. Москва, ул. Тверская, д. 7");
      expect(text).toMatch(field("СНО", "ОСН"));
      expect(text).toMatch(field("РН ККТ", p.ru.rn));
      expect(text).toMatch(field("ЗН ККТ", p.register ?? "?"));
      expect(text).toMatch(field("Сайт ФНС", "www.nalog.gov.ru"));
      expect(text).toMatch(field("ФФД", "1.2"));
      expect(text).toMatch(/ИНН 7701234567/);
      // Per line: the measure, and the item type with the payment method sign.
      expect(text).toMatch(/0,45 кг x 899\.00|0\.45 кг x 899\.00/);
      expect(text).toMatch(/2 шт x 89\.90/);
      expect(text).toMatch(line("Товар, Полный расчёт"));
    }
  });

  it("the customer page shows the same fiscal details: ФН, ФП = fp, СНО, РН ККТ, cashier", async () => {
    const { doc, document } = await issue(russianReceipt({ electronic: true }), { cashier: "Иванова А. А." });
    const qr = parseFiscalQr(document.qrPayload);
    const html = customerPage({ doc, token: "t", pdfUrl: "/r/t/pdf", eventsUrl: "/r/t/events", statusUrl: "/r/t/status" });
    const kv = (label: string, value: string) => new RegExp(`<span>${escape(label)}</span><span class="n">${escape(value)}</span>`);
    expect(html).toMatch(kv("ФН №", document.serial));
    expect(html).toMatch(kv("ФП", qr?.check ?? "?"));
    expect(html).toMatch(kv("СНО", "ОСН"));
    expect(html).toMatch(kv("Кассир", "Иванова А. А."));
    expect(html).toMatch(kv("Сайт ФНС", "www.nalog.gov.ru"));
    expect(html).not.toContain("<span>ККТ</span>");
  });

  it("a receipt sent electronically carries the buyer's contact (tag 1008), printed and signed", async () => {
    const { doc, document } = await issue(russianReceipt({ electronic: true }), { buyerContact: "buyer@example.ru" });
    expect(readPayload(document.payload)).toMatchObject({ buyer: "buyer@example.ru", printed: false });
    const { texts } = await read(doc);
    for (const text of texts) {
      expect(text).toMatch(line("ЭЛЕКТРОННЫЙ ЧЕК"));
      expect(text).toMatch(field("Эл. адрес покупателя", "buyer@example.ru"));
    }
  });
});

describe("RU correction receipt", () => {
  it("is headed КАССОВЫЙ ЧЕК КОРРЕКЦИИ with its settlement sign, and its QR matches like a receipt's", async () => {
    const { doc, document } = await issue(russianReceipt(), {}, (sale) => ({ ...sale, kind: "correction", sign: "sale", correction: { type: "self", date: "2026-03-13", order: "" } }));
    expect(document.kind).toBe("correction");
    const { texts, qr } = await read(doc);
    expect(qr).toMatchObject({ kind: "sale", number: document.number });
    for (const text of texts) {
      expect(text).toMatch(line("КАССОВЫЙ ЧЕК КОРРЕКЦИИ"));
      expect(text).toMatch(line("ПРИХОД"));
      expect(text).toMatch(field("ФП", qr.check));
    }
  });
});

describe("PL", () => {
  it("paper receipt: heading, SUMA PTU, zw, register, cashier, unique number; the QR matches time (Warsaw, with offset), total and device", async () => {
    const { doc, document } = await issue(polishReceipt(), { cashier: "Anna Nowak", buyerTaxId: "526-000-12-46" });
    const { texts, qrText, qr } = await read(doc);
    expect(qrText).toBe(document.qrPayload);
    expect(document.issuedAt).toBe("2026-11-22T14:03:00+01:00");
    const vat = doc.totals.vat.reduce((s, r) => s + r.vat, 0);
    for (const text of texts) {
      expect(text).toMatch(line("PARAGON FISKALNY"));
      expect(text).toMatch(line(printedTime(qr)));
      expect(text).toMatch(field("SUMA", `${formatMinor(qr.total, ",")} PLN`));
      expect(text).toMatch(field("SUMA PTU", formatMinor(vat, ",")));
      expect(text).toMatch(/^\s*E\s+zw\s+2,00\s+0,00\s+2,00\s*$/m);
      expect(text).toMatch(field("Nr unikatowy", qr.serial));
      expect(text).toMatch(field("Kasa", "678"));
      expect(text).toMatch(field("Kasjer", "Anna Nowak"));
      expect(text).toMatch(field("NIP nabywcy", "5260001246"));
      expect(text).toMatch(field("Nr paragonu", document.numberText));
    }
  });

  it("the e-paragon is headed PARAGON FISKALNY with its e-receipt marking", async () => {
    const { doc } = await issue(polishReceipt({ electronic: true }));
    const { texts } = await read(doc);
    for (const text of texts) {
      expect(text).toMatch(line("PARAGON FISKALNY"));
      expect(text).toMatch(line("E-PARAGON"));
    }
  });
});

describe("SE (SKVFS 2014:9)", () => {
  it("prints the register's and the control unit's numbers apart, and the control code the QR carries", async () => {
    const { doc, document } = await issue(swedishReceipt());
    const { texts, qr } = await read(doc);
    expect(qr.check).toMatch(/^[0-9A-F]{16}$/);
    expect(qr.check).not.toBe(document.signature.slice(0, 16));
    for (const text of texts) {
      expect(text).toMatch(line("KASSAKVITTO"));
      expect(text).toMatch(line(printedTime(qr)));
      expect(text).toMatch(field("TOTALT", `${formatMinor(qr.total, ",")} SEK`));
      expect(text).toMatch(field("Kassaregister nr", "KR-23456789"));
      expect(text).toMatch(field("Kontrollenhet nr", qr.serial));
      expect(text).toMatch(field("Kontrollkod", qr.check));
      expect(text).toMatch(field("Kvittonr", document.numberText));
    }
  });
});

describe("NO (kassasystemforskriften)", () => {
  it("heads the receipt Salgskvittering; a copy says KOPI at least 50% larger than every amount, the total included", async () => {
    const { doc, document } = await issue(norwegianReceipt());
    const { texts, qr } = await read(doc);
    for (const text of texts) {
      expect(text).toMatch(line("SALGSKVITTERING"));
      expect(text).toMatch(line(printedTime(qr)));
      expect(text).toMatch(field("TOTALT", `${formatMinor(qr.total, ",")} NOK`));
      expect(text).toMatch(field("Kvitteringsnr", document.numberText));
    }
    // In the PDF: KOPI's glyphs at least 1.5 times as tall as the amounts'.
    const words = pdfWords(await renderReceiptPdf(doc, { copyOf: "" }));
    const kopi = words.filter((w) => w.text === "KOPI");
    const amounts = words.filter((w) => w.text === "78,00");
    expect(amounts).toHaveLength(2); // the line and the (large) total
    expect(kopi).toHaveLength(2);
    for (const k of kopi) expect(k.height).toBeGreaterThanOrEqual(1.5 * Math.max(...amounts.map((a) => a.height)));
    const escpos = parseEscPos(renderEscPos(doc, { columns: 48, copyLabel: "" }), { columns: 48 }).printed;
    const printedKopi = escpos.filter((p) => p.kind === "text" && p.text.trim() === "KOPI");
    expect(printedKopi).toHaveLength(2);
    const amountLines = escpos.filter((p) => p.kind === "text" && p.text.includes("78,00"));
    const tallest = Math.max(...amountLines.map((p) => (p.kind === "text" ? p.heightScale : 0)));
    for (const k of printedKopi) expect(k.kind === "text" && k.heightScale >= 1.5 * tallest).toBe(true);
  });
});

describe("every issued receipt fits the printer", () => {
  it.each([32, 42, 48] as const)("%i columns: no line of any country's receipt or return is longer", async (columns) => {
    const docs = await Promise.all([
      issue(russianReceipt({ electronic: true }), { cashier: "Иванова Александра Александровна", buyerContact: "very.long.address@example.ru" }),
      issue(polishReceipt(), { cashier: "Anna Nowak", buyerTaxId: "5260001246" }),
      issue(swedishReceipt()),
      issue(norwegianReceipt()),
    ]);
    for (const { doc } of docs) {
      for (const text of [renderPrintText(doc, columns), renderPrintText(doc, columns, { copyOf: "" })]) {
        for (const l of text.split("\n")) expect(Array.from(l).length, l).toBeLessThanOrEqual(columns);
      }
    }
  });
});
