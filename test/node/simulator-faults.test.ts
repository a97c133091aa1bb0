// Sandbox faults: each one armed as data, with its count and seed, and what the host is told to do.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  armFault,
  clearFaults,
  closeShift,
  copyOf,
  deviceStatus,
  FiscalError,
  FiscalInputError,
  fiscalize,
  transmit,
  verifyJournal,
  type FiscalDocument,
  type FullDeviceState,
  type SaleRequest,
} from "../../src/simulator/index";
import { at, expectRefusal, testDevices } from "../support/simulator-devices";

function sale(receiptId: string, issuedAt: string, printed = false): SaleRequest {
  return {
    kind: "sale",
    receiptId,
    issuedAt,
    currency: "PLN",
    total: 1230,
    vat: [{ rate: "23", net: 1000, vat: 230, gross: 1230 }],
    lines: [{ name: "Kawa", quantity: "1", unitPrice: 1230, amount: 1230, vatRate: "23" }],
    payments: [{ method: "card", amount: 1230 }],
    printed,
  };
}

const { signer, fresh, keyFor } = testDevices("fault-secret");

describe("arming and clearing", () => {
  it("stores faults as plain data, replaces one of the same kind, clears all or one", () => {
    let s = armFault(fresh("PL"), { fault: "slow", ms: 250 });
    s = armFault(s, { fault: "power_loss", count: 2, seed: 7 });
    s = armFault(s, { fault: "slow", ms: 500, count: 1 });
    expect(s.faults).toEqual([
      { fault: "power_loss", remaining: 2, ms: null, seed: 7, hits: 0 },
      { fault: "slow", remaining: 1, ms: 500, seed: 0, hits: 0 },
    ]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(clearFaults(s, "slow").faults.map((f) => f.fault)).toEqual(["power_loss"]);
    expect(clearFaults(s).faults).toEqual([]);
    expect(armFault(fresh("PL"), { fault: "clock_skew" }).faults[0]?.ms).toBe(3_600_000);
  });

  it("refuses bad fault specs", () => {
    const bad = [
      { fault: "meteor" as "slow" },
      { fault: "slow" as const, ms: -1 },
      { fault: "slow" as const, ms: 1.5 },
      { fault: "paper_out" as const, ms: 10 },
      { fault: "clock_skew" as const, ms: 0 },
      { fault: "reply_lost" as const, count: 0 },
      { fault: "power_loss" as const, seed: -1 },
    ];
    for (const spec of bad) expect(() => armFault(fresh("PL"), spec)).toThrow(FiscalInputError);
  });
});

describe("operator_offline", () => {
  it("queues documents, reports how many and since when, and sends them in order when the operator returns", async () => {
    const sign = signer("PL");
    let s = armFault(fresh("PL"), { fault: "operator_offline" });
    const docs: FiscalDocument[] = [];
    for (let i = 1; i <= 3; i++) {
      const out = await fiscalize(s, sale(`r${i}`, at(i)), sign);
      expect(out.effects.acks).toEqual([]);
      docs.push(out.document);
      s = out.state;
    }
    expect(deviceStatus(s, at(5)).operator).toMatchObject({ online: false, acked: 0, unsent: 3, unsentSince: at(1) });
    expect((await transmit(s, at(6))).acks).toEqual([]);
    const sent = await transmit(clearFaults(s), at(7));
    expect(sent.acks.map((a) => [a.number, a.ackedAt])).toEqual([
      [1, at(7)],
      [2, at(7)],
      [3, at(7)],
    ]);
    expect(new Set(sent.acks.map((a) => a.ackId)).size).toBe(3);
    expect(sent.acks.every((a) => /^[0-9a-f]{20}$/.test(a.ackId))).toBe(true);
    expect(deviceStatus(sent.state, at(8)).operator).toMatchObject({ online: true, unsent: 0, unsentSince: null });
  });

  it("with a count, hits that many contacts; the next document then carries the queue out before itself", async () => {
    const sign = signer("SE");
    const a = await fiscalize(armFault(fresh("SE"), { fault: "operator_offline", count: 1 }), sale("r1", at(0)), sign);
    expect(a.effects.acks).toEqual([]);
    expect(a.state.faults).toEqual([]);
    const b = await fiscalize(a.state, sale("r2", at(1)), sign);
    expect(b.effects.acks.map((x) => x.number)).toEqual([1, 2]);
  });

  it.each([
    ["RU", 30 * 24 * 60],
    ["PL", 48 * 60],
  ] as const)("%s: refuses sales once the oldest unsent document is older than the limit", async (country, limitMin) => {
    const sign = signer(country);
    const a = await fiscalize(armFault(fresh(country), { fault: "operator_offline" }), sale("r1", at(0)), sign);
    // Shifts are closed daily, as the 24-hour rule wants; documents keep queueing.
    let s = (await closeShift(a.state, at(1), sign)).state;
    s = (await fiscalize(s, sale("r2", at(limitMin)), sign)).state;
    s = (await closeShift(s, at(limitMin), sign)).state;
    const error = await expectRefusal(fiscalize(s, sale("r3", at(limitMin + 1)), sign), "offline_limit");
    expect(error.message).toMatch(/have not reached the fiscal data operator since .*transmit the queue/);
    expect(deviceStatus(s, at(limitMin + 1)).blocked?.code).toBe("offline_limit");
    // Closing the shift still works; once the queue is sent, sales resume. RU shift openings are documents too.
    const queued = country === "RU" ? 6 : 4;
    const sent = await transmit(clearFaults(s), at(limitMin + 2));
    expect(sent.acks).toHaveLength(queued);
    expect((await fiscalize(sent.state, sale("r3", at(limitMin + 3)), sign)).document.number).toBe(queued + (country === "RU" ? 2 : 1));
  });

  it("SE: refuses sales at 1000 unsent documents", async () => {
    const base = fresh("SE");
    const s: FullDeviceState = { ...base, lastNumber: 1000, operator: { acked: 0, unsentSince: at(0) }, counters: { ...base.counters, receipts: 1000 } };
    await expectRefusal(fiscalize(s, sale("r", at(1)), signer("SE")), "offline_limit");
    const one = { ...s, operator: { acked: 1, unsentSince: at(0) } };
    expect((await fiscalize(one, sale("r", at(1)), signer("SE"))).document.number).toBe(1001);
  });
});

describe("paper_out", () => {
  it("refuses printed documents with an offer of electronic delivery; electronic ones still work", async () => {
    const sign = signer("PL");
    const s = armFault(fresh("PL"), { fault: "paper_out", count: 2 });
    const error = await expectRefusal(fiscalize(s, sale("r1", at(0), true), sign), "paper_out");
    expect(error.message).toMatch(/electronically/);
    // The refusal used one of the fault's two hits: the host persists error.state.
    expect(error.state?.faults[0]).toMatchObject({ remaining: 1, hits: 1 });
    expect(error.state?.lastNumber).toBe(0);
    const electronic = await fiscalize(error.state ?? s, sale("r1", at(0), false), sign);
    expect(electronic.document).toMatchObject({ number: 1, printed: false });
    expect(electronic.state.faults[0]).toMatchObject({ remaining: 1 });
    await expectRefusal(copyOf(electronic.state, electronic.document, at(1), true), "paper_out");
    expect((await copyOf(electronic.state, electronic.document, at(1), false)).copy.printed).toBe(false);
  });
});

describe("power_loss", () => {
  it("with a seed, each fiscalization either completed or did not: never half", async () => {
    const sign = signer("RU");
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 0xffffffff }), fc.integer({ min: 1, max: 4 }), async (seed, tries) => {
        let s = armFault(fresh("RU"), { fault: "power_loss", seed });
        const docs: FiscalDocument[] = [];
        let firstQueued: string | null = null;
        for (let i = 0; i < tries; i++) {
          const before = s;
          try {
            const out = await fiscalize(s, sale(`r${i}`, at(i)), sign);
            outcomes.add("completed");
            expect(out.effects).toMatchObject({ powerLoss: "completed", acks: [], replyLost: false, delayMs: 0 });
            // The first receipt also issued the shift-opening report (RU), in the same step.
            expect(out.state.lastNumber).toBe(before.lastNumber + (out.opened ? 2 : 1));
            firstQueued ??= at(i);
            // Completed, but the power went before it could be sent: it waits in the queue.
            expect(out.state.operator).toEqual({ acked: 0, unsentSince: firstQueued });
            if (out.opened) docs.push(out.opened);
            docs.push(out.document);
            s = out.state;
          } catch (e) {
            if (!(e instanceof FiscalError) || e.code !== "power_loss" || !e.state) throw e;
            outcomes.add("not_completed");
            expect({ ...e.state, faults: [] }).toEqual({ ...before, faults: [] });
            s = e.state;
          }
        }
        // Same seed, same story: the outcome is a function of the seed and the hit.
        expect(s.faults[0]?.hits).toBe(tries);
        expect(await verifyJournal(docs, keyFor("RU"))).toMatchObject({ valid: true });
      }),
      { numRuns: 30 },
    );
    expect([...outcomes].sort()).toEqual(["completed", "not_completed"]);
  });

  it("is deterministic for a given seed", async () => {
    const run = async () => {
      let s = armFault(fresh("SE"), { fault: "power_loss", seed: 42, count: 6 });
      const story: string[] = [];
      for (let i = 0; i < 6; i++) {
        try {
          s = (await fiscalize(s, sale(`r${i}`, at(i)), signer("SE"))).state;
          story.push("completed");
        } catch (e) {
          if (!(e instanceof FiscalError) || !e.state) throw e;
          s = e.state;
          story.push("not_completed");
        }
      }
      expect(s.faults).toEqual([]);
      return story;
    };
    expect(await run()).toEqual(await run());
  });
});

describe("reply_lost and slow", () => {
  it("reply_lost: the document is registered and sent, the host must answer as if the reply was lost", async () => {
    const s = armFault(fresh("PL"), { fault: "reply_lost", count: 1 });
    const out = await fiscalize(s, sale("r1", at(0)), signer("PL"));
    expect(out.effects).toMatchObject({ replyLost: true, powerLoss: null });
    expect(out.effects.acks.map((a) => a.number)).toEqual([1]);
    expect(out.state).toMatchObject({ lastNumber: 1, faults: [] });
    expect((await fiscalize(out.state, sale("r2", at(1)), signer("PL"))).effects.replyLost).toBe(false);
  });

  it("slow: returns the latency for the host to wait, on receipts, Z reports and copies", async () => {
    const s = armFault(fresh("PL"), { fault: "slow", ms: 1500 });
    const a = await fiscalize(s, sale("r1", at(0)), signer("PL"));
    expect(a.effects.delayMs).toBe(1500);
    expect((await copyOf(a.state, a.document, at(1), false)).effects.delayMs).toBe(1500);
    expect((await closeShift(a.state, at(2), signer("PL"))).effects.delayMs).toBe(1500);
    expect((await fiscalize(clearFaults(a.state), sale("r2", at(3)), signer("PL"))).effects.delayMs).toBe(0);
  });
});

describe("clock_skew", () => {
  it("refuses a till time further from the device clock than the profile's tolerance", async () => {
    const sign = signer("PL");
    // PL tolerance: 2 minutes.
    await expectRefusal(fiscalize(fresh("PL"), sale("r1", at(3)), sign, at(0)), "clock_skew");
    expect((await fiscalize(fresh("PL"), sale("r1", at(2)), sign, at(0))).document.number).toBe(1);
    // SE and RU: 5 minutes.
    expect((await fiscalize(fresh("SE"), sale("r1", at(4)), signer("SE"), at(0))).document.number).toBe(1);
  });

  it("armed: the device clock is off by ms, so requests are refused until it is cleared", async () => {
    const s = armFault(fresh("RU"), { fault: "clock_skew", ms: -600_000, count: 2 });
    const error = await expectRefusal(fiscalize(s, sale("r1", at(0)), signer("RU")), "clock_skew");
    expect(error.message).toMatch(/600 s off the device clock 2026-03-14T07:50:00.000Z.*clear the clock_skew fault/);
    expect(error.state?.faults[0]?.remaining).toBe(1);
    const cleared = clearFaults(error.state ?? s);
    // Number 1 is the shift-opening report the sale issued first.
    expect((await fiscalize(cleared, sale("r1", at(0)), signer("RU"))).document.number).toBe(2);
  });
});
