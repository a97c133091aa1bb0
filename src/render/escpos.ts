/**
 * The receipt as ESC/POS bytes a thermal printer accepts as-is: the same blocks and the same
 * layout as the print text, encoded in a single-byte code page that covers the receipt's
 * language, with the fiscal QR printed natively (GS ( k). No host APIs, so it runs in workerd.
 */
import type { ReceiptDocument } from "../core/document";
import type { Language } from "../core/profiles";
import type { PrintColumns } from "./print-text";
import { receiptBlocks, type Block } from "./receipt-content";
import { layoutBlocks, type Grid } from "./text-layout";

export interface EscPosOptions {
  columns: PrintColumns;
  /** Prints the receipt as a copy; the label says how the original was issued. */
  copyLabel?: string;
}

export interface CodePage {
  name: string;
  /** The `n` of ESC t n (Epson numbering). */
  number: number;
  /** The characters of bytes 0x80-0xFF in order; U+0000 where the page defines none. */
  high: string;
}

/** IBM 852 (Latin-2): Polish and the other Central European languages. */
const PC852: CodePage = {
  name: "PC852",
  number: 18,
  high: [
    "ÇüéâäůćçłëŐőîŹÄĆ", // 8_
    "ÉĹĺôöĽľŚśÖÜŤťŁ×č", // 9_
    "áíóúĄąŽžĘę¬źČş«»", // A_
    "░▒▓│┤ÁÂĚŞ╣║╗╝Żż┐", // B_
    "└┴┬├─┼Ăă╚╔╩╦╠═╬¤", // C_
    "đĐĎËďŇÍÎě┘┌█▄ŢŮ▀", // D_
    "ÓßÔŃńňŠšŔÚŕŰýÝţ´", // E_
    "\u00AD˝˛ˇ˘§÷¸°¨˙űŘř■\u00A0", // F_
  ].join(""),
};

/** IBM 866: Russian Cyrillic, with Ё/ё and №. */
const PC866: CodePage = {
  name: "PC866",
  number: 17,
  high: [
    "АБВГДЕЖЗИЙКЛМНОП", // 8_
    "РСТУФХЦЧШЩЪЫЬЭЮЯ", // 9_
    "абвгдежзийклмноп", // A_
    "░▒▓│┤╡╢╖╕╣║╗╝╜╛┐", // B_
    "└┴┬├─┼╞╟╚╔╩╦╠═╬╧", // C_
    "╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀", // D_
    "рстуфхцчшщъыьэюя", // E_
    "ЁёЄєЇїЎў°∙·√№¤■\u00A0", // F_
  ].join(""),
};

/** Windows-1252: Swedish and English, and unlike PC858 also „ ” – — … €. */
const WPC1252: CodePage = {
  name: "WPC1252",
  number: 16,
  high: [
    "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000", // 8_
    "\u0000‘’“”•–—˜™š›œ\u0000žŸ", // 9_
    "\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯", // A_
    "°±²³´µ¶·¸¹º»¼½¾¿", // B_
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ", // C_
    "ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß", // D_
    "àáâãäåæçèéêëìíîï", // E_
    "ðñòóôõö÷øùúûüýþÿ", // F_
  ].join(""),
};

export const CODE_PAGES = { PC852, PC866, WPC1252 } as const;

const PAGE_FOR_LANGUAGE: Readonly<Record<Language, CodePage>> = { pl: PC852, sv: WPC1252, nb: WPC1252, ru: PC866, en: WPC1252 };

export function codePageFor(language: Language): CodePage {
  return PAGE_FOR_LANGUAGE[language] ?? WPC1252;
}

/**
 * Stand-ins for characters a page lacks, one character each so the layout's column count holds
 * (PC852 has no „ ” — …, PC866 no « »).
 */
const FALLBACK: Readonly<Record<string, string>> = {
  "„": '"', "“": '"', "”": '"', "«": '"', "»": '"',
  "‚": "'", "‘": "'", "’": "'",
  "–": "-", "—": "-", "−": "-",
  "…": ".", "ł": "l", "Ł": "L", "\u00A0": " ",
};

const encoders = new Map<CodePage, Map<string, number>>();

function encoderFor(page: CodePage): Map<string, number> {
  let map = encoders.get(page);
  if (!map) {
    map = new Map();
    for (let i = 0; i < 128; i++) {
      const char = page.high.charAt(i);
      if (char !== "\u0000") map.set(char, 0x80 + i);
    }
    encoders.set(page, map);
  }
  return map;
}

const QUESTION = 0x3f;

function byteOf(char: string, map: Map<string, number>): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  // Only printable ASCII passes through: a control byte in a name must never reach the printer as a command.
  if (code >= 0x20 && code <= 0x7e) return code;
  return map.get(char);
}

/** One byte per code point (the layout counts code points); unmappable characters print as "?". */
export function encodeText(text: string, page: CodePage): Uint8Array {
  const map = encoderFor(page);
  const chars = Array.from(text);
  const out = new Uint8Array(chars.length);
  chars.forEach((char, i) => {
    let byte = byteOf(char, map);
    if (byte === undefined) {
      const fallback = FALLBACK[char];
      // A letter with a diacritic the page lacks prints as its base letter (ż -> z on PC866).
      const base = char.normalize("NFD");
      const stripped = base.length > 1 && /^\P{M}\p{M}+$/u.test(base) ? base.charAt(0) : undefined;
      const substitute = fallback ?? stripped;
      byte = substitute === undefined ? undefined : byteOf(substitute, map);
    }
    out[i] = byte ?? QUESTION;
  });
  return out;
}

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

/** QR byte-mode capacity at error correction M for versions 1-20 (ISO/IEC 18004 table 7). */
const QR_CAPACITY_M = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666];
const QR_MAX_MODULE = 6;

/** The largest module size (dots) at which the symbol and its quiet zone fit the roll. */
export function qrModuleSize(dataLength: number, columns: PrintColumns): number {
  const index = QR_CAPACITY_M.findIndex((capacity) => dataLength <= capacity);
  const version = index === -1 ? 40 : index + 1;
  const modules = 17 + 4 * version + 8;
  // Font A is 12 dots wide: 32 columns = 384 dots (58 mm), 48 = 576 dots (80 mm).
  const dots = columns * 12;
  return Math.max(1, Math.min(QR_MAX_MODULE, Math.floor(dots / modules)));
}

/** GS ( k pL pH cn fn ...: a QR function call (cn 49 = QR Code). */
function qrFunction(fn: number, params: Uint8Array | number[]): number[] {
  const length = params.length + 2;
  return [GS, 0x28, 0x6b, length & 0xff, length >> 8, 49, fn, ...params];
}

function qrCommands(payload: string, columns: PrintColumns): number[] {
  const data = new TextEncoder().encode(payload);
  return [
    ...qrFunction(65, [50, 0]), // function 165: model 2
    ...qrFunction(67, [qrModuleSize(data.length, columns)]), // function 167: module size
    ...qrFunction(69, [49]), // function 169: error correction M
    ...qrFunction(80, [48, ...data]), // function 180: store the data
    ...qrFunction(81, [48]), // function 181: print it
  ];
}

class Writer {
  private chunks: (Uint8Array | number[])[] = [];
  private length = 0;
  private align = 0;
  private bold = false;
  private size = 0x00;

  bytes(data: Uint8Array | number[]): void {
    this.chunks.push(data);
    this.length += data.length;
  }

  /** Emits ESC a / ESC E / GS ! only when the style changes. */
  style(next: { align?: number; bold?: boolean; large?: boolean; loud?: boolean }): void {
    if (next.align !== undefined && next.align !== this.align) this.bytes([ESC, 0x61, (this.align = next.align)]);
    if (next.bold !== undefined && next.bold !== this.bold) this.bytes([ESC, 0x45, (this.bold = next.bold) ? 1 : 0]);
    // GS ! 0x01: double height only, so a large line keeps the grid's column count; 0x22: triple width and
    // height (loud), half as tall again as a large total.
    const size = next.loud ? 0x22 : next.large ? 0x01 : next.large === undefined ? this.size : 0x00;
    if (size !== this.size) this.bytes([GS, 0x21, (this.size = size)]);
  }

  line(text: Uint8Array): void {
    this.bytes(text);
    this.bytes([LF]);
  }

  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

export function renderEscPos(doc: ReceiptDocument, options: EscPosOptions): Uint8Array {
  return blocksEscPos(receiptBlocks(doc, { copyOf: options.copyLabel }), doc.profile.language, options.columns);
}

/** Any document's blocks (receipt, X or Z report) as ESC/POS bytes in the language's code page. */
export function blocksEscPos(blocks: readonly Block[], language: Language, columns: EscPosOptions["columns"]): Uint8Array {
  const page = codePageFor(language);
  const grid: Grid = { columns, largeColumns: columns, loudColumns: Math.floor(columns / 3), starBanners: true };
  const out = new Writer();
  out.bytes([ESC, 0x40, ESC, 0x74, page.number]);

  // Block by block, so centered blocks can be sent unpadded under ESC a 1.
  for (const block of blocks) {
    const centered = block.kind === "center" || block.kind === "banner" || block.kind === "qr";
    out.style({ align: centered ? 1 : 0 });
    for (const line of layoutBlocks([block], grid)) {
      switch (line.kind) {
        case "text":
          out.style({ bold: line.bold, large: line.large, loud: line.loud });
          out.line(encodeText(centered ? line.text.trim() : line.text.trimEnd(), page));
          break;
        case "rule":
          out.style({ bold: false, large: false });
          out.line(encodeText("-".repeat(columns), page));
          break;
        case "gap":
          out.bytes([LF]);
          break;
        case "qr":
          // A blank line before the symbol, as in the print text.
          out.style({ bold: false, large: false });
          out.bytes([LF, ...qrCommands(line.payload, columns)]);
          break;
      }
    }
  }
  out.style({ align: 0, bold: false, large: false });
  // Feed the last line past the cutter (ESC d 4), then a partial cut (GS V 1).
  out.bytes([ESC, 0x64, 4, GS, 0x56, 1]);
  return out.result();
}

/** The bytes as base64 for JSON answers (btoa over a binary string; no Buffer in workerd). */
export function escposBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
