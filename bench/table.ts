/** One comparison row of a benchmark and an aligned plain-text table of them. */
export interface BenchRow {
  name: string;
  /** Our measurement, formatted with its unit, e.g. "1.82 ms". */
  ours: string;
  /** What it is compared against, same unit. */
  baseline: string;
  /** ours / baseline: below 1 is faster than the baseline. */
  ratio: number;
  note?: string;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ["benchmark", "ours", "baseline", "ratio", "note"];
  const cells = rows.map((r) => [r.name, r.ours, r.baseline, `${r.ratio.toFixed(2)}x`, r.note ?? ""]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  // Numbers right-aligned, text left-aligned.
  const format = (cols: string[]) =>
    cols
      .map((c, i) => (i >= 1 && i <= 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [format(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(format)].join("\n");
}

export function printTable(rows: readonly BenchRow[]): void {
  console.log(formatTable(rows));
}
