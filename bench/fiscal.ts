/** The fiscal device's own cost: one pure fiscalize step beside the bare Ed25519 signature it contains. */
import { deriveDeviceKey, ed25519Signer, fiscalize, initialDeviceState, type FullDeviceState, type SaleRequest } from "../src/simulator";
import type { BenchRow } from "./table";

const ROUNDS = 400;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchFiscal(): Promise<BenchRow[]> {
  const key = await deriveDeviceKey("bench-secret", "bench-device");
  const sign = ed25519Signer(key.privateKey);
  let state: FullDeviceState = initialDeviceState("bench-device", "PL", "ABC12345678", key.kid);
  const start = Date.parse("2026-11-22T08:00:00Z");
  const request = (i: number): SaleRequest => ({
    receiptId: `rcp_${i}`,
    kind: "sale",
    issuedAt: new Date(start + i * 1000).toISOString(),
    currency: "PLN",
    total: 2650,
    vat: [{ rate: "23", net: 610, vat: 140, gross: 750 }, { rate: "5", net: 1810, vat: 90, gross: 1900 }],
    lines: [
      { name: "Żółć łąka", quantity: "0.375", unitPrice: 1999, amount: 750, vatRate: "23" },
      { name: "Chleb żytni", quantity: "2", unitPrice: 950, amount: 1900, vatRate: "5" },
    ],
    payments: [{ method: "cash", amount: 3000 }],
    printed: true,
  });
  const payload = new TextEncoder().encode(JSON.stringify(request(0)).repeat(2));
  const signs: number[] = [];
  const steps: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    await sign(payload);
    signs.push(performance.now() - t);
    t = performance.now();
    state = (await fiscalize(state, request(i), sign)).state;
    steps.push(performance.now() - t);
  }
  const ms = (v: number) => `${v.toFixed(3)} ms`;
  const [step, bare] = [median(steps.slice(50)), median(signs.slice(50))];
  return [{ name: "fiscalize step (pure simulator)", ours: ms(step), baseline: ms(bare), ratio: step / bare, note: `${(1000 / step).toFixed(0)}/s vs Ed25519 sign alone ${(1000 / bare).toFixed(0)}/s` }];
}
