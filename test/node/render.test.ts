/** PDF rendering, checked with poppler (pdftotext, pdftoppm, pdffonts) and a QR decoder. */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR from "jsqr";
import { PDFDocument } from "pdf-lib";
import { PNG } from "pngjs";
import QRCode from "qrcode-svg";
import { afterAll, describe, expect, it } from "vitest";
import type { ReceiptDocument } from "../../src/core/document";
import { formatMinor } from "../../src/core/money";
import { renderReceiptPdf } from "../../src/render/pdf";
import { customerDisplayQrSvg, qrMatrix } from "../../src/render/qr";
import { ensureDebianTool } from "../support/debian";
import { LONG_NAME, polishReceipt, russianReceipt, swedishReceipt } from "../support/fixtures";

const dir = mkdtempSync(join(tmpdir(), "render-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;

function writePdf(bytes: Uint8Array): string {
  const file = join(dir, `receipt-${++fileCount}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

const PDFTOTEXT = ensureDebianTool("/usr/bin/pdftotext", "poppler-utils");
const PDFTOPPM = ensureDebianTool("/usr/bin/pdftoppm", "poppler-utils");

function pdfText(bytes: Uint8Array): string {
  return execFileSync(PDFTOTEXT, ["-layout", writePdf(bytes), "-"], { encoding: "utf8" });
}

const DPI = 300;

/** Rasterizes the page and decodes its QR; also returns the symbol's width in mm. */
function pdfQr(bytes: Uint8Array, modules: number): { text: string; symbolMm: number } {
  const prefix = join(dir, `page-${++fileCount}`);
  execFileSync(PDFTOPPM, ["-r", String(DPI), "-png", "-singlefile", writePdf(bytes), prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error("no QR code found in the rendered page");
  // Finder pattern centres lie (modules - 7) modules apart.
  const { topLeftFinderPattern: tl, topRightFinderPattern: tr } = code.location;
  const modulePx = Math.hypot(tr.x - tl.x, tr.y - tl.y) / (modules - 7);
  return { text: code.data, symbolMm: ((modulePx * modules) / DPI) * 25.4 };
}

/** A regex for one printed row: the cells in order, separated by spaces only. */
function row(...cells: string[]): RegExp {
  const escaped = cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^ *${escaped.join(" +")} *$`, "m");
}

function vatRows(doc: ReceiptDocument, rates: Record<string, string>): RegExp[] {
  const sep = doc.profile.decimalSeparator;
  return doc.totals.vat.map((v) => row(v.label, rates[v.rate] ?? "?", formatMinor(v.net, sep), formatMinor(v.vat, sep), formatMinor(v.gross, sep)));
}

describe("renderReceiptPdf: Poland, paper", async () => {
  const doc = polishReceipt();
  const bytes = await renderReceiptPdf(doc);
  const text = pdfText(bytes);

  it("is one page 80 mm wide, with both font weights embedded", async () => {
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo(226.77, 2);
    expect(height).toBeGreaterThan(400);
    const fonts = execFileSync(ensureDebianTool("/usr/bin/pdffonts", "poppler-utils"), [writePdf(bytes)], { encoding: "utf8" });
    expect(fonts).toMatch(/^DejaVuSansMono +CID TrueType +Identity-H +yes/m);
    expect(fonts).toMatch(/^DejaVuSansMono-Bold +CID TrueType +Identity-H +yes/m);
  });

  it("prints the merchant and the paper title, not the e-receipt marking", () => {
    expect(text).toMatch(row("Delikatesy „Pod Lipą” Sp. z o.o."));
    expect(text).toMatch(row("ul. Świętokrzyska 12, 00-916 Warszawa"));
    expect(text).toMatch(row("NIP 525-000-12-34"));
    expect(text).toMatch(row("Sklep nr 7 — Mokotów"));
    expect(text).toMatch(row("PARAGON FISKALNY"));
    expect(text).toMatch(row("2026-11-22 14:03"));
    expect(text).not.toContain("E-PARAGON");
  });

  it("prints every line with its Polish name, quantity x price, amount and VAT letter", () => {
    expect(text).toMatch(row("Żółć łąka"));
    expect(text).toMatch(row("1 x 12,99", "12,99 A"));
    expect(text).toMatch(row("Ser żółty Gouda"));
    expect(text).toMatch(row("0,375 x 34,90", "13,09 C"));
    expect(text).toMatch(row("Woda źródlana 1,5 l"));
    expect(text).toMatch(row("6 x 2,19 -1,00", "12,14 B"));
    expect(text).toMatch(row("Usługa pakowania"));
    expect(text).toMatch(row("1 x 2,00", "2,00 E"));
  });

  it("wraps the long name without losing a word", () => {
    expect(text).toMatch(row("Kiełbasa śląska wędzona z jałowcem,"));
    expect(text).toMatch(row("tradycyjna receptura XXL"));
    expect(LONG_NAME).toBe("Kiełbasa śląska wędzona z jałowcem, tradycyjna receptura XXL");
  });

  it("marks the voided line and leaves its amount out", () => {
    expect(text).toMatch(row("Piwo Żywiec 0,5 l"));
    expect(text).toMatch(row("2 x 4,49", "STORNO"));
    expect(text).not.toContain("8,98");
  });

  it("prints the VAT table, the total, the payments and the change", () => {
    expect(text).toMatch(row("PTU", "%", "Netto", "PTU", "Brutto"));
    for (const vatRow of vatRows(doc, { "23": "23%", "8": "8%", "5": "5%", exempt: "zw" })) expect(text).toMatch(vatRow);
    expect(text).toMatch(row("A", "23%", "10,56", "2,43", "12,99"));
    expect(text).toMatch(row("E", "zw", "2,00", "0,00", "2,00"));
    expect(text).toMatch(row("SUMA", `${formatMinor(doc.totals.total, ",")} PLN`));
    // PL: the total VAT of the receipt.
    expect(text).toMatch(row("SUMA PTU", formatMinor(doc.totals.vat.reduce((s, r) => s + r.vat, 0), ",")));
    expect(text).toMatch(row("SUMA", "70,21 PLN"));
    expect(text).toMatch(row("Karta", "30,00"));
    expect(text).toMatch(row("Gotówka", "50,00"));
    expect(text).toMatch(row("Reszta", formatMinor(doc.totals.change, ",")));
    expect(text).toMatch(row("Reszta", "9,79"));
  });

  it("prints the fiscal block", () => {
    expect(text).toMatch(row("Nr unikatowy", "BFT2101234567"));
    expect(text).toMatch(row("Nr paragonu", "000123"));
    expect(text).toMatch(row("Podpis", "MEUCIQDx4rV9b2Kp…"));
  });

  it("draws a fiscal QR that decodes to the payload and is at least 30 mm wide", () => {
    const fiscal = doc.fiscal!;
    const qr = pdfQr(bytes, qrMatrix(fiscal.qrPayload).length);
    expect(qr.text).toBe(fiscal.qrPayload);
    expect(qr.symbolMm).toBeGreaterThanOrEqual(30);
  });

  it("gives the same bytes for the same receipt", async () => {
    expect(Buffer.from(await renderReceiptPdf(doc)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("renderReceiptPdf: variants", () => {
  it("heads an electronic Polish receipt as the paper one and marks it E-PARAGON", async () => {
    const text = pdfText(await renderReceiptPdf(polishReceipt({ electronic: true })));
    expect(text).toMatch(row("E-PARAGON"));
    expect(text).toMatch(row("PARAGON FISKALNY"));
  });

  it("marks a copy and says how the original was issued", async () => {
    const text = pdfText(await renderReceiptPdf(polishReceipt(), { copyOf: "Oryginał: e-paragon (SMS)" }));
    expect(text.match(/^ *KOPIA *$/gm)).toHaveLength(2);
    expect(text).toMatch(row("Oryginał: e-paragon (SMS)"));
  });

  it("renders Swedish names and marks only the electronic receipt", async () => {
    const doc = swedishReceipt({ electronic: true });
    const bytes = await renderReceiptPdf(doc);
    const text = pdfText(bytes);
    for (const name of ["Kanelbulle äppel", "Räkmacka på råg", "Blåbärssoppa", "Dagstidning Sörmland", "Påse"]) expect(text).toMatch(row(name));
    expect(text).toMatch(row("Kaffebaren Åkersberga AB"));
    expect(text).toMatch(row("ELEKTRONISKT KASSAKVITTO"));
    for (const vatRow of vatRows(doc, { "25": "25%", "12": "12%", "6": "6%" })) expect(text).toMatch(vatRow);
    expect(text).toMatch(row("TOTALT", "221,00 SEK"));
    expect(text).toMatch(row("Kort", "221,00"));
    expect(text).not.toContain("Växel");
    expect(text).toMatch(row("Kvittonr", "004711"));
    expect(pdfQr(bytes, qrMatrix(doc.fiscal!.qrPayload).length).text).toBe(doc.fiscal!.qrPayload);

    const paper = pdfText(await renderReceiptPdf(swedishReceipt({ electronic: false })));
    expect(paper).toMatch(row("KASSAKVITTO"));
    expect(paper).not.toContain("ELEKTRONISKT");
  });

  it("renders Cyrillic names, per-line VAT and the change", async () => {
    const doc = russianReceipt();
    const bytes = await renderReceiptPdf(doc);
    const text = pdfText(bytes);
    expect(text).toMatch(row("ООО «Продукты у дома»"));
    expect(text).toMatch(row("ИНН 7701234567"));
    for (const name of ["Молоко пастеризованное 3,2%", "Хлеб Бородинский", "Сыр Российский", "Шоколад тёмный", "Пакет-майка"]) {
      expect(text).toMatch(row(name));
    }
    expect(text).toMatch(row("0.45 x 899.00", "404.55 НДС 10%"));
    expect(text).toMatch(row("КАССОВЫЙ ЧЕК"));
    expect(text).not.toContain("ЭЛЕКТРОННЫЙ");
    for (const vatRow of vatRows(doc, { "22": "22%", "10": "10%", none: "-" })) expect(text).toMatch(vatRow);
    expect(text).toMatch(row("ИТОГ", `${formatMinor(doc.totals.total)} RUB`));
    expect(text).toMatch(row("ИТОГ", "1032.75 RUB"));
    expect(text).toMatch(row("Наличными", "1500.00"));
    expect(text).toMatch(row("Сдача", "467.25"));
    expect(text).toMatch(row("ФД №", "002087"));
    expect(pdfQr(bytes, qrMatrix(doc.fiscal!.qrPayload).length).text).toBe(doc.fiscal!.qrPayload);
  });

  it("refuses a receipt that has not been fiscalized", async () => {
    const doc: ReceiptDocument = { ...polishReceipt(), status: "open", fiscal: null };
    await expect(renderReceiptPdf(doc)).rejects.toThrow(/no fiscal record/);
  });

  it("draws characters the font lacks as a replacement glyph, not a crash", async () => {
    const doc = polishReceipt();
    const odd: ReceiptDocument = { ...doc, lines: doc.lines.map((l, i) => (i === 0 ? { ...l, name: "Kawa ☕ 漢字" } : l)) };
    expect(pdfText(await renderReceiptPdf(odd))).toMatch(row("Kawa � ��"));
  });
});

describe("qr", () => {
  it("builds a matrix that decodes back to the payload", () => {
    const payload = "https://ereceipt.example/r/abc123?x=1";
    const matrix = qrMatrix(payload);
    const scale = 4;
    const side = (matrix.length + 8) * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    matrix.forEach((cells, y) =>
      cells.forEach((dark, x) => {
        if (!dark) return;
        for (let dy = 0; dy < scale; dy++) {
          for (let dx = 0; dx < scale; dx++) {
            const at = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
            pixels.fill(0, at, at + 3);
          }
        }
      }),
    );
    expect(jsQR(pixels, side, side)?.data).toBe(payload);
  });

  it("picks the same mask as qrcode-svg's own (slower) scoring", () => {
    qrMatrix("x"); // installs the fast scoring
    // A fresh copy of qrcode-svg still has its original scoring.
    const require = createRequire(import.meta.url);
    delete require.cache[require.resolve("qrcode-svg")];
    const Original = require("qrcode-svg") as typeof import("qrcode-svg");
    const fastScoring = Object.getPrototypeOf(new QRCode("x").qrcode).getBestMaskPattern;
    expect(Object.getPrototypeOf(new Original("x").qrcode).getBestMaskPattern).not.toBe(fastScoring);
    for (let i = 0; i < 120; i++) {
      const payload = `https://ereceipt.example/v/PL/${"ABC123".repeat(i % 25)}/${i * 7919}?h=${(i * 2654435761).toString(36)}`;
      expect(qrMatrix(payload), payload).toEqual(new Original({ content: payload, ecl: "M", padding: 0 }).qrcode.modules);
    }
  });

  it("refuses non-ASCII payloads", () => {
    expect(() => qrMatrix("Żółć")).toThrow(/ASCII/);
    expect(() => customerDisplayQrSvg("https://x.example/é")).toThrow(/ASCII/);
  });

  it("is in the standard orientation, not mirrored: the dark module sits at row n-8, column 8", () => {
    // Mirrored (transposed) matrices put a format bit there instead, light for these payloads.
    for (const payload of ["a", "https://ereceipt.example/r/abc123", "hello world 12345"]) {
      const matrix = qrMatrix(payload);
      const n = matrix.length;
      expect(matrix[n - 8]?.[8]).toBe(true);
      expect(matrix[8]?.[n - 8]).toBe(false);
    }
  });

  it("gives the customer display a scalable SVG of the same modules with a quiet zone", () => {
    const url = "https://ereceipt.example/r/abc123";
    const svg = customerDisplayQrSvg(url);
    const matrix = qrMatrix(url);
    const module = 256 / (matrix.length + 8);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" version="1.1" viewBox="0 0 256 256">/);
    expect(svg).not.toMatch(/<svg[^>]* width=/);
    expect(svg.match(/<path /g)).toHaveLength(1);
    const drawn = new Set<string>();
    for (const [, x, y] of svg.matchAll(/M([\d.]+),([\d.]+) /g)) {
      drawn.add(`${Math.round(Number(x) / module) - 4},${Math.round(Number(y) / module) - 4}`);
    }
    const dark = new Set<string>();
    matrix.forEach((cells, y) => cells.forEach((d, x) => d && dark.add(`${x},${y}`)));
    expect(drawn).toEqual(dark);
  });
});
