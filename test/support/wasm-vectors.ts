/**
 * Conformance vectors for the simulator's JSON functions (wasm/api.ts): every profile, sales,
 * returns, copies, X and Z reports, every fault, verification and refused input. Each step's
 * input is built from earlier answers, so two runs give the same transcript only if every
 * answer is the same. No imports: the same file runs in Node, Deno and workerd.
 */
export type SimulatorFunction = "newDevice" | "fiscalize" | "copy" | "nonReceipt" | "report" | "fault" | "verify";
export type SimulatorApi = Record<SimulatorFunction, (input: string) => string | Promise<string>>;

export interface Step {
  label: string;
  call: SimulatorFunction;
  input: string;
  output: string;
  /** "ok", "valid"/"invalid" (verify) or the refusal codes the step is there to show; either is fine when two are given. */
  expect: readonly string[];
}

type Json = Record<string, unknown> & { state?: unknown; document?: Json; opened?: Json; error?: { state: unknown } };
type Line = { name: string; quantity: string; unitPrice: number; amount: number; vatRate: string };

const SECRET = "conformance-secret";
const T0 = Date.parse("2026-03-14T08:00:00Z");
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

const MARKETS = {
  PL: { currency: "PLN", rate: "23", items: ["Chleb żytni", "Ser gouda (kg)"] },
  SE: { currency: "SEK", rate: "25", items: ["Kanelbulle", "Räkor (kg)"] },
  NO: { currency: "NOK", rate: "25", items: ["Brunost", "Reker (kg)"] },
  RU: { currency: "RUB", rate: "22", items: ["Хлеб ржаной", "Сыр «Российский» (кг)"] },
} as const;
type Country = keyof typeof MARKETS;

function receipt(country: Country, id: string, minutes: number, printed: boolean, lines: Line[]) {
  const { currency, rate } = MARKETS[country];
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  const vat = Math.round((total * Number(rate)) / (100 + Number(rate)));
  return {
    receiptId: id,
    issuedAt: at(minutes),
    currency,
    total,
    vat: [{ rate, net: total - vat, vat, gross: total }],
    payments: [{ method: printed ? "cash" : "card", amount: total }],
    printed,
  };
}

function saleLines(country: Country): Line[] {
  const { rate, items } = MARKETS[country];
  return [
    { name: items[0], quantity: "2", unitPrice: 1250, amount: 2500, vatRate: rate },
    { name: items[1], quantity: "0.375", unitPrice: 4000, amount: 1500, vatRate: rate },
  ];
}

export async function runVectors(api: SimulatorApi): Promise<Step[]> {
  const steps: Step[] = [];
  const call = async (label: string, fn: SimulatorFunction, body: unknown, expect: readonly string[] = ["ok"]): Promise<Json> => {
    const input = typeof body === "string" ? body : JSON.stringify(body);
    const output = await api[fn](input);
    steps.push({ label, call: fn, input, output, expect });
    return JSON.parse(output) as Json;
  };

  for (const country of Object.keys(MARKETS) as Country[]) {
    const created = await call(`${country} new device`, "newDevice", {
      deviceId: `pos-${country}`,
      country,
      secret: SECRET,
      serialSeed: "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    });
    const publicJwk = created.publicJwk;
    let state = created.state;
    const documents: Json[] = [];
    /** Calls, keeps the state the answer says to keep, collects issued documents. */
    const step = async (label: string, fn: SimulatorFunction, body: Record<string, unknown>, expect?: readonly string[]): Promise<Json> => {
      const answer = await call(`${country} ${label}`, fn, { state, ...body }, expect);
      state = answer.state ?? answer.error?.state ?? state;
      if (answer.opened) documents.push(answer.opened);
      if (answer.document) documents.push(answer.document);
      return answer;
    };
    const sell = (label: string, id: string, minutes: number, printed: boolean, expect?: readonly string[]) =>
      step(label, "fiscalize", { secret: SECRET, request: { kind: "sale", lines: saleLines(country), ...receipt(country, id, minutes, printed, saleLines(country)) } }, expect);

    const sale = await sell("printed sale with a weighed line", "r-1", 0, true);
    await sell("electronic sale", "r-2", 1, false);
    await step("copy of the printed sale", "copy", { document: sale.document, now: at(2), printed: true });
    // SE and NO count provisional and training prints; PL and RU do not offer them.
    const offers = country === "SE" || country === "NO";
    await step("provisional print of an open sale", "nonReceipt", { kind: "provisional", receiptId: "r-p", amount: 3750, now: at(2) }, offers ? ["ok"] : ["invalid_request"]);
    await step("training print", "nonReceipt", { kind: "training", receiptId: "r-t", amount: 1250, now: at(2) }, offers ? ["ok"] : ["invalid_request"]);
    const first = saleLines(country)[0] as Line;
    const returned = { ...first, quantity: "1", amount: 1250, originalLine: 0 };
    const refund = await step("partial return", "fiscalize", {
      secret: SECRET,
      request: { kind: "return", lines: [returned], original: sale.document, earlierReturns: [], ...receipt(country, "r-3", 3, true, [returned]) },
    });
    const tooMuch = { ...first, quantity: "2", amount: 2500, originalLine: 0 };
    await step(
      "return of more than is left",
      "fiscalize",
      {
        secret: SECRET,
        request: { kind: "return", lines: [tooMuch], original: sale.document, earlierReturns: [refund.document], ...receipt(country, "r-4", 4, true, [tooMuch]) },
      },
      ["return_exceeds_sale"],
    );
    await step("X report", "report", { kind: "x", now: at(5) });

    await step("arm paper_out once", "fault", { arm: { fault: "paper_out", count: 1 } });
    await sell("printed sale without paper", "r-5", 6, true, ["paper_out"]);
    await sell("the same sale, paper loaded", "r-5", 7, true);
    await step("arm clock_skew", "fault", { arm: { fault: "clock_skew", ms: 3_600_000 } });
    await sell("sale against a skewed clock", "r-6", 8, false, ["clock_skew"]);
    await step("clear clock_skew", "fault", { clear: "clock_skew" });
    await step("arm operator_offline", "fault", { arm: { fault: "operator_offline" } });
    await sell("sale while offline (queued)", "r-6", 9, false);
    await step("clear every fault", "fault", { clear: "all" });
    await sell("sale back online (sends the queue)", "r-7", 10, false);
    await step("arm reply_lost once", "fault", { arm: { fault: "reply_lost", count: 1 } });
    await sell("sale whose reply is lost", "r-8", 11, false);
    await step("arm slow once", "fault", { arm: { fault: "slow", count: 1, ms: 1500 } });
    await sell("slow sale", "r-9", 12, false);
    await step("arm power_loss twice", "fault", { arm: { fault: "power_loss", count: 2, seed: 7 } });
    await sell("sale under power loss (1)", "r-10", 13, false, ["ok", "power_loss"]);
    await sell("sale under power loss (2)", "r-11", 14, false, ["ok", "power_loss"]);

    const dayLater = 25 * 60;
    await sell("sale in a shift over 24 hours old", "r-12", dayLater, false, ["shift_expired"]);
    await step("Z report", "report", { kind: "z", now: at(dayLater + 1), secret: SECRET });
    await step("Z report with no shift open", "report", { kind: "z", now: at(dayLater + 2), secret: SECRET }, ["no_open_shift"]);
    await sell("sale opening the next shift", "r-12", dayLater + 3, true);
    await step("X report of the new shift", "report", { kind: "x", now: at(dayLater + 4) });

    await call(`${country} verify the whole journal`, "verify", { documents, publicJwk }, ["valid"]);
    const [one, two] = documents;
    await call(`${country} verify one document`, "verify", { documents: [two], publicJwk, start: 2, prevHash: one?.hash }, ["valid"]);
    const forged = documents.map((d, i) => (i === 1 ? { ...d, payload: String(d.payload).replace('"total":', '"total":1') } : d));
    await call(`${country} verify a journal with an altered payload`, "verify", { documents: forged, publicJwk }, ["invalid"]);
    const skipped = documents.filter((_, i) => i !== 2);
    await call(`${country} verify a journal with a document missing`, "verify", { documents: skipped, publicJwk }, ["invalid"]);
    const request = { kind: "sale", lines: saleLines(country), ...receipt(country, "r-x", 30, false, saleLines(country)) };
    await call(`${country} fiscalize with another device's secret`, "fiscalize", { state, secret: "not-the-secret", request }, ["invalid_request"]);
  }

  await call("unknown country", "newDevice", { deviceId: "pos-XX", country: "XX", secret: SECRET, serialSeed: "00".repeat(16) }, ["invalid_request"]);
  await call("serial seed too short", "newDevice", { deviceId: "pos-PL", country: "PL", secret: SECRET, serialSeed: "00" }, ["invalid_request"]);
  await call("input that is not JSON", "fiscalize", "{not json", ["invalid_request"]);
  await call("input that is not an object", "report", "[]", ["invalid_request"]);
  await call("unknown report kind", "report", { state: {}, kind: "y", now: at(0) }, ["invalid_request"]);
  return steps;
}

/** What a step's answer shows, in the words of `expect`. */
export function outcome(step: Step): string {
  const answer = JSON.parse(step.output) as { ok: boolean; error?: { code: string }; verdict?: { valid: boolean } };
  if (!answer.ok) return answer.error?.code ?? "?";
  return answer.verdict ? (answer.verdict.valid ? "valid" : "invalid") : "ok";
}
