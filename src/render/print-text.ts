/**
 * The receipt as plain text for a fixed-width receipt printer: the same blocks as the PDF, laid
 * out on 32, 42 or 48 columns (58 mm / 80 mm rolls). Every line is at most `columns` code points.
 */
import type { ReceiptDocument } from "../core/document";
import { receiptBlocks, type Block, type ContentOptions } from "./receipt-content";
import { chop, layoutBlocks } from "./text-layout";

export type PrintColumns = 32 | 42 | 48;

export function renderPrintText(doc: ReceiptDocument, columns: PrintColumns = 48, options: ContentOptions = {}): string {
  return blocksText(receiptBlocks(doc, options), columns);
}

/** Any document's blocks (receipt, X or Z report) as print text. */
export function blocksText(blocks: readonly Block[], columns: PrintColumns): string {
  const laid = layoutBlocks(blocks, { columns, largeColumns: columns, loudColumns: columns, starBanners: true });
  const lines: string[] = [];
  for (const line of laid) {
    switch (line.kind) {
      case "text":
        lines.push(line.text.trimEnd());
        break;
      case "rule":
        lines.push("-".repeat(columns));
        break;
      case "gap":
        lines.push("");
        break;
      case "qr":
        // Printed as a QR code by the ESC/POS encoder; in plain text the payload itself.
        lines.push("", ...chop(line.payload, columns));
        break;
    }
  }
  return `${lines.join("\n")}\n`;
}
