/**
 * Puts the prepared receipt font into a pdf-lib document without per-document font work.
 *
 * `doc.embedFont(bytes, { subset: false })` re-parses the font, lays out every string through
 * fontkit and deflates the whole font file again for each document: 6-7x slower than this
 * embedder for the same page (bench/pdf.ts).
 * This embedder keeps pdf-lib's font dictionaries but reuses what never changes: the parsed font,
 * a code point -> glyph table (the font has no GSUB/GPOS, so that is all layout does), and the
 * compressed font file and ToUnicode map. Written against pdf-lib 1.17.1 (pinned).
 */
import { CustomFontEmbedder, PDFFont, PDFHexString, PDFRawStream, type PDFContext, type PDFDocument, type PDFRef } from "pdf-lib";
import { receiptFont, type FontWeight, type PreparedFont } from "./font";

class PreparedFontEmbedder extends CustomFontEmbedder {
  private readonly prepared: PreparedFont;

  constructor(prepared: PreparedFont) {
    // A fixed name (no random suffix) keeps the output deterministic.
    super(prepared.font, prepared.bytes, prepared.name);
    this.prepared = prepared;
  }

  override encodeText(text: string): PDFHexString {
    const { glyphHex, fallbackHex } = this.prepared;
    let hex = "";
    for (const char of text) hex += glyphHex.get(char.codePointAt(0) ?? 0) ?? fallbackHex;
    return PDFHexString.of(hex);
  }

  override widthOfTextAtSize(text: string, size: number): number {
    let count = 0;
    for (const _char of text) count++;
    return count * this.prepared.advanceEm * size;
  }

  protected override async embedFontStream(context: PDFContext): Promise<PDFRef> {
    const { streams, bytes } = this.prepared;
    streams.font ??= context.flateStream(bytes).contents;
    return context.register(context.stream(streams.font, { Filter: "FlateDecode", Length1: bytes.length }));
  }

  protected override embedUnicodeCmap(context: PDFContext): PDFRef {
    const { streams } = this.prepared;
    if (streams.toUnicode) return context.register(context.stream(streams.toUnicode, { Filter: "FlateDecode" }));
    const ref = super.embedUnicodeCmap(context);
    const stream = context.lookup(ref);
    if (stream instanceof PDFRawStream) streams.toUnicode = stream.contents;
    return ref;
  }

  protected override computeWidths(): (number | number[])[] {
    // Monospaced: one run "first last width" instead of a width per glyph.
    return [0, this.prepared.font.numGlyphs - 1, Math.round(this.prepared.advanceEm * 1000)];
  }
}

/** Adds one weight of the receipt font to `doc`; call `embed()` on it before `doc.save()`. */
export function addReceiptFont(doc: PDFDocument, weight: FontWeight): PDFFont {
  return PDFFont.of(doc.context.nextRef(), doc, new PreparedFontEmbedder(receiptFont(weight)));
}
