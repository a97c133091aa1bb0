/**
 * The receipt font (pre-subset DejaVu Sans Mono, compiled in as base64), decoded and parsed once
 * per isolate. Pure: `atob` and typed arrays only, so it runs alike in workerd, Node and Deno.
 */
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument } from "pdf-lib";
import { BOLD_TTF_BASE64, REGULAR_TTF_BASE64 } from "./fonts/receipt-font";

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
export type ParsedFont = ReturnType<Fontkit["create"]>;
export type FontWeight = "regular" | "bold";

/** One weight of the receipt font with everything a document needs, computed once. */
export interface PreparedFont {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly font: ParsedFont;
  /** Glyph id as 4 hex digits (the Identity-H encoding pdf-lib writes) per code point. */
  readonly glyphHex: ReadonlyMap<number, string>;
  /** Drawn for code points the font lacks, so odd input never breaks a receipt. */
  readonly fallbackHex: string;
  /** Advance width in em: the font is monospaced. */
  readonly advanceEm: number;
  /** Compressed font file and ToUnicode map, filled by the first document that embeds them. */
  readonly streams: { font?: Uint8Array; toUnicode?: Uint8Array };
}

export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function prepare(name: string, base64: string): PreparedFont {
  const bytes = decodeBase64(base64);
  const font = fontkit.create(bytes);
  const glyphHex = new Map<number, string>();
  for (const codePoint of font.characterSet) {
    glyphHex.set(codePoint, font.glyphForCodePoint(codePoint).id.toString(16).padStart(4, "0"));
  }
  const fallbackHex = glyphHex.get(0xfffd) ?? glyphHex.get(0x3f) ?? "0000";
  const advanceEm = font.glyphForCodePoint(0x30).advanceWidth / font.unitsPerEm;
  return { name, bytes, font, glyphHex, fallbackHex, advanceEm, streams: {} };
}

const cache: Partial<Record<FontWeight, PreparedFont>> = {};

/** The prepared font of one weight; the first call per isolate decodes and parses it. */
export function receiptFont(weight: FontWeight): PreparedFont {
  let prepared = cache[weight];
  if (!prepared) {
    prepared =
      weight === "bold" ? prepare("DejaVuSansMono-Bold", BOLD_TTF_BASE64) : prepare("DejaVuSansMono", REGULAR_TTF_BASE64);
    cache[weight] = prepared;
  }
  return prepared;
}
