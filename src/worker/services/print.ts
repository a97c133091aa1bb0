/** The `print` answer: text for the till's printer and the same receipt as ESC/POS bytes. */
import type { ReceiptDocument } from "../../core/document";
import { escposBase64, renderEscPos } from "../../render/escpos";
import { renderPrintText, type PrintColumns } from "../../render/print-text";

export function printOutput(doc: ReceiptDocument, columns: PrintColumns, copyOf?: string) {
  return {
    text: renderPrintText(doc, columns, copyOf === undefined ? {} : { copyOf }),
    escpos_base64: escposBase64(renderEscPos(doc, { columns, ...(copyOf !== undefined && { copyLabel: copyOf }) })),
    columns,
  };
}
