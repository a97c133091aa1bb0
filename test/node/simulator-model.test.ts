// Model-based property test: random sequences of sales, returns, copies, shift opens and closes,
// faults, transmissions and waiting, run the way a host would run them (persisting exactly what the
// simulator says), then the invariants the issue asks for are checked on what was persisted.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  armFault,
  clearFaults,
  closeShift,
  copyOf,
  deriveDeviceKey,
  ed25519Signer,
  FiscalError,
  fiscalize,
  initialDeviceState,
  openShiftReport,
  readPayload,
  transmit,
  verifyJournal,
  type DeviceKey,
  type FaultKind,
  type FiscalCountry,
  type FiscalDocument,
  type FiscalLine,
  type FullDeviceState,
  type OperatorAck,
  type ReturnLine,
  type VatRow,
} from "../../src/simulator/index";

const SERIALS: Record<FiscalCountry, string> = { PL: "ABC12345678", SE: "CU-0123456789", NO: "NO-0123456789", RU: "7281440500123456" };
const CURRENCY: Record<FiscalCountry, string> = { PL: "PLN", SE: "SEK", NO: "NOK", RU: "RUB" };
const RATES: Record<FiscalCountry, string[]> = { PL: ["23", "8"], SE: ["25", "12"], NO: ["25", "15"], RU: ["22", "10"] };
const T0 = Date.parse("2026-03-14T08:00:00Z");

function vatOf(lines: FiscalLine[]): VatRow[] {
  const gross = new Map<string, number>();
  for (const l of lines) gross.set(l.vatRate, (gross.get(l.vatRate) ?? 0) + l.amount);
  return [...gross].map(([rate, g]) => {
    const net = Math.round((g * 100) / (100 + Number(rate)));
    return { rate, net, vat: g - net, gross: g };
  });
}

/** What sales and returns share: totals, VAT and a card payment for the given lines. */
function receiptOf(country: FiscalCountry, receiptId: string, issuedAt: string, lines: FiscalLine[], printed: boolean) {
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  return { receiptId, issuedAt, currency: CURRENCY[country], total, vat: vatOf(lines), payments: [{ method: "card", amount: total }], printed };
}

type Op =
  | { op: "sale"; items: { qty: number; price: number; rate: number }[]; printed: boolean }
  | { op: "return"; pick: number; line: number; qty: number; printed: boolean }
  | { op: "copy"; pick: number; printed: boolean }
  | { op: "open" }
  | { op: "close" }
  | { op: "arm"; fault: FaultKind; count: number | null; seed: number }
  | { op: "clear" }
  | { op: "transmit" };

const item = fc.record({ qty: fc.integer({ min: 1, max: 3 }), price: fc.integer({ min: 1, max: 5000 }), rate: fc.nat(1) });
const opArb: fc.Arbitrary<{ op: Op; waitMin: number }> = fc.record({
  // Mostly minutes between operations, now and then more than a day (expiring the shift).
  waitMin: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 30 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 1800 }) }),
  op: fc.oneof(
    { weight: 6, arbitrary: fc.record({ op: fc.constant("sale" as const), items: fc.array(item, { minLength: 1, maxLength: 3 }), printed: fc.boolean() }) },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant("return" as const), pick: fc.nat(), line: fc.nat(), qty: fc.integer({ min: 1, max: 4 }), printed: fc.boolean() }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant("copy" as const), pick: fc.nat(), printed: fc.boolean() }) },
    { weight: 1, arbitrary: fc.constant({ op: "open" as const }) },
    { weight: 2, arbitrary: fc.constant({ op: "close" as const }) },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant("arm" as const),
        fault: fc.constantFrom<FaultKind>("operator_offline", "paper_out", "power_loss", "reply_lost", "slow", "clock_skew"),
        count: fc.option(fc.integer({ min: 1, max: 3 })),
        seed: fc.nat({ max: 1000 }),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ op: "clear" as const }) },
    { weight: 1, arbitrary: fc.constant({ op: "transmit" as const }) },
  ),
});

/** The parts of a state that only faults may change when an operation is refused. */
const withoutFaults = (s: FullDeviceState) => ({ ...s, faults: [] });

const keys = new Map<FiscalCountry, DeviceKey>();
beforeAll(async () => {
  for (const c of ["PL", "SE", "RU"] as const) keys.set(c, await deriveDeviceKey("model-secret", `dev-${c}`));
});

describe("random operation sequences", () => {
  it("keep numbering gap-free, chains and Z totals verifiable, acknowledgements in the journal, refusals whole", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<FiscalCountry>("PL", "SE", "RU"), fc.array(opArb, { minLength: 1, maxLength: 40, size: "max" }), async (country, ops) => {
        const key = keys.get(country) as DeviceKey;
        const sign = ed25519Signer(key.privateKey);
        let state: FullDeviceState = initialDeviceState(`dev-${country}`, country, SERIALS[country], key.kid);
        const journal: FiscalDocument[] = [];
        const acks: OperatorAck[] = [];
        let clock = T0;
        let receipt = 0;
        const now = (): string => new Date(clock).toISOString();
        const record = (ack: OperatorAck[]) => acks.push(...ack);

        for (const { op, waitMin } of ops) {
          clock += waitMin * 60_000;
          const before = state;
          try {
            switch (op.op) {
              case "sale": {
                const lines = op.items.map((it, i) => ({
                  name: `item ${i}`,
                  quantity: String(it.qty),
                  unitPrice: it.price,
                  amount: it.qty * it.price,
                  vatRate: RATES[country][it.rate] ?? "0",
                }));
                const out = await fiscalize(state, { ...receiptOf(country, `r${++receipt}`, now(), lines, op.printed), kind: "sale", lines }, sign);
                if (out.opened) journal.push(out.opened);
                journal.push(out.document);
                state = out.state;
                record(out.effects.acks);
                if (out.effects.powerLoss === "completed") expect(state.operator.acked).toBe(before.operator.acked);
                break;
              }
              case "return": {
                const sales = journal.filter((d) => d.kind === "sale");
                const original = sales[op.pick % Math.max(1, sales.length)];
                if (!original) break;
                const sold = readPayload(original.payload);
                if (sold?.kind !== "sale") throw new Error("not a sale");
                const index = op.line % sold.lines.length;
                const line = sold.lines[index] as FiscalLine;
                const earlier = journal.filter((d) => {
                  const p = readPayload(d.payload);
                  return p?.kind === "return" && p.original.hash === original.hash;
                });
                const returned = earlier.reduce((n, d) => {
                  const p = readPayload(d.payload);
                  return n + (p?.kind === "return" ? p.lines.filter((l) => l.originalLine === index).reduce((q, l) => q + Number(l.quantity), 0) : 0);
                }, 0);
                const lines: ReturnLine[] = [{ ...line, quantity: String(op.qty), amount: op.qty * line.unitPrice, originalLine: index }];
                const allowed = returned + op.qty <= Number(line.quantity);
                try {
                  const request = { ...receiptOf(country, `r${++receipt}`, now(), lines, op.printed), kind: "return" as const, lines, original, earlierReturns: earlier };
                  const out = await fiscalize(state, request, sign);
                  expect(allowed).toBe(true);
                  if (out.opened) journal.push(out.opened);
                  journal.push(out.document);
                  state = out.state;
                  record(out.effects.acks);
                  if (country === "RU") expect(out.document.qrPayload).toMatch(/&n=2$/);
                } catch (e) {
                  if (e instanceof FiscalError && e.code === "return_exceeds_sale") expect(allowed).toBe(false);
                  throw e;
                }
                break;
              }
              case "copy": {
                const receipts = journal.filter((d) => d.kind === "sale" || d.kind === "return");
                const doc = receipts[op.pick % Math.max(1, receipts.length)];
                if (!doc) break;
                const out = await copyOf(state, doc, now(), op.printed);
                expect(out.state.lastNumber).toBe(before.lastNumber);
                expect(out.copy).toMatchObject({ of: doc.number, ofHash: doc.hash, copyNumber: before.counters.copies + 1 });
                state = out.state;
                break;
              }
              case "open": {
                const out = await openShiftReport(state, now(), sign);
                if (out.document) journal.push(out.document);
                state = out.state;
                record(out.effects.acks);
                break;
              }
              case "close": {
                const out = await closeShift(state, now(), sign);
                journal.push(out.document);
                state = out.state;
                record(out.effects.acks);
                break;
              }
              case "arm":
                state = armFault(state, op.count === null ? { fault: op.fault, seed: op.seed } : { fault: op.fault, count: op.count, seed: op.seed });
                break;
              case "clear":
                state = clearFaults(state);
                break;
              case "transmit": {
                const out = await transmit(state, now());
                state = out.state;
                record(out.acks);
                break;
              }
            }
          } catch (e) {
            if (!(e instanceof FiscalError)) throw e;
            // A refusal changes nothing but, at most, the armed faults' counts: never half a document.
            if (e.state) {
              expect(withoutFaults(e.state)).toEqual(withoutFaults(before));
              state = e.state;
            }
            if (e.code === "shift_expired") expect(clock - Date.parse(before.shift?.openedAt ?? "")).toBeGreaterThan(86_400_000);
          }
          expect(state.lastNumber).toBe(journal.length);
        }

        // Gap-free numbering, chain, signatures, shift numbering and Z totals, from the journal alone.
        expect(journal.map((d) => d.number)).toEqual(journal.map((_, i) => i + 1));
        expect(await verifyJournal(journal, async () => key.publicKey)).toMatchObject({ valid: true });
        for (const z of journal.filter((d) => d.kind === "z_report")) {
          const p = readPayload(z.payload);
          if (p?.kind !== "z_report") throw new Error("not a Z report");
          const inShift = journal.flatMap((d) => {
            const r = readPayload(d.payload);
            return r && r.kind !== "z_report" && r.shift === p.shift ? [r] : [];
          });
          const sum = (kind: "sale" | "return") => inShift.reduce((a, r) => a + (r.kind === kind ? r.total : 0), 0);
          expect([p.totals.sales.total, p.totals.returns.total]).toEqual([sum("sale"), sum("return")]);
        }
        // Nothing acknowledged is lost, and acknowledgements come in document order.
        expect(acks.map((a) => a.number)).toEqual(acks.map((_, i) => i + 1));
        expect(acks.length).toBeLessThanOrEqual(journal.length);
        // Once the operator is back, the queue goes out in order and everything is acknowledged.
        const last = await transmit(clearFaults(state), new Date(clock).toISOString());
        record(last.acks);
        expect(acks.map((a) => a.number)).toEqual(journal.map((d) => d.number));
        expect(last.state.operator).toEqual({ acked: journal.length, unsentSince: null });
      }),
      { numRuns: 60 },
    );
  });
});
