import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { call, Till } from "../support/api-client";
import { concurrentFinalizes, deviceScenarios } from "../support/device-scenarios";
import { nodeServerForFile } from "../support/node-server";

const local = nodeServerForFile("devices");

deviceScenarios(() => local.host);

describe("numbering under load (Node host)", () => {
  it("200 concurrent finalizes on one device give 200 consecutive numbers", async () => {
    const numbers = await concurrentFinalizes(local.host, "demo-terminal-key-se", 200);
    expect(numbers).toHaveLength(200);
    expect(numbers.at(-1)! - numbers[0]! + 1).toBe(200);
  }, 180_000);
});

describe("offline journal verifier (scripts/verify-journal.ts)", () => {
  it("accepts the exported journal and rejects it with one byte changed", async () => {
    const till = await Till.login(local.host, "demo-terminal-key-se");
    const journal = await (await fetch(`${local.server.url}/v1/devices/dev_demo_se/journal`, { headers: { authorization: `Bearer ${till.token}` } })).text();
    const jwks = await call(local.host, "GET", "/.well-known/jwks.json");
    const dir = mkdtempSync(join(tmpdir(), "journal-"));
    const run = (text: string) => {
      writeFileSync(join(dir, "journal.ndjson"), text);
      writeFileSync(join(dir, "jwks.json"), jwks.text);
      try {
        return { code: 0, out: execFileSync("npx", ["tsx", "scripts/verify-journal.ts", join(dir, "journal.ndjson"), join(dir, "jwks.json")], { encoding: "utf8" }) };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    expect(run(journal).code).toBe(0);
    // One byte: a digit of one amount.
    const at = journal.indexOf('"total":') + 8;
    const changed = journal.slice(0, at) + (journal[at] === "1" ? "2" : "1") + journal.slice(at + 1);
    expect(run(changed).code).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
