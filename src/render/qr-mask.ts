/**
 * Faster mask choice for qrcode-svg. Its model tries the 8 mask patterns and scores each with
 * `isDark()` calls that bounds-check every access: a third of a receipt PDF's time. This is
 * the same scoring (qrcode-svg 1.1.0's getLostPoint, rule for rule) on the module arrays, so the
 * chosen mask and the matrix are identical; test/node/render.test.ts compares them.
 */
import QRCode from "qrcode-svg";

interface MaskedModel {
  modules: boolean[][];
  makeImpl(test: boolean, maskPattern: number): void;
  getBestMaskPattern(): number;
}

/** qrcode-svg's penalty score of a finished matrix (lower is better). */
export function lostPoint(m: boolean[][]): number {
  const n = m.length;
  let lost = 0;
  let dark = 0;
  for (let r = 0; r < n; r++) {
    const above = m[r - 1];
    const row = m[r] ?? [];
    const below = m[r + 1];
    for (let c = 0; c < n; c++) {
      const d = row[c] === true;
      if (d) dark++;
      // Neighbours of the same colour among the up to 8 around.
      let same = 0;
      if (above) {
        if (c > 0 && above[c - 1] === d) same++;
        if (above[c] === d) same++;
        if (c < n - 1 && above[c + 1] === d) same++;
      }
      if (c > 0 && row[c - 1] === d) same++;
      if (c < n - 1 && row[c + 1] === d) same++;
      if (below) {
        if (c > 0 && below[c - 1] === d) same++;
        if (below[c] === d) same++;
        if (c < n - 1 && below[c + 1] === d) same++;
      }
      if (same > 5) lost += 3 + same - 5;
      // 2x2 blocks of one colour.
      if (below && c < n - 1) {
        const count = Number(d) + Number(row[c + 1] === true) + Number(below[c] === true) + Number(below[c + 1] === true);
        if (count === 0 || count === 4) lost += 3;
      }
      // Finder-like 1:1:3:1:1 runs, across and down.
      if (c < n - 6 && d && !row[c + 1] && row[c + 2] && row[c + 3] && row[c + 4] && !row[c + 5] && row[c + 6]) lost += 40;
      if (r < n - 6 && d && !m[r + 1]?.[c] && m[r + 2]?.[c] && m[r + 3]?.[c] && m[r + 4]?.[c] && !m[r + 5]?.[c] && m[r + 6]?.[c]) {
        lost += 40;
      }
    }
  }
  return lost + (Math.abs((100 * dark) / n / n - 50) / 5) * 10;
}

function bestMaskPattern(this: MaskedModel): number {
  let min = 0;
  let pattern = 0;
  for (let i = 0; i < 8; i++) {
    this.makeImpl(true, i);
    const lost = lostPoint(this.modules);
    if (i === 0 || min > lost) {
      min = lost;
      pattern = i;
    }
  }
  return pattern;
}

let installed = false;

/** Swaps the scorer into qrcode-svg's model prototype, once per isolate. */
export function useFastMaskScoring(): void {
  if (installed) return;
  const prototype = Object.getPrototypeOf(new QRCode({ content: "0", ecl: "L" }).qrcode) as MaskedModel;
  prototype.getBestMaskPattern = bestMaskPattern;
  installed = true;
}
