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

/** A module outside the symbol: equal to neither colour, so edges need no bounds checks. */
const OUTSIDE = 2;

/** qrcode-svg's penalty score of a finished matrix (lower is better). */
export function lostPoint(m: boolean[][]): number {
  const n = m.length;
  // The matrix in one typed array with a one-module border: the scoring below is 8 passes per QR.
  const w = n + 2;
  const g = new Uint8Array(w * (w + 6)).fill(OUTSIDE);
  let dark = 0;
  for (let r = 0; r < n; r++) {
    const row = m[r] ?? [];
    for (let c = 0; c < n; c++) {
      const d = row[c] === true ? 1 : 0;
      g[(r + 1) * w + c + 1] = d;
      dark += d;
    }
  }
  let lost = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const i = (r + 1) * w + c + 1;
      const d = g[i]!;
      // Neighbours of the same colour among the up to 8 around.
      const same =
        Number(g[i - w - 1] === d) + Number(g[i - w] === d) + Number(g[i - w + 1] === d) + Number(g[i - 1] === d) +
        Number(g[i + 1] === d) + Number(g[i + w - 1] === d) + Number(g[i + w] === d) + Number(g[i + w + 1] === d);
      if (same > 5) lost += 3 + same - 5;
      // 2x2 blocks of one colour.
      if (r < n - 1 && c < n - 1) {
        const count = d + g[i + 1]! + g[i + w]! + g[i + w + 1]!;
        if (count === 0 || count === 4) lost += 3;
      }
      if (d !== 1) continue;
      // Finder-like 1:1:3:1:1 runs, across and down (the border is neither colour, so a run cannot leave the symbol).
      if (c < n - 6 && g[i + 1] === 0 && g[i + 2] === 1 && g[i + 3] === 1 && g[i + 4] === 1 && g[i + 5] === 0 && g[i + 6] === 1) lost += 40;
      if (r < n - 6 && g[i + w] === 0 && g[i + 2 * w] === 1 && g[i + 3 * w] === 1 && g[i + 4 * w] === 1 && g[i + 5 * w] === 0 && g[i + 6 * w] === 1) lost += 40;
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
