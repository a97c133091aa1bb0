/** The `print` answer: text for the till's printer and the same receipt as ESC/POS bytes. */
import type { ReceiptDocument } from "../../core/document";
import { blocksEscPos, escposBase64, renderEscPos } from "../../render/escpos";
import { blocksText, renderPrintText, type PrintColumns } from "../../render/print-text";
import { slipBlocks } from "../../render/receipt-content";

export function printOutput(doc: ReceiptDocument, columns: PrintColumns, copyOf?: string) {
  return {
    text: renderPrintText(doc, columns, copyOf === undefined ? {} : { copyOf }),
    escpos_base64: escposBase64(renderEscPos(doc, { columns, ...(copyOf !== undefined && { copyLabel: copyOf }) })),
    columns,
  };
}

/** A provisional or training print of an open sale (SE, NO): not a receipt, and marked so. */
export function slipOutput(doc: ReceiptDocument, kind: "provisional" | "training", printedAt: string, columns: PrintColumns) {
  const blocks = slipBlocks(doc, kind, printedAt);
  return { text: blocksText(blocks, columns), escpos_base64: escposBase64(blocksEscPos(blocks, doc.profile.language, columns)), columns };
}
