// docs/errors.md lists every problem code the source can answer with: a new code without an entry
// in src/worker/problem-codes.ts, an entry the source no longer uses, or a stale file fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUE_PATH, catalogueProblems, renderCatalogue, scanProblemCodes } from "../../scripts/error-catalogue";
import { PROBLEM_CODES } from "../../src/worker/problem-codes";

describe("the error catalogue", () => {
  const found = scanProblemCodes();

  it("finds the codes the source answers with, including the fiscal device's refusals", () => {
    expect(found.get("receipt-not-open")?.statuses).toEqual(new Set([409]));
    expect(found.get("device-paper-out")?.statuses).toEqual(new Set([409]));
    expect(found.get("device-reply-lost")?.statuses).toEqual(new Set([503]));
    expect(found.get("ebin-forbidden")?.statuses).toEqual(new Set([422]));
    expect(found.has("malformed-request")).toBe(true);
    expect(found.get("rate-limited")?.statuses).toEqual(new Set([429]));
    // Answered by the Node host below the app, with problemJson.
    expect(found.get("headers-too-large")?.statuses).toEqual(new Set([431]));
  });

  it("documents every code, with the status it is answered with, and no code the source lost", () => {
    expect(catalogueProblems(found)).toEqual([]);
  });

  it("fails for a code nobody documented", () => {
    const documented = PROBLEM_CODES.filter((p) => p.code !== "device-paper-out");
    expect(catalogueProblems(found, documented)).toEqual([expect.stringMatching(/^device-paper-out .* is not documented/)]);
  });

  it("is the committed docs/errors.md", () => {
    expect(readFileSync(CATALOGUE_PATH, "utf8")).toBe(renderCatalogue());
  });
});
