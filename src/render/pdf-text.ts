/**
 * All of a page's text in one text object. pdf-lib's drawText wraps every line in its own
 * graphics state, colour, font and a rotate/skew matrix of six computed numbers: a quarter of a
 * receipt's render time. Here the font and colour are set only when they change, and each line
 * is placed with a text matrix whose constant entries are shared.
 */
import { beginText, endText, PDFNumber, setFillingGrayscaleColor, setFontAndSize, setTextMatrix, showText, type PDFFont, type PDFName, type PDFOperator, type PDFPage } from "pdf-lib";

const ONE = PDFNumber.of(1);
const ZERO = PDFNumber.of(0);

export interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
  font: PDFFont;
  white: boolean;
}

export class PageText {
  private readonly runs: TextRun[] = [];

  add(run: TextRun): void {
    this.runs.push(run);
  }

  /** Writes the collected runs after whatever the page holds (banners' black boxes stay under their white text). */
  draw(page: PDFPage): void {
    if (this.runs.length === 0) return;
    const keys = new Map<PDFFont, PDFName>();
    const ops: PDFOperator[] = [beginText()];
    let font: PDFFont | null = null;
    let size = 0;
    let white = false;
    for (const run of this.runs) {
      if (run.font !== font || run.size !== size) {
        let key = keys.get(run.font);
        if (!key) keys.set(run.font, (key = page.node.newFontDictionary(run.font.name, run.font.ref)));
        ops.push(setFontAndSize(key, run.size));
        font = run.font;
        size = run.size;
      }
      if (run.white !== white) {
        ops.push(setFillingGrayscaleColor(run.white ? ONE : ZERO));
        white = run.white;
      }
      ops.push(setTextMatrix(ONE, ZERO, ZERO, ONE, run.x, run.y), showText(run.font.encodeText(run.text)));
    }
    ops.push(endText());
    page.pushOperators(...ops);
  }
}
