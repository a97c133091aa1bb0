/**
 * Receipt PDF rendering against its floor: pdf-lib with built-in Helvetica drawing the same text
 * lines (ASCII-fied, no QR, no rules) on the same page size. Measured in one run, alternating,
 * after warm-up; medians. Run alone: npx tsx bench/pdf.ts
 */
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { pathToFileURL } from "node:url";
import { receiptFont } from "../src/render/font";
import { addReceiptFont } from "../src/render/pdf-font";
import { pdfGrids, renderReceiptPdf } from "../src/render/pdf";
import { drawQrMatrix } from "../src/render/pdf-qr";
import { qrMatrix } from "../src/render/qr";
import { receiptBlocks } from "../src/render/receipt-content";
import { layoutBlocks } from "../src/render/text-layout";
import { benchReceipt } from "../test/support/fixtures";
import { printTable, type BenchRow } from "./table";

const WARMUP = 40;
const ROUNDS = 200;

type Job = () => Promise<unknown>;

/** Median ms of each job; the jobs take turns so machine noise hits them alike. */
async function compare(jobs: Job[]): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) for (const job of jobs) await job();
  const times = jobs.map(() => [] as number[]);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [j, job] of jobs.entries()) {
      const start = performance.now();
      await job();
      times[j]?.push(performance.now() - start);
    }
  }
  return times.map((t) => {
    t.sort((a, b) => a - b);
    return t[Math.floor(t.length / 2)] ?? Number.NaN;
  });
}

/** Helvetica (WinAnsi) cannot draw ł, ą or Cyrillic: strip accents, replace the rest. */
function asciify(text: string): string {
  return text
    .replace(/[łŁ]/g, (c) => (c === "ł" ? "l" : "L"))
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[„”“]/g, '"')
    .replace(/[—–]/g, "-")
    .replace(/…/g, "...")
    .replace(/[^\x20-\x7e]/g, "?");
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

export async function benchPdf(): Promise<BenchRow[]> {
  const doc = benchReceipt();
  const size = (await PDFDocument.load(await renderReceiptPdf(doc))).getPage(0).getSize();
  const { normal } = pdfGrids();
  const grid = { columns: normal.columns, largeColumns: normal.columns, starBanners: false };
  const texts = layoutBlocks(receiptBlocks(doc), grid).flatMap((l) =>
    l.kind === "text" ? [l.text.trimEnd()] : [],
  );
  const drawLines = (page: PDFPage, font: PDFFont, lines: string[]) => {
    let y = size.height - 20;
    for (const line of lines) {
      page.drawText(line, { x: normal.left, y, size: normal.size, font });
      y -= 10;
    }
  };

  const ours = () => renderReceiptPdf(doc);
  const floor = async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    drawLines(pdf.addPage([size.width, size.height]), font, texts.map(asciify));
    return pdf.save();
  };
  // The same text with the same font, once through our prepared embedder, once through pdf-lib's own.
  const prepared = async () => {
    const pdf = await PDFDocument.create();
    const regular = addReceiptFont(pdf, "regular");
    const bold = addReceiptFont(pdf, "bold");
    drawLines(pdf.addPage([size.width, size.height]), regular, texts);
    await Promise.all([regular.embed(), bold.embed()]);
    return pdf.save();
  };
  const plain = async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const regular = await pdf.embedFont(receiptFont("regular").bytes, { subset: false });
    await pdf.embedFont(receiptFont("bold").bytes, { subset: false });
    drawLines(pdf.addPage([size.width, size.height]), regular, texts);
    return pdf.save();
  };
  // The fiscal QR alone: merged rectangles (ours) against one SVG path of all modules.
  const matrix = qrMatrix(doc.fiscal?.qrPayload ?? "x");
  const qrRects = async () => {
    const pdf = await PDFDocument.create();
    drawQrMatrix(pdf.addPage([size.width, size.height]), matrix, { left: 40, top: 400, module: 3 });
    return pdf.save();
  };
  const svgPath = matrix.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x},${y} h1 v1 h-1 Z`] : []))).join(" ");
  const qrSvg = async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage([size.width, size.height]).drawSvgPath(svgPath, { x: 40, y: 400, scale: 3, color: rgb(0, 0, 0) });
    return pdf.save();
  };

  const [oursMs = 0, floorMs = 0, preparedMs = 0, plainMs = 0, rectMs = 0, svgMs = 0] = await compare([ours, floor, prepared, plain, qrRects, qrSvg]);
  return [
    {
      name: "receipt PDF, 20 lines (PL)",
      ours: ms(oursMs),
      baseline: ms(floorMs),
      ratio: oursMs / floorMs,
      note: `floor: Helvetica text only, ${texts.length} lines, same page`,
    },
    {
      name: "same text, DejaVu Mono x2",
      ours: ms(preparedMs),
      baseline: ms(plainMs),
      ratio: preparedMs / plainMs,
      note: "prepared embedder vs embedFont({subset:false})",
    },
    {
      name: `fiscal QR ${matrix.length}x${matrix.length}`,
      ours: ms(rectMs),
      baseline: ms(svgMs),
      ratio: rectMs / svgMs,
      note: "merged-run rectangles vs drawSvgPath, whole doc",
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printTable(await benchPdf());
}
