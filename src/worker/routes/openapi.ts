/** Helpers so route definitions stay short and every answer is documented alike, and the document's frame. */
import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { ZodType } from "zod";
import { codesFor, type ProblemArea } from "../problem-codes";
import { ProblemSchema } from "../schemas";

type Area = Exclude<ProblemArea, "any" | "terminal">;

const TITLES: Record<number, string> = {
  400: "Malformed request",
  401: "Missing or invalid token",
  403: "Not allowed with this credential",
  404: "Not found (or another merchant's)",
  409: "Conflict with the current state of the receipt, device or key",
  410: "Expired",
  413: "Body too large",
  415: "Body is not JSON",
  422: "Invalid field",
  429: "Too many requests (see Retry-After)",
  503: "The fiscal device did not answer; retry with the same Idempotency-Key",
};

const ref = (kind: "parameters" | "headers", name: string) => ({ $ref: `#/components/${kind}/${name}` });
const retryAfter = { "Retry-After": ref("headers", "RetryAfter") };
const schemas = new Map<string, ZodType>();

/** The problem document of one status in one area, its `code` narrowed to the codes it can carry. */
function problemSchema(area: Area, status: number): ZodType {
  const name = `${area[0]!.toUpperCase()}${area.slice(1)}Problem${status}`;
  const known = schemas.get(name);
  if (known) return known;
  const [first, ...rest] = codesFor(area, status);
  if (!first) throw new Error(`no problem code is documented for ${status} in ${area} (src/worker/problem-codes.ts)`);
  const schema = ProblemSchema.extend({
    code: z.enum([first, ...rest]).openapi({ description: "Short stable code, the last segment of `type`; see docs/errors.md" }),
    status: z.literal(status),
  }).openapi(name);
  schemas.set(name, schema);
  return schema;
}

/** The problem answers of an operation, each with the codes it can carry. */
export function problems(area: Area, ...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: `${TITLES[status] ?? "Problem"}: ${codesFor(area, status).map((c) => `\`${c}\``).join(", ")}`,
        ...((status === 409 || status === 503 || status === 429) && { headers: retryAfter }),
        content: { "application/problem+json": { schema: problemSchema(area, status) } },
      },
    ]),
  );
}

/** A JSON request body with the example a reader (and the interactive reference) starts from. */
export function jsonBody<T extends ZodType>(schema: T, example: z.input<T>) {
  return { required: true, content: { "application/json": { schema, example } } } as const;
}

/** A JSON request body that may be left out; when sent, it must be JSON and match the schema. */
export function optionalJsonBody<T extends ZodType>(schema: T, example: z.input<T>) {
  return { required: false, content: { "application/json": { schema, example } } } as const;
}

export const jsonContent = <T extends ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** A success answer of a request that takes an Idempotency-Key: a replay says so in a header. */
export const replayable = <T extends ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: { "idempotent-replayed": ref("headers", "IdempotentReplayed") },
});

/** The Idempotency-Key request header, for every POST and DELETE of a terminal. */
export const idempotencyKey = [ref("parameters", "IdempotencyKey")];

/** Terminal operations need the bearer token; the admin API its own secret; public ones say `security: []`. */
export const bearer = [{ bearer: [] }];
export const adminAccess = [{ admin: [] }];
export const publicAccess: { [name: string]: string[] }[] = [];

export function registerComponents(registry: OpenAPIHono["openAPIRegistry"]): void {
  registry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "A terminal's token from `POST /v1/auth/token`; it names the merchant, store, terminal and fiscal device.",
  });
  registry.registerComponent("securitySchemes", "admin", {
    type: "http",
    scheme: "bearer",
    description:
      "The service's `ADMIN_TOKEN`, a secret the operator sets in the service's environment (docs/admin.md); the admin API is off without it. " +
      "A terminal's token does not open the admin API, and the admin token does not open a terminal's endpoints.",
  });
  registry.registerComponent("parameters", "IdempotencyKey", {
    name: "Idempotency-Key",
    in: "header",
    required: false,
    description:
      "1-255 visible ASCII characters, new for every logical request and reused for its retries. The first answer is kept for 24 hours " +
      "and replayed to a retry with the same key and request; refusals the till is told to fix and retry, and server errors, are not kept. " +
      "See docs/api-guide.md#idempotency.",
    schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x21-\\x7e]+$" },
    example: "till-7-sale-000123-finalize",
  });
  registry.registerComponent("headers", "IdempotentReplayed", {
    description: "`true` when this answer is the stored answer of an earlier request with the same Idempotency-Key.",
    schema: { type: "string", enum: ["true"] },
  });
  registry.registerComponent("headers", "RetryAfter", {
    description: "Seconds to wait before retrying, when the service knows.",
    schema: { type: "integer", minimum: 0 },
  });
}

const DESCRIPTION = `Send each sale from a till, get it fiscalized on the shop's fiscal device, and hand the receipt to the customer on paper, by QR code, SMS or e-mail.

A till exchanges its API key for a bearer token (\`POST /v1/auth/token\`), opens a receipt, adds lines and payments, and finalizes it. The customer's page (\`customer_url\`) works from the moment the receipt is opened; anyone can verify an issued receipt at \`/verify\`.

- **Money** is integer minor units (\`1999\` = 19.99); **quantities** are decimal strings with up to 3 decimals.
- **Errors** are \`application/problem+json\` (RFC 9457) with a stable \`code\`; the catalogue is docs/errors.md.
- **Idempotency**: send an \`Idempotency-Key\` on every POST and DELETE; a retry with the same key and request gets the first answer (\`idempotent-replayed: true\`).

## Versioning and deprecation

The major version is in the path (\`/v1\`). Within \`/v1\` the contract only grows: new endpoints, new optional request fields, new response fields, new problem codes and new values of response enums (\`status\`, \`delivery.channel\`, event types). A till must ignore response fields it does not know and handle an unknown problem \`code\` by its HTTP status. Removing or renaming anything, making an optional field required, or changing a field's type or meaning happens only in a new major version (\`/v2\`), served beside \`/v1\`.

\`info.version\` is the contract's version: the minor number grows with additions. A deprecated operation or field is marked \`deprecated: true\` in this document at least six months before the major version that removes it, and the change log in the repository says what replaces it.

The guides are in the repository: docs/api-guide.md (the till's flow), docs/errors.md, docs/deployment.md and docs/admin.md (setting up merchants, terminals and API keys with the admin API); the interactive reference is at \`/docs\`.`;

export const TAGS = [
  { name: "auth", description: "A terminal's API key for a bearer token." },
  { name: "receipts", description: "The till's receipt: open, lines, payments, finalize and delivery, copies, returns, cancel." },
  { name: "fiscal devices", description: "The terminal's fiscal device: state, shifts, X and Z reports, the signed journal, and sandbox faults." },
  { name: "lists", description: "A merchant's issued and cancelled receipts and its SMS and e-mail deliveries, newest first, page by page." },
  { name: "customers", description: "The customer's side for loyalty apps, personal accounts, CRMs and call centres: consent, purchase history, erasure." },
  { name: "customer display", description: "A link for the screen facing the customer: the open receipt and its QR, live, without the till's token." },
  { name: "verification", description: "Public: check a receipt's fiscal QR code or e-receipt, and the devices' public keys." },
  { name: "admin", description: "For the service's operator, with the admin token: merchants and their settings, stores, fiscal devices, terminals and their API keys." },
];

/** The document's frame; `baseUrl` is the origin that serves it, so a generator or `/docs` calls that service. */
export function documentConfig(baseUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "eReceipt Edge",
      version: "1.0.0",
      description: DESCRIPTION,
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    servers: [{ url: baseUrl, description: "This service" }],
    security: bearer,
    tags: TAGS,
  };
}
