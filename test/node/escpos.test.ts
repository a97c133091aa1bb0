/** ESC/POS: the printer reads back exactly the print text, in a code page that covers the language. */
import { describe, expect, it } from "vitest";
import type { ReceiptDocument } from "../../src/core/document";
import { CODE_PAGES, encodeText, escposBase64, qrModuleSize, renderEscPos } from "../../src/render/escpos";
import { originalIssueLabel } from "../../src/render/messages";
import { renderPrintText, type PrintColumns } from "../../src/render/print-text";
import { parseEscPos, qrLine } from "../support/escpos-parser";
import { polishReceipt, russianReceipt, swedishReceipt } from "../support/fixtures";

const COLUMNS: PrintColumns[] = [32, 42, 48];

/** What each code page cannot print, and the one-column stand-in a reader sees on paper. */
const NOT_ON_PAGE: Record<number, Record<string, string>> = {
  18: { "„": '"', "”": '"', "—": "-", "…": "." }, // PC852
  17: { "«": '"', "»": '"', "…": "." }, // PC866
  16: {}, // WPC1252 has them all
};

/** The print text as a printer on that code page shows it, the QR payload lines as one symbol. */
function expectedLines(doc: ReceiptDocument, columns: PrintColumns, page: number, copyOf?: string): string[] {
  const lines = renderPrintText(doc, columns, copyOf === undefined ? {} : { copyOf }).split("\n").slice(0, -1);
  const payload = doc.fiscal!.qrPayload;
  const start = lines.findIndex((_, i) => i > 0 && lines[i - 1] === "" && lines.slice(i).join("").startsWith(payload));
  const chunks = Math.ceil(payload.length / columns);
  expect(lines.slice(start, start + chunks).join("")).toBe(payload);
  lines.splice(start, chunks, qrLine(payload));
  const swap = NOT_ON_PAGE[page] ?? {};
  return lines.map((line) => Array.from(line, (char) => swap[char] ?? char).join(""));
}

const fixtures: [string, ReceiptDocument, number][] = [
  ["PL paper", polishReceipt(), 18],
  ["PL electronic", polishReceipt({ electronic: true }), 18],
  ["SE electronic", swedishReceipt(), 16],
  ["RU paper", russianReceipt(), 17],
];

describe.each(COLUMNS)("renderEscPos at %i columns", (columns) => {
  it.each(fixtures)("%s: decodes to the print text, QR payload included", (_name, doc, page) => {
    const bytes = renderEscPos(doc, { columns });
    const parsed = parseEscPos(bytes, { columns });
    expect(parsed.commands.slice(0, 2)).toEqual(["init", `codepage:${page}`]);
    expect(parsed.lines).toEqual(expectedLines(doc, columns, page));
    expect(parsed.qrPayloads).toEqual([doc.fiscal!.qrPayload]);
    for (const line of parsed.lines.filter((l) => !l.startsWith("[QR"))) expect(Array.from(line).length).toBeLessThanOrEqual(columns);
  });

  it.each(fixtures)("%s: starts with ESC @, ends with feed and cut, one cut only", (_name, doc) => {
    const bytes = renderEscPos(doc, { columns });
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x1b, 0x40]);
    expect(Array.from(bytes.slice(-6))).toEqual([0x1b, 0x64, 4, 0x1d, 0x56, 1]);
    const { commands } = parseEscPos(bytes, { columns });
    expect(commands.at(-1)).toBe("cut:1");
    expect(commands.filter((c) => c.startsWith("cut"))).toHaveLength(1);
    expect(commands.filter((c) => c === "init")).toHaveLength(1);
  });

  it("QR: model 2, error correction M, a module size that fits the roll", () => {
    const doc = polishReceipt();
    const parsed = parseEscPos(renderEscPos(doc, { columns }), { columns });
    const qr = parsed.printed.find((p) => p.kind === "qr");
    expect(qr).toMatchObject({ kind: "qr", model: 50, ecc: 49, payload: doc.fiscal!.qrPayload });
    // Byte-mode capacity at level M (ISO/IEC 18004): a 107-byte payload needs version 7, 45 modules.
    const version = [14, 26, 42, 62, 84, 106, 122, 152].findIndex((capacity) => doc.fiscal!.qrPayload.length <= capacity) + 1;
    expect(version).toBe(7);
    const moduleSize = qr?.kind === "qr" ? qr.moduleSize : 0;
    expect(moduleSize).toBeGreaterThanOrEqual(3);
    expect(moduleSize * (17 + 4 * version + 8)).toBeLessThanOrEqual(columns * 12);
    expect(parsed.commands.filter((c) => c.startsWith("qr:"))).toEqual([
      "qr:model:50",
      `qr:size:${moduleSize}`,
      "qr:ecc:49",
      "qr:store",
      "qr:print",
    ]);
  });

  it("bold, double height and centering for title and total; bold merchant and banner", () => {
    const doc = polishReceipt();
    const { printed } = parseEscPos(renderEscPos(doc, { columns }), { columns });
    const text = printed.filter((p) => p.kind === "text");
    const title = text.find((p) => p.text.trim() === "PARAGON FISKALNY");
    expect(title).toMatchObject({ bold: true, doubleHeight: true, doubleWidth: false, align: "center" });
    const total = text.find((p) => /^SUMA +\d/.test(p.text));
    expect(total).toMatchObject({ bold: true, doubleHeight: true, align: "left" });
    expect(text[0]).toMatchObject({ bold: true, doubleHeight: false, align: "center" });
    expect(text.find((p) => p.text.startsWith("Karta"))).toMatchObject({ bold: false, doubleHeight: false, align: "left" });

    const se = parseEscPos(renderEscPos(swedishReceipt(), { columns }), { columns }).printed;
    expect(se.find((p) => p.kind === "text" && p.text.trim() === "*** ELEKTRONISKT KASSAKVITTO ***")).toMatchObject({ bold: true, align: "center" });
  });

  it("a copy carries the KOPIA banners and how the original was issued", () => {
    const doc = polishReceipt({ electronic: true });
    const label = originalIssueLabel("sms", "pl");
    const parsed = parseEscPos(renderEscPos(doc, { columns, copyLabel: label }), { columns });
    expect(parsed.lines).toEqual(expectedLines(doc, columns, 18, label));
    expect(parsed.lines.filter((l) => l.trim() === "*** KOPIA ***")).toHaveLength(2);
    expect(parsed.lines.map((l) => l.trim())).toContain("E-paragon (SMS)");
    const plain = parseEscPos(renderEscPos(doc, { columns }), { columns });
    expect(plain.lines.join("\n")).not.toContain("KOPIA");
  });
});

describe("ESC/POS text encoding", () => {
  it("PC852 holds the Polish letters at the IBM 852 positions", () => {
    const letters = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";
    const bytes = [0xa5, 0x86, 0xa9, 0x88, 0xe4, 0xa2, 0x98, 0xab, 0xbe, 0xa4, 0x8f, 0xa8, 0x9d, 0xe3, 0xe0, 0x97, 0x8d, 0xbd];
    expect(Array.from(encodeText(letters, CODE_PAGES.PC852))).toEqual(bytes);
  });

  it("PC866 agrees with TextDecoder, WPC1252 with Latin-1 and CP1252.TXT, byte for byte", () => {
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    expect(CODE_PAGES.PC866.high).toBe(new TextDecoder("ibm866").decode(high));
    const wpc1252 = Array.from(CODE_PAGES.WPC1252.high);
    expect(wpc1252.slice(0x20).join("")).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
    // 0x80-0x9F from Unicode's CP1252.TXT; 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined.
    const row = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";
    expect(wpc1252.slice(0, 0x20).join("")).toBe(row);
    expect(Array.from(CODE_PAGES.PC852.high)).toHaveLength(128);
    expect(new Set(CODE_PAGES.PC852.high).size).toBe(128);
  });

  it("Swedish and Russian letters round-trip", () => {
    const sv = "åäöÅÄÖéü";
    expect(Array.from(encodeText(sv, CODE_PAGES.WPC1252))).toEqual([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9, 0xfc]);
    const ru = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя№";
    expect(new TextDecoder("ibm866").decode(encodeText(ru, CODE_PAGES.PC866))).toBe(ru);
  });

  it("one byte per code point: foreign letters fold to their base letter, the rest print as ?", () => {
    const onRu = new TextDecoder("ibm866").decode(encodeText("Żółć łąka 🍰 €", CODE_PAGES.PC866));
    expect(onRu).toBe("Zolc laka ? ?");
    const onPl = parseEscPos(Uint8Array.from([0x1b, 0x74, 18, ...encodeText("Молоко «Ё» – ok…", CODE_PAGES.PC852)]), { columns: 48 });
    expect(onPl.lines).toEqual(["?????? «?» - ok."]);
  });

  it("never lets a control character through as a printer command", () => {
    const bytes = encodeText("a\u001bVb\u001dV\u0001c\nd\u0000\u007f\u0085", CODE_PAGES.WPC1252);
    for (const byte of bytes) expect(byte === 0x7f || byte < 0x20).toBe(false);
    expect(bytes).toHaveLength(13);
  });

  it("a line name with control characters cannot cut the paper early", () => {
    const doc = polishReceipt();
    const hostile: ReceiptDocument = { ...doc, lines: doc.lines.map((l, i) => (i === 0 ? { ...l, name: "Evil\u001dV\u0001\u001b@ name" } : l)) };
    const { commands } = parseEscPos(renderEscPos(hostile, { columns: 48 }), { columns: 48 });
    expect(commands.filter((c) => c.startsWith("cut") || c === "init")).toEqual(["init", "cut:1"]);
  });

  it("module size shrinks for long payloads and stays within 1-6", () => {
    expect(qrModuleSize(100, 48)).toBe(6);
    expect(qrModuleSize(600, 32)).toBeLessThan(qrModuleSize(100, 32));
    expect(qrModuleSize(5000, 32)).toBeGreaterThanOrEqual(1);
  });

  it("escposBase64 is the standard base64 of the bytes", () => {
    const bytes = renderEscPos(russianReceipt(), { columns: 42 });
    const decoded = Uint8Array.from(atob(escposBase64(bytes)), (c) => c.charCodeAt(0));
    expect(decoded).toEqual(bytes);
    expect(escposBase64(Uint8Array.from([0, 255, 128]))).toBe("AP+A");
  });
});
