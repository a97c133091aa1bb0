/**
 * The Node host killed (SIGKILL) in the middle of tills adding lines, paying and finalizing:
 * after a restart every acknowledged line, payment and fiscal document is there, the numbers
 * have no gap and no duplicate, and each device's journal verifies.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importPublicJwk, parseJournal, verifyJournal } from "../../src/simulator";
import { call, Till, type Host, type Json } from "../support/api-client";
import { startNode, type Service } from "../support/services";

const KEYS = ["demo-terminal-key", "demo-terminal-key-se", "demo-terminal-key-no", "demo-terminal-key-ru"];
const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-crash-"));
const services: Service[] = [];
afterAll(async () => {
  for (const service of services) await service.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const hostAt = (url: string): Host => ({ name: "node", baseUrl: url, fetch: (u, init) => fetch(u, init), expire: async () => {} });

interface Acked {
  till: number;
  lines: string[];
  payments: string[];
  number: number | null;
}

describe("SIGKILL during a load of lines and finalizes", () => {
  it("loses nothing acknowledged, skips and doubles no number, and the journals verify", async () => {
    const first = await startNode(dataDir);
    services.push(first);
    let host = hostAt(first.url);
    const tills = await Promise.all(KEYS.map((key) => Till.login(host, key)));
    const acked = new Map<string, Acked>();
    let killed = false;
    const load = tills.map(async (till, t) => {
      try {
        for (let i = 0; !killed; i++) {
          const receipt = await till.open();
          const entry: Acked = { till: t, lines: [], payments: [], number: null };
          acked.set(receipt.id, entry);
          let total = 0;
          for (let l = 0; l < 3; l++) {
            const line = await till.call("POST", `/v1/receipts/${receipt.id}/lines`, { body: { name: `Item ${i}.${l}`, quantity: "1", unit_price: 100 + l, vat_rate: till.vatRate } });
            if (line.status !== 201) throw new Error(line.text);
            entry.lines.push(line.body.line.id);
            total = line.body.receipt.total;
          }
          const paid = await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount: total } });
          if (paid.status !== 201) throw new Error(paid.text);
          entry.payments.push(paid.body.id);
          const issued = await till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "qr" } });
          if (issued.status !== 200) throw new Error(issued.text);
          entry.number = issued.body.fiscal.number;
        }
      } catch (error) {
        if (!killed) throw error;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    killed = true;
    await first.kill();
    await Promise.all(load);
    expect([...acked.values()].filter((a) => a.number !== null).length).toBeGreaterThan(4);

    const second = await startNode(dataDir);
    services.push(second);
    host = hostAt(second.url);
    const again = await Promise.all(KEYS.map((key) => Till.login(host, key)));
    for (const [id, entry] of acked) {
      const till = again[entry.till]!;
      const res = await till.get(id);
      if (entry.lines.length === 0 && res.status === 404) continue; // opened, never acknowledged
      expect(res.status).toBe(200);
      expect(res.body.lines.map((l: Json) => l.id)).toEqual(expect.arrayContaining(entry.lines));
      expect(res.body.payments.map((p: Json) => p.id)).toEqual(expect.arrayContaining(entry.payments));
      if (entry.number !== null) expect(res.body).toMatchObject({ status: "issued", fiscal: { number: entry.number } });
      // What was paid and not yet answered is finalized now: the device gives the same or the next number.
      if (res.body.status === "open" && res.body.due === 0 && res.body.lines.length > 0) {
        expect((await till.call("POST", `/v1/receipts/${id}/finalize`, { body: { delivery: "qr" } })).status).toBe(200);
      }
    }

    const jwks = (await call(host, "GET", "/.well-known/jwks.json")).body.keys as (JsonWebKey & { kid: string })[];
    const keyFor = async (kid: string) => importPublicJwk(jwks.find((k) => k.kid === kid)!);
    for (const [t, till] of again.entries()) {
      const device = `dev_demo_${KEYS[t] === "demo-terminal-key" ? "pl" : KEYS[t]!.slice(-2)}`;
      const journal = await host.fetch(`${host.baseUrl}/v1/devices/${device}/journal`, { headers: { authorization: `Bearer ${till.token}` } });
      const parsed = parseJournal(await journal.text());
      if (!parsed.ok) throw new Error("journal does not parse");
      const numbers = parsed.documents.map((d) => d.number);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      expect(await verifyJournal(parsed.documents, keyFor)).toMatchObject({ valid: true });
    }
  }, 180_000);
});
