/**
 * Lays receipt blocks out on a fixed grid of character columns. Widths count Unicode code points,
 * which is what a monospaced font (PDF) and a receipt printer both advance by.
 */
import type { Block } from "./receipt-content";

export interface TextLine {
  kind: "text";
  /** Padded to its position on the grid; never longer than the grid. */
  text: string;
  bold: boolean;
  large: boolean;
  /** Larger than any amount (the large total included) on paper and in the PDF. */
  loud: boolean;
  banner: boolean;
  /** Columns [from, to) to strike through (voided lines). */
  strike?: { from: number; to: number };
}
export type LaidLine = TextLine | { kind: "rule" } | { kind: "gap" } | { kind: "qr"; payload: string };

export interface Grid {
  columns: number;
  /** Columns of a large (title / total) line: fewer in the PDF, the same on a printer. */
  largeColumns: number;
  /** Columns of a loud line where the medium prints it larger; default `columns`. */
  loudColumns?: number;
  /** Print text has no inverse video: frame banners with stars instead. */
  starBanners: boolean;
}

export function width(text: string): number {
  let count = 0;
  for (const _char of text) count++;
  return count;
}

function padEnd(text: string, to: number): string {
  return text + " ".repeat(Math.max(0, to - width(text)));
}

function padStart(text: string, to: number): string {
  return " ".repeat(Math.max(0, to - width(text))) + text;
}

/** Cuts text into pieces of at most `size` code points, ignoring spaces. */
export function chop(text: string, size: number): string[] {
  const chars = Array.from(text);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) pieces.push(chars.slice(i, i + size).join(""));
  return pieces;
}

/** Word wrap to `size` columns; words longer than a line are cut. Keeps leading indentation. */
export function wrap(text: string, size: number): string[] {
  const indent = /^ */.exec(text)?.[0] ?? "";
  const lines: string[] = [];
  let current = indent.length < size ? indent : "";
  let currentWidth = width(current);
  const base = currentWidth;
  for (const word of text.trim().split(" ").filter(Boolean)) {
    let pieces = [word];
    if (width(word) > size - base) {
      pieces = chop(word, size - base);
    }
    for (const piece of pieces) {
      const pieceWidth = width(piece);
      if (currentWidth === base) {
        current += piece;
        currentWidth += pieceWidth;
      } else if (currentWidth + 1 + pieceWidth <= size) {
        current += ` ${piece}`;
        currentWidth += 1 + pieceWidth;
      } else {
        lines.push(current);
        current = indent.length < size ? indent + piece : piece;
        currentWidth = base + pieceWidth;
      }
    }
  }
  if (currentWidth > base || lines.length === 0) lines.push(current);
  return lines;
}

function text(line: string, options: Partial<Omit<TextLine, "kind" | "text">> = {}): TextLine {
  return { kind: "text", text: line, bold: false, large: false, loud: false, banner: false, ...options };
}

function center(line: string, size: number): string {
  return padStart(line, Math.floor((size + width(line)) / 2));
}

function layoutPair(block: Extract<Block, { kind: "pair" }>, size: number): TextLine[] {
  const style = { bold: block.bold ?? false, large: block.large ?? false };
  const rightWidth = width(block.right);
  const strike = (line: string) => {
    const from = width(/^ */.exec(line)?.[0] ?? "");
    return block.struck ? { strike: { from, to: width(line.trimEnd()) } } : {};
  };
  if (rightWidth + 2 > size) {
    // The value does not fit beside any label: label lines, then the value right-aligned.
    const lefts = wrap(block.left, size).map((l) => text(l, { ...style, ...strike(l) }));
    return [...lefts, ...chop(block.right, size).map((r) => text(padStart(r, size), style))];
  }
  const lefts = wrap(block.left, size - rightWidth - 1);
  const last = lefts.pop() ?? "";
  return [
    ...lefts.map((l) => text(l, { ...style, ...strike(l) })),
    text(padEnd(last, size - rightWidth) + block.right, { ...style, ...strike(last) }),
  ];
}

function layoutTable(rows: string[][], size: number): TextLine[] {
  const count = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: count }, (_, i) => Math.max(...rows.map((r) => width(r[i] ?? ""))));
  const cells = widths.slice(1).reduce((sum, w) => sum + w, 0);
  // Spread the numbers when the grid has room: up to 3 spaces between columns.
  let gap = 3;
  while (gap > 1 && (widths[0] ?? 0) + cells + gap * (count - 1) > size) gap--;
  const restWidth = cells + gap * (count - 1);
  const lines: TextLine[] = [];
  for (const row of rows) {
    const first = row[0] ?? "";
    const rest = row.slice(1).map((cell, i) => " ".repeat(gap) + padStart(cell, widths[i + 1] ?? 0)).join("");
    if ((widths[0] ?? 0) + restWidth <= size) {
      lines.push(text(padEnd(first, size - restWidth) + rest));
    } else if (restWidth - gap <= size) {
      // Too narrow for one line per row: the label, then the numbers under it.
      lines.push(text(first), text(padStart(rest.slice(gap), size)));
    } else {
      lines.push(text(first), ...row.slice(1).map((cell) => text(padStart(cell, size))));
    }
  }
  return lines;
}

export function layoutBlocks(blocks: readonly Block[], grid: Grid): LaidLine[] {
  const out: LaidLine[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "center": {
        const size = block.loud ? (grid.loudColumns ?? grid.columns) : block.large ? grid.largeColumns : grid.columns;
        for (const line of wrap(block.text, size)) {
          out.push(text(center(line, size), { bold: block.bold ?? false, large: block.large ?? false, loud: block.loud ?? false }));
        }
        break;
      }
      case "banner": {
        const size = grid.starBanners ? grid.columns : grid.largeColumns;
        const starred = `*** ${block.text} ***`;
        const label = grid.starBanners && width(starred) <= size ? starred : block.text;
        for (const line of wrap(label, size)) {
          out.push(text(center(line, size), { bold: true, large: !grid.starBanners, banner: true }));
        }
        break;
      }
      case "text":
        for (const line of wrap(block.text, grid.columns)) {
          out.push(text(line, block.struck ? { strike: { from: 0, to: width(line) } } : {}));
        }
        break;
      case "pair":
        out.push(...layoutPair(block, block.large ? grid.largeColumns : grid.columns));
        break;
      case "table":
        out.push(...layoutTable(block.rows, grid.columns));
        break;
      case "rule":
      case "gap":
        out.push({ kind: block.kind });
        break;
      case "qr":
        out.push({ kind: "qr", payload: block.payload });
        break;
    }
  }
  return out;
}
