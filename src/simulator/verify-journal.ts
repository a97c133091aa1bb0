/**
 * Offline verification of a whole device journal: signatures and chain (verifyChain), then a replay
 * of what the device must have done: shift and receipt numbering, Z totals equal to the sum of their
 * shift's receipts, the perpetual grand total, and returns never exceeding their sale.
 */
import { canonicalJson } from "./canonical";
import { settlementOf, type ReturnPayload, type SalePayload } from "./payload";
import { readPayload } from "./payload-read";
import { overReturn, refundedByLine } from "./returns";
import { emptyTotals } from "./state";
import { addGrand, addReceipt, receiptsIn } from "./totals";
import type { FiscalDocument, GrandTotal, ShiftTotals } from "./types";
import { verifyChain } from "./verify";

export interface JournalVerdict {
  valid: boolean;
  reason?: string;
  /** 1-based journal line of the first document that fails. */
  line?: number;
  documents?: number;
  zReports?: number;
}

interface Replay {
  lastShift: number;
  open: { number: number; totals: ShiftTotals } | null;
  receipts: number;
  day: { date: string; seq: number } | null;
  grand: GrandTotal;
  sales: Map<number, SalePayload>;
  refunds: Map<number, ReturnPayload[]>;
  zReports: number;
}

/** Z reports issued before payments and discounts were counted carry none: then only the rest is compared. */
const sameTotals = (z: ShiftTotals, replayed: ShiftTotals): boolean =>
  canonicalJson({ sales: z.sales, returns: z.returns, vat: z.vat, payments: z.payments, discounts: z.discounts }) ===
  canonicalJson({
    sales: replayed.sales,
    returns: replayed.returns,
    vat: replayed.vat,
    payments: z.payments && (replayed.payments ?? []),
    discounts: z.discounts && (replayed.discounts ?? { count: 0, total: 0 }),
  });

/** Replays one document; the reason it breaks the device's rules, or null. */
function step(r: Replay, doc: FiscalDocument, docs: FiscalDocument[]): string | null {
  const p = readPayload(doc.payload);
  if (!p) return "payload is not a canonical fiscal payload";
  // RU: the registration report comes first, outside any shift.
  if (p.kind === "registration") return p.number === 1 && p.shift === 0 ? null : "a registration report that is not the device's first document";
  const expectedShift = r.open ? r.open.number : r.lastShift + 1;
  if (p.shift !== expectedShift) return `shift ${p.shift} where shift ${expectedShift} was expected`;
  r.lastShift = expectedShift;
  const totals = r.open?.totals ?? emptyTotals();
  if (p.kind === "z_report") {
    if (!sameTotals(p.totals, totals)) return `Z report ${p.shift} totals differ from the sum of its shift's receipts`;
    if (canonicalJson(p.grandTotal) !== canonicalJson(r.grand)) return `Z report ${p.shift} grand total differs from the journal's`;
    r.open = null;
    r.zReports += 1;
    return null;
  }
  if (p.kind === "shift_open") {
    if (r.open) return `shift-opening report for shift ${p.shift} while it is open`;
    r.open = { number: p.shift, totals: emptyTotals() };
    return null;
  }
  const date = p.issuedAt.slice(0, 10);
  if (r.day && date < r.day.date) return `receipt dated ${date} after one dated ${r.day.date}`;
  const day = { date, seq: r.day?.date === date ? r.day.seq + 1 : 1 };
  const expectedSeq = { PL: day.seq, SE: r.receipts + 1, NO: r.receipts + 1, RU: receiptsIn(totals) + 1 }[p.country];
  if (p.seq !== expectedSeq) return `receipt number ${p.seq} where ${expectedSeq} was expected`;
  if (p.kind === "sale") {
    r.sales.set(p.number, p);
  } else if (p.kind === "return" && p.original.device === p.device) {
    // Returns of another device's sale are checked in that device's journal.
    const sale = r.sales.get(p.original.number);
    if (!sale || docs[p.original.number - 1]?.hash !== p.original.hash) return `return of document ${p.original.number}, which is not an earlier sale here`;
    const refunds = [...(r.refunds.get(sale.number) ?? []), p];
    const over = overReturn(sale, refundedByLine(refunds));
    if (over !== null) return `returns exceed their sale: ${over}`;
    r.refunds.set(sale.number, refunds);
  }
  r.open = { number: p.shift, totals: addReceipt(totals, settlementOf(p), p.total, p.vat, p.payments, p.lines) };
  r.receipts += 1;
  r.day = day;
  r.grand = addGrand(r.grand, settlementOf(p), p.total);
  return null;
}

/** A whole journal, from document 1. */
export async function verifyJournal(docs: FiscalDocument[], keyFor: (kid: string) => Promise<CryptoKey>): Promise<JournalVerdict> {
  const chain = await verifyChain(docs, keyFor);
  if (!chain.valid) return { valid: false, reason: chain.reason ?? "chain does not verify", line: (chain.at ?? 0) + 1 };
  const r: Replay = { lastShift: 0, open: null, receipts: 0, day: null, grand: { sales: 0, returns: 0 }, sales: new Map(), refunds: new Map(), zReports: 0 };
  for (const [i, doc] of docs.entries()) {
    const reason = step(r, doc, docs);
    if (reason !== null) return { valid: false, reason, line: i + 1 };
  }
  return { valid: true, documents: docs.length, zReports: r.zReports };
}
