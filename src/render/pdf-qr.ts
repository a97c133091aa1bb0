/** Draws a QR module matrix into a pdf-lib page as vector rectangles. */
import {
  PDFNumber,
  concatTransformationMatrix,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  type PDFOperator,
  type PDFPage,
} from "pdf-lib";

export interface QrPlacement {
  /** Top-left corner of the symbol itself (inside the quiet zone), in points. */
  left: number;
  top: number;
  /** Module side in points. */
  module: number;
}

/** Module coordinates are small integers (a QR symbol is at most 177 modules): their PDF numbers are made once per isolate. */
const MODULES = Array.from({ length: 178 }, (_, i) => PDFNumber.of(i));

/**
 * One rectangle per horizontal run of dark modules, all filled at once. An SVG path of every
 * module costs ~7 ms; a pdf-lib drawRectangle per run ~20 ms (each carries its own graphics
 * state); bare `re` operators in module units (small integers, after one `cm`) about 1 ms.
 */
export function drawQrMatrix(page: PDFPage, matrix: readonly (readonly boolean[])[], at: QrPlacement): void {
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    // Module grid: origin at the symbol's top-left corner, y growing downwards.
    concatTransformationMatrix(at.module, 0, 0, -at.module, at.left, at.top),
    setFillingGrayscaleColor(0),
  ];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      ops.push(rectangle(MODULES[start]!, MODULES[y]!, MODULES[x - start]!, MODULES[1]!));
    }
  });
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}
