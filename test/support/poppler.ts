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
