/** Validates XML against an XSD with libxml2's xmllint (Debian libxml2-utils, installed when missing). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDebianTool } from "./debian";

// The Norwegian Tax Administration's published schema, kept in the repository so a clone tests on its own.
export const SAFT_NO_SCHEMA = fileURLToPath(new URL("../fixtures/saf-t-no/Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd", import.meta.url));

export function validateXml(xml: string, schema: string): { valid: boolean; output: string } {
  const tool = ensureDebianTool("/usr/bin/xmllint", "libxml2-utils");
  const dir = mkdtempSync(join(tmpdir(), "xml-"));
  try {
    const file = join(dir, "export.xml");
    writeFileSync(file, xml);
    const run = spawnSync(tool, ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8" });
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
