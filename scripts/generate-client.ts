// The typed client's types, generated from the app's OpenAPI document with openapi-typescript.
//   npx tsx scripts/generate-client.ts          writes clients/typescript/src/schema.ts
//   npx tsx scripts/generate-client.ts --check  fails when the committed file is stale
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "./openapi";

export const SCHEMA_PATH = "clients/typescript/src/schema.ts";

const HEADER = `// GENERATED from the service's /openapi.json by scripts/generate-client.ts (openapi-typescript).
// Do not edit: change the routes, then run \`npx tsx scripts/generate-client.ts\`. npm test fails when stale.
`;

export async function generatedSchema(): Promise<string> {
  const ast = await openapiTS(JSON.stringify(await openApiDocument()), { alphabetize: true });
  return `${HEADER}\n${astToString(ast)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const text = await generatedSchema();
  if (process.argv.includes("--check")) {
    if (readFileSync(SCHEMA_PATH, "utf8") !== text) {
      console.error(`${SCHEMA_PATH} is stale: run npx tsx scripts/generate-client.ts`);
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_PATH, text);
    console.log(`wrote ${SCHEMA_PATH}`);
  }
}
