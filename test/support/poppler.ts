/** Reads PDFs the way a person's viewer would: poppler's pdftotext and pdftoppm, and a QR decoder. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsQR, { type QRCode } from "jsqr";
import { PNG } from "pngjs";
import { ensureDebianTool } from "./debian";

function withPdf<T>(bytes: Uint8Array, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "pdf-"));
  try {
    const file = join(dir, "receipt.pdf");
    writeFileSync(file, bytes);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(bytes: Uint8Array): string {
  const tool = ensureDebianTool("/usr/bin/pdftotext", "poppler-utils");
  return withPdf(bytes, (file) => execFileSync(tool, ["-layout", file, "-"], { encoding: "utf8" }));
}

/** Every word of the PDF with its box height (pdftotext -bbox), to compare printed sizes. */
export function pdfWords(bytes: Uint8Array): { text: string; height: number }[] {
  const tool = ensureDebianTool("/usr/bin/pdftotext", "poppler-utils");
  const html = withPdf(bytes, (file) => execFileSync(tool, ["-bbox", file, "-"], { encoding: "utf8" }));
  const words: { text: string; height: number }[] = [];
  for (const m of html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    words.push({ text: m[3] ?? "", height: Number(m[2]) - Number(m[1]) });
  }
  return words;
}

/** Rasterizes the first page at `dpi` and decodes the QR code on it. */
export function pdfQrCode(bytes: Uint8Array, dpi = 300): QRCode {
  const tool = ensureDebianTool("/usr/bin/pdftoppm", "poppler-utils");
  return withPdf(bytes, (file, dir) => {
    execFileSync(tool, ["-r", String(dpi), "-png", "-singlefile", file, join(dir, "page")]);
    const png = PNG.sync.read(readFileSync(join(dir, "page.png")));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!code) throw new Error("no QR code found in the rendered page");
    return code;
  });
}
