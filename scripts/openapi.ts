// The served OpenAPI document, built from the app's own routes (a Node host on a throwaway folder).
// `npx tsx scripts/openapi.ts [file]` writes it to the file, or prints it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createLocalHost } from "../src/runtime/local-host";
import { jsonLogger } from "../src/worker/log";

export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), "ereceipt-openapi-"));
  // Secrets are needed to build the ports; the document itself does not depend on them.
  const env = { JWT_SECRET: "openapi-document", FISCAL_KEY_SECRET: "openapi-document", CUSTOMER_HASH_SECRET: "openapi-document", CUSTOMER_DATA_KEY: "openapi-document" };
  const host = await createLocalHost({ dataDir, demo: false, env, log: jsonLogger(() => {}) });
  try {
    // A public origin, as a deployment serves it (the document names the origin it is served from).
    const res = await host.app.request("https://ereceipt-edge.dev/openapi.json");
    if (!res.ok) throw new Error(`/openapi.json answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const text = `${JSON.stringify(await openApiDocument(), null, 2)}\n`;
  if (process.argv[2]) writeFileSync(process.argv[2], text);
  else process.stdout.write(text);
}
