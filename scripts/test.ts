// `npm test`: type-check, then every suite (workerd, Node + libsql, Deno, Chromium), then one
// closing line "N passed, N failed" summed over all of them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = (name: string) => join("node_modules", ".bin", name);
const reports = mkdtempSync(join(tmpdir(), "ereceipt-test-"));
let passed = 0;
let failed = 0;
let ok = true;

const typecheck = spawnSync(bin("tsc"), ["--noEmit", "-p", "."], { stdio: "inherit" });
if (typecheck.status !== 0) {
  console.error("type check failed");
  ok = false;
}

for (const suite of ["workers", "node"]) {
  const report = join(reports, `${suite}.json`);
  const run = spawnSync(bin("vitest"), ["run", "--config", `vitest.${suite}.config.ts`, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
    stdio: "inherit",
  });
  if (run.status !== 0) ok = false;
  try {
    const result = JSON.parse(readFileSync(report, "utf8")) as { numPassedTests: number; numFailedTests: number };
    passed += result.numPassedTests;
    failed += result.numFailedTests;
  } catch (error) {
    console.error(`${suite}: no test report (${String(error)})`);
    ok = false;
  }
}
rmSync(reports, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
