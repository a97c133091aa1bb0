/** How each country prints the document number. */
import type { FiscalPayload } from "./payload";

export function numberText(p: FiscalPayload): string {
  // Z reports are numbered by the shift they close, gap-free.
  if (p.kind === "z_report") return `Z${String(p.shift).padStart(4, "0")}`;
  // RU shift-opening and registration reports: their fiscal document number (ФД).
  if (p.kind === "shift_open" || p.kind === "registration") return String(p.number);
  switch (p.country) {
    case "PL":
      // PL: the receipt number restarts every calendar day (YYYY-MM-DD as the clock wrote it), so
      // the day is part of it; no "/", as the number also names PDF files.
      return `${String(p.seq).padStart(6, "0")}-${p.issuedAt.slice(0, 10)}`;
    case "SE":
    case "NO":
      // SE (and NO): one unbroken serial of receipts per register, printed plainly.
      return String(p.seq);
    case "RU":
      // RU: the fiscal document number (ФД), shared by every document type.
      return String(p.number);
  }
}

/** Minor units -> "123.45": integer maths only, no floats. */
export function formatMinor(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  const units = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${units}.${String(cents).padStart(2, "0")}`;
}
