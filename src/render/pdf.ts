/**
 * The receipt as a PDF in the paper layout of an 80 mm thermal roll: one page as long as the
 * content, monospaced on the same character grid a printer uses, with the fiscal QR as vector.
 */
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { ReceiptDocument } from "../core/document";
import { receiptFont } from "./font";
import { addReceiptFont } from "./pdf-font";
import { PageText } from "./pdf-text";
import { drawQrMatrix } from "./pdf-qr";
import { qrMatrix } from "./qr";
import { receiptBlocks, type Block, type ContentOptions } from "./receipt-content";
import { layoutBlocks, type LaidLine, type TextLine } from "./text-layout";

const PT_PER_MM = 72 / 25.4;
const PAGE_WIDTH = 80 * PT_PER_MM;
const PRINTABLE_WIDTH = 72 * PT_PER_MM;
const MARGIN_TOP = 5 * PT_PER_MM;
const MARGIN_BOTTOM = 8 * PT_PER_MM;
const SIZE = 8;
/** Title and total: about 1.4 times the body size, on a grid with the same edges. */
const LARGE_RATIO = 1.4;
/** A loud line (NO copy marking): at least 1.5 times every amount, the large total included. */
const LOUD_RATIO = 2.2;
const LINE_HEIGHT = 1.25;
const BANNER_PADDING = 2;
const RULE_HEIGHT = 8;
const GAP_HEIGHT = 6;
/** The QR symbol (without quiet zone) is at least this wide: scannable from paper and screens. */
const QR_MIN_SYMBOL_MM = 34;
/** Module sizes snap to a 203 dpi thermal head's dot so printed modules stay even. */
const QR_DOT_MM = 25.4 / 203;
const QR_QUIET_MODULES = 4;
const BLACK = rgb(0, 0, 0);

export interface Grid {
  size: number;
  advance: number;
  columns: number;
  /** x of column 0: the grid is centred on the page. */
  left: number;
}

/** The character grids of body text, of large lines and of loud (twice the body size) lines (exported for the benchmark's floor). */
export function pdfGrids(): { normal: Grid; large: Grid; loud: Grid } {
  const em = receiptFont("regular").advanceEm;
  const columns = Math.floor(PRINTABLE_WIDTH / (em * SIZE));
  const normal = { size: SIZE, advance: em * SIZE, columns, left: (PAGE_WIDTH - columns * em * SIZE) / 2 };
  const largeColumns = Math.floor(columns / LARGE_RATIO);
  const advance = (columns * normal.advance) / largeColumns;
  const loudColumns = Math.floor(columns / LOUD_RATIO);
  const loud = { size: LOUD_RATIO * SIZE, advance: LOUD_RATIO * normal.advance, columns: loudColumns, left: (PAGE_WIDTH - loudColumns * LOUD_RATIO * normal.advance) / 2 };
  return { normal, large: { size: advance / em, advance, columns: largeColumns, left: normal.left }, loud };
}

interface Qr {
  matrix: boolean[][];
  module: number;
  /** Side of the symbol with its quiet zone. */
  side: number;
}

function qrGeometry(payload: string): Qr {
  const matrix = qrMatrix(payload);
  const dots = Math.ceil(QR_MIN_SYMBOL_MM / matrix.length / QR_DOT_MM);
  const module = dots * QR_DOT_MM * PT_PER_MM;
  return { matrix, module, side: (matrix.length + 2 * QR_QUIET_MODULES) * module };
}

function lineHeight(line: LaidLine, qr: Qr | undefined, large: Grid): number {
  switch (line.kind) {
    case "text":
      return (line.loud ? LOUD_RATIO * SIZE : line.large ? large.size : SIZE) * LINE_HEIGHT + (line.banner ? 2 * BANNER_PADDING : 0);
    case "rule":
      return RULE_HEIGHT;
    case "gap":
      return GAP_HEIGHT;
    case "qr":
      return qr?.side ?? 0;
  }
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

function drawTextLine(page: PDFPage, text: PageText, line: TextLine, top: number, fonts: Fonts, grids: ReturnType<typeof pdfGrids>): void {
  const { normal, large, loud } = grids;
  const g = line.loud ? loud : line.large ? large : normal;
  if (line.banner) {
    const height = g.size * LINE_HEIGHT + 2 * BANNER_PADDING;
    page.drawRectangle({ x: normal.left - 2, y: top - height, width: normal.columns * normal.advance + 4, height, color: BLACK });
    top -= BANNER_PADDING;
  }
  const content = line.text.trimEnd();
  const indent = content.length - content.trimStart().length;
  // Baseline just below the ascent: ascent 0.93 em, descent 0.24 em fit in the 1.25 em line.
  const baseline = top - g.size;
  if (content.trim()) {
    text.add({ text: content.trimStart(), x: g.left + indent * g.advance, y: baseline, size: g.size, font: line.bold ? fonts.bold : fonts.regular, white: line.banner === true });
  }
  if (line.strike && line.strike.to > line.strike.from) {
    const y = baseline + g.size * 0.3;
    page.drawLine({
      start: { x: g.left + line.strike.from * g.advance, y },
      end: { x: g.left + line.strike.to * g.advance, y },
      thickness: 0.7,
      color: BLACK,
    });
  }
}

export async function renderReceiptPdf(doc: ReceiptDocument, options: ContentOptions = {}): Promise<Uint8Array> {
  const fiscal = doc.fiscal;
  // Dates from the receipt, not the clock: rendering the same receipt twice gives the same bytes.
  const title = `${doc.electronic ? doc.profile.wording.eReceipt : doc.profile.wording.receipt} ${fiscal?.numberText ?? ""}`.trim();
  return renderBlocksPdf(receiptBlocks(doc, options), { title, locale: doc.profile.locale, date: new Date(fiscal ? fiscal.issuedAt : doc.createdAt) });
}

/** Any document's blocks (receipt, X or Z report) on one 80 mm page; `date` is the document's, so the same document gives the same bytes. */
export async function renderBlocksPdf(blocks: readonly Block[], meta: { title: string; locale: string; date: Date }): Promise<Uint8Array> {
  const grids = pdfGrids();
  const { normal, large, loud } = grids;
  const lines = layoutBlocks(blocks, { columns: normal.columns, largeColumns: large.columns, loudColumns: loud.columns, starBanners: false });
  const qrLine = lines.find((line) => line.kind === "qr");
  const qr = qrLine ? qrGeometry(qrLine.payload) : undefined;
  const height = MARGIN_TOP + MARGIN_BOTTOM + lines.reduce((sum, line) => sum + lineHeight(line, qr, large), 0);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(meta.title);
  pdf.setLanguage(meta.locale);
  pdf.setProducer("eReceipt Edge");
  pdf.setCreationDate(meta.date);
  pdf.setModificationDate(meta.date);
  const fonts: Fonts = { regular: addReceiptFont(pdf, "regular"), bold: addReceiptFont(pdf, "bold") };
  const page = pdf.addPage([PAGE_WIDTH, height]);

  const text = new PageText();
  let top = height - MARGIN_TOP;
  for (const line of lines) {
    switch (line.kind) {
      case "text":
        drawTextLine(page, text, line, top, fonts, grids);
        break;
      case "rule": {
        const y = top - RULE_HEIGHT / 2;
        page.drawLine({
          start: { x: normal.left, y },
          end: { x: normal.left + normal.columns * normal.advance, y },
          thickness: 0.5,
          color: BLACK,
          dashArray: [2, 1.5],
        });
        break;
      }
      case "gap":
        break;
      case "qr":
        if (qr) {
          const quiet = QR_QUIET_MODULES * qr.module;
          drawQrMatrix(page, qr.matrix, { left: (PAGE_WIDTH - qr.side) / 2 + quiet, top: top - quiet, module: qr.module });
        }
        break;
    }
    top -= lineHeight(line, qr, large);
  }
  text.draw(page);

  await Promise.all([fonts.regular.embed(), fonts.bold.embed()]);
  // Object streams would save ~0.5 KB but cost another deflate per document (~20% of the time).
  return pdf.save({ useObjectStreams: false });
}
