/** Fixed-width print text: every line fits the printer, amounts right-aligned, names wrapped. */
import { describe, expect, it } from "vitest";
import type { ReceiptDocument } from "../../src/core/document";
import { formatMinor } from "../../src/core/money";
import { renderPrintText, type PrintColumns } from "../../src/render/print-text";
import { LONG_NAME, polishReceipt, russianReceipt, swedishReceipt } from "../support/fixtures";

const COLUMNS: PrintColumns[] = [32, 42, 48];

/** Width in code points: what a printer advances by. */
const width = (line: string) => Array.from(line).length;
const lines = (text: string) => text.split("\n").slice(0, -1);

/** Label left, value right, exactly `columns` wide. */
function row(left: string, right: string, columns: number): string {
  return left + " ".repeat(columns - width(left) - width(right)) + right;
}

const fixtures: [string, ReceiptDocument][] = [
  ["PL paper", polishReceipt()],
  ["PL electronic", polishReceipt({ electronic: true })],
  ["SE electronic", swedishReceipt()],
  ["RU paper", russianReceipt()],
];

describe.each(COLUMNS)("renderPrintText at %i columns", (columns) => {
  it.each(fixtures)("%s: no line is longer than the printer", (_name, doc) => {
    const text = renderPrintText(doc, columns);
    expect(text.endsWith("\n")).toBe(true);
    for (const line of lines(text)) expect(width(line), line).toBeLessThanOrEqual(columns);
  });

  it("PL: names, right-aligned amounts, total, payments and change", () => {
    const doc = polishReceipt();
    const out = lines(renderPrintText(doc, columns));
    for (const name of ["Żółć łąka", "Ser żółty Gouda", "Woda źródlana 1,5 l", "Piwo Żywiec 0,5 l", "Usługa pakowania"]) expect(out).toContain(name);
    expect(out).toContain(row("  0,375 x 34,90", "13,09 C", columns));
    expect(out).toContain(row("  2 x 4,49", "STORNO", columns));
    expect(out).toContain(row("SUMA", `${formatMinor(doc.totals.total, ",")} PLN`, columns));
    expect(out).toContain(row("SUMA", "70,21 PLN", columns));
    expect(out).toContain(row("Karta", "30,00", columns));
    expect(out).toContain(row("Gotówka", "50,00", columns));
    expect(out).toContain(row("Reszta", "9,79", columns));
    expect(out).toContain(row("Nr paragonu", "000123", columns));
    expect(out).toContain(row("Podpis", "MEUCIQDx4rV9b2Kp…", columns));
    expect(out).toContain("-".repeat(columns));
  });

  it("PL: centres the header and marks the e-receipt only when electronic", () => {
    const paper = lines(renderPrintText(polishReceipt(), columns));
    const title = paper.find((l) => l.trim() === "PARAGON FISKALNY") ?? "";
    expect(width(title.trimStart())).toBe(16);
    expect(width(title) - width(title.trimStart())).toBe(Math.floor((columns - 16) / 2));
    expect(paper.join("\n")).not.toContain("E-PARAGON");

    const electronic = lines(renderPrintText(polishReceipt({ electronic: true }), columns));
    expect(electronic.map((l) => l.trim())).toContain("*** E-PARAGON ***");
    // Headed as the paper receipt, with its e-receipt marking.
    expect(electronic.map((l) => l.trim())).toContain("PARAGON FISKALNY");
  });

  it("SE and RU: Unicode names and totals line up by code points", () => {
    const se = lines(renderPrintText(swedishReceipt(), columns));
    for (const name of ["Kanelbulle äppel", "Räkmacka på råg", "Blåbärssoppa", "Påse"]) expect(se).toContain(name);
    expect(se).toContain(row("TOTALT", "221,00 SEK", columns));

    const ru = lines(renderPrintText(russianReceipt(), columns));
    for (const name of ["Молоко пастеризованное 3,2%", "Хлеб Бородинский", "Шоколад тёмный"]) expect(ru).toContain(name);
    expect(ru).toContain(row("  0.45 x 899.00", "404.55 НДС 10%", columns));
    expect(ru).toContain(row("ИТОГ", "1032.75 RUB", columns));
    expect(ru).toContain(row("Сдача", "467.25", columns));
  });

  it("ends with the fiscal QR payload, cut to the line width", () => {
    const doc = polishReceipt();
    const payload = doc.fiscal!.qrPayload;
    const out = lines(renderPrintText(doc, columns));
    const count = Math.ceil(payload.length / columns);
    expect(out.slice(-count).join("")).toBe(payload);
    expect(out.at(-count - 1)).toBe("");
  });
});

describe("renderPrintText wrapping", () => {
  it("wraps a 60-character name at word boundaries", () => {
    expect(width(LONG_NAME)).toBe(60);
    const at48 = lines(renderPrintText(polishReceipt(), 48));
    const i = at48.indexOf("Kiełbasa śląska wędzona z jałowcem, tradycyjna");
    expect(i).toBeGreaterThan(0);
    expect(at48[i + 1]).toBe("receptura XXL");
    expect(at48[i + 2]).toBe(row("  0,5 x 59,98", "29,99 C", 48));

    const at32 = lines(renderPrintText(polishReceipt(), 32));
    const j = at32.indexOf("Kiełbasa śląska wędzona z");
    expect(at32.slice(j, j + 3)).toEqual(["Kiełbasa śląska wędzona z", "jałowcem, tradycyjna receptura", "XXL"]);
  });

  it("counts code points, not UTF-16 units, and cuts words longer than a line", () => {
    const doc = polishReceipt();
    const name = `Tort 🍰🍰 ${"🍰".repeat(40)} ${"x".repeat(50)}`;
    const odd: ReceiptDocument = { ...doc, lines: doc.lines.map((l, i) => (i === 0 ? { ...l, name } : l)) };
    const out = lines(renderPrintText(odd, 32));
    for (const line of out) expect(width(line)).toBeLessThanOrEqual(32);
    const start = out.indexOf("Tort 🍰🍰");
    expect(out.slice(start, start + 4)).toEqual(["Tort 🍰🍰", "🍰".repeat(32), `${"🍰".repeat(8)}`, "x".repeat(32)]);
  });

  it("marks a copy with how the original was issued", () => {
    const out = lines(renderPrintText(polishReceipt(), 42, { copyOf: "Oryginał: e-paragon (SMS)" }));
    expect(out.filter((l) => l.trim() === "*** KOPIA ***")).toHaveLength(2);
    expect(out.map((l) => l.trim())).toContain("Oryginał: e-paragon (SMS)");
  });

  it("refuses a receipt that has not been fiscalized", () => {
    expect(() => renderPrintText({ ...polishReceipt(), status: "open", fiscal: null })).toThrow(/no fiscal record/);
  });
});
