// The error catalogue: every problem `code` the source can answer with, found by reading the source,
// checked against the documented list (src/worker/problem-codes.ts) and rendered to docs/errors.md.
//   npx tsx scripts/error-catalogue.ts          writes docs/errors.md
//   npx tsx scripts/error-catalogue.ts --check  fails when a code is undocumented or the file is stale
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { DomainError, type ProblemKind } from "../src/core/errors";
import { PROBLEM_CODES, type ProblemCode } from "../src/worker/problem-codes";

export const CATALOGUE_PATH = "docs/errors.md";

/** A code the source answers with, and the statuses it answers it with (empty when computed at run time). */
export interface FoundCode {
  code: string;
  statuses: Set<number>;
  at: Set<string>;
}

const statusOfKind = (kind: string) => new DomainError(kind as ProblemKind, "x", "", "").status;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

const parse = (path: string) => ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true, path.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** The fiscal device's refusal codes (the FiscalErrorCode union) and the problem kind each maps to. */
function deviceCodes(root: string): Map<string, string> {
  const union = new Set<string>();
  walk(parse(join(root, "simulator/errors.ts")), (node) => {
    if (ts.isTypeAliasDeclaration(node) && node.name.text === "FiscalErrorCode") {
      walk(node.type, (t) => {
        if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) union.add(t.literal.text);
      });
    }
  });
  const kinds = new Map<string, string>();
  walk(parse(join(root, "worker/services/device.ts")), (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === "KIND" && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const p of node.initializer.properties) {
        if (ts.isPropertyAssignment(p) && ts.isStringLiteral(p.initializer)) kinds.set(p.name.getText(), p.initializer.text);
      }
    }
  });
  for (const code of union) if (!kinds.has(code)) throw new Error(`device code ${code} has no problem kind in worker/services/device.ts`);
  return kinds;
}

/** The function (declaration or `const f = (...) =>`) a parameter belongs to, with its name and index. */
function parameterOf(id: ts.Identifier): { name: string; index: number } | null {
  for (let node: ts.Node | undefined = id.parent; node; node = node.parent) {
    if (!ts.isFunctionLike(node)) continue;
    const index = node.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
    if (index < 0) continue;
    const named = ts.isFunctionDeclaration(node) ? node.name : ts.isVariableDeclaration(node.parent) ? node.parent.name : undefined;
    return named && ts.isIdentifier(named) ? { name: named.text, index } : null;
  }
  return null;
}

type Value = { value: string; via: ts.Node };

/** The string values an argument can take: literals, both arms of a condition, a helper's callers' arguments. */
function valuesOf(expr: ts.Expression, file: ts.SourceFile, devices: Map<string, string>): Value[] | "device" | null {
  if (ts.isStringLiteralLike(expr)) return [{ value: expr.text, via: expr }];
  if (ts.isNumericLiteral(expr)) return [{ value: expr.text, via: expr }];
  if (ts.isParenthesizedExpression(expr)) return valuesOf(expr.expression, file, devices);
  if (ts.isConditionalExpression(expr)) {
    const a = valuesOf(expr.whenTrue, file, devices);
    const b = valuesOf(expr.whenFalse, file, devices);
    return Array.isArray(a) && Array.isArray(b) ? [...a, ...b] : null;
  }
  if (ts.isTemplateExpression(expr) && expr.head.text === "device-") return "device";
  if (ts.isIdentifier(expr)) {
    const param = parameterOf(expr);
    if (!param) return null;
    const found: Value[] = [];
    walk(file, (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === param.name) {
        const arg = node.arguments[param.index];
        const values = arg && valuesOf(arg, file, devices);
        if (Array.isArray(values)) found.push(...values);
      }
    });
    return found;
  }
  return null;
}

/**
 * Every `new DomainError(kind, code, ...)`, `problemResponse(status, code, ...)` and `problemJson(status,
 * code, ...)` (a host answering below the app) in the source. A code read from another error
 * (`error.code`) passes a problem on and is not a new one, nor is one of these helpers calling another
 * with its own parameters (their callers are read instead).
 */
const ANSWERING_CALLS = ["problemResponse", "problemJson"];

export function scanProblemCodes(root = "src"): Map<string, FoundCode> {
  const devices = deviceCodes(root);
  const found = new Map<string, FoundCode>();
  const add = (code: string, status: number | null, at: string) => {
    const entry = found.get(code) ?? { code, statuses: new Set<number>(), at: new Set<string>() };
    if (status !== null) entry.statuses.add(status);
    entry.at.add(at);
    found.set(code, entry);
  };
  for (const path of sourceFiles(root)) {
    const file = parse(path);
    walk(file, (node) => {
      const isError = ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "DomainError";
      const isResponse = ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ANSWERING_CALLS.includes(node.expression.text);
      if (!isError && !isResponse) return;
      const [first, second] = (node as ts.NewExpression | ts.CallExpression).arguments ?? [];
      if (!first || !second) return;
      const forwarded = ts.isIdentifier(second) ? parameterOf(second) : null;
      if (forwarded && ANSWERING_CALLS.includes(forwarded.name)) return;
      const at = `${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      const codes = valuesOf(second, file, devices);
      if (codes === "device") {
        for (const [code, kind] of devices) add(`device-${code.replace(/_/g, "-")}`, statusOfKind(kind), at);
        return;
      }
      if (!codes) return;
      const firsts = valuesOf(first, file, devices);
      const statuses = Array.isArray(firsts) ? firsts.map((v) => (isError ? statusOfKind(v.value) : Number(v.value))) : [];
      for (const { value } of codes) {
        if (statuses.length === 0) add(value, null, at);
        for (const status of statuses) add(value, status, at);
      }
    });
  }
  return found;
}

/** What is wrong between the source and the documented codes; empty when they agree. */
export function catalogueProblems(found: Map<string, FoundCode>, documented: readonly ProblemCode[] = PROBLEM_CODES): string[] {
  const problems: string[] = [];
  const byCode = new Map(documented.map((d) => [d.code, d]));
  for (const { code, statuses, at } of found.values()) {
    const doc = byCode.get(code);
    if (!doc) {
      problems.push(`${code} (${[...at].join(", ")}) is not documented in src/worker/problem-codes.ts`);
      continue;
    }
    for (const status of statuses) {
      if (!doc.statuses.includes(status)) problems.push(`${code} is answered with ${status}, documented as ${doc.statuses.join("/")}`);
    }
  }
  for (const doc of documented) if (!found.has(doc.code)) problems.push(`${doc.code} is documented but the source never answers with it`);
  return problems;
}

const RETRY: Record<ProblemCode["retry"], string> = {
  "same-key": "retry as it was, same `Idempotency-Key`",
  "after-fix": "fix the cause, retry with the same key",
  "new-key": "change the request; a new key if it carries one",
  "none": "nothing to retry",
};

export function renderCatalogue(documented: readonly ProblemCode[] = PROBLEM_CODES): string {
  const rows = [...documented]
    .sort((a, b) => (a.statuses[0] ?? 999) - (b.statuses[0] ?? 999) || a.code.localeCompare(b.code))
    .map((d) => `| \`${d.code}\` | ${d.statuses.join(", ") || "other"} | ${d.title} | ${d.meaning} | ${RETRY[d.retry]} | ${d.stored ? "yes" : "no"} |`);
  return [
    "# Error catalogue",
    "",
    "<!-- Generated by `npx tsx scripts/error-catalogue.ts` from src/worker/problem-codes.ts; a test fails when the",
    "     source answers with a code that is not listed here, or when this file is stale. Do not edit by hand. -->",
    "",
    "Every error is an `application/problem+json` document (RFC 9457):",
    "",
    "```json",
    '{ "type": "https://ereceipt-edge.dev/problems/receipt-not-open", "code": "receipt-not-open", "title": "Receipt is not open",',
    '  "status": 409, "detail": "The receipt is issued; only an open receipt can be changed." }',
    "```",
    "",
    "Switch on `code` (it is the last segment of `type` and never changes within `/v1`); show `detail` to the",
    "cashier; `errors[]` names each bad field of a 422. A refused request changes nothing.",
    "",
    "**Retry** says what a till does next. **Stored** says whether the answer is kept under the request's",
    "`Idempotency-Key` (for 24 hours): a stored answer is replayed to a retry with the same key, so after",
    "changing anything send a new key; an answer that is not stored lets the same key run again once the",
    "cause is fixed. See [the API guide](api-guide.md#idempotency) for the whole rule.",
    "",
    "| code | status | title | meaning | retry | stored |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const problems = catalogueProblems(scanProblemCodes());
  const text = renderCatalogue();
  if (process.argv.includes("--check")) {
    if (readFileSync(CATALOGUE_PATH, "utf8") !== text) problems.push(`${CATALOGUE_PATH} is stale: run npx tsx scripts/error-catalogue.ts`);
  } else if (problems.length === 0) {
    writeFileSync(CATALOGUE_PATH, text);
    console.log(`wrote ${CATALOGUE_PATH} (${PROBLEM_CODES.length} codes)`);
  }
  for (const p of problems) console.error(p);
  process.exit(problems.length === 0 ? 0 : 1);
}
