/**
 * The customer's side, for the loyalty app, the personal account, the CRM and the call centre:
 * consent, purchase history with receipt links, erasure. Scoped to the token's merchant.
 */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { CHANNELS } from "../../core/delivery";
import type { AppEnv } from "../app";
import { customerView } from "../customers/profile";
import { consentHistory, customerNotFound, customerReceipts, eraseCustomer, findCustomer, profileOf, setPreferences } from "../customers/store";
import type { Ports } from "../ports";
import { CustomerViewSchema } from "../schemas";
import { bearer, idempotencyKey, jsonBody, jsonContent, problems, replayable } from "./openapi";

const tags = ["customers"];
const security = bearer;
const parameters = idempotencyKey;
const RefParams = z.object({
  ref: z.string().min(1).max(300).openapi({ description: "`cus_...`, or `phone:+48600000001`, `email:jan@example.com`, `loyalty:L-000123`", example: "loyalty:L-000123" }),
});
const PreferencesSchema = z
  .object({
    paper_refused: z.boolean().optional().openapi({ description: "No paper receipts: `auto` never prints unless the customer asks at the till" }),
    preferred_channel: z.enum(CHANNELS).nullable().optional().openapi({ description: "Offered to the till first (\"E-mail to j***@example.com: OK / Change\")" }),
    default_email: z.email().max(254).nullable().optional().openapi({ description: "Where e-mail receipts go when the till gives no address" }),
    source: z.enum(["app", "account", "call_centre", "till"]).openapi({ description: "Where the customer gave this consent; kept with the change" }),
  })
  .strict()
  .openapi("Preferences");
const CustomerSchema = CustomerViewSchema.extend({
  consent: z.array(z.object({ change: z.record(z.string(), z.unknown()), by: z.string(), at: z.string() })),
}).openapi("Customer");
const HistorySchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        issued_at: z.string().nullable(),
        total: z.number().nullable(),
        currency: z.string(),
        store_id: z.string(),
        channel: z.string().nullable(),
        receipt_url: z.string().nullable().openapi({ description: "The customer's page; null once the link expired" }),
        pdf_url: z.string().nullable(),
      }),
    ),
    next_cursor: z.string().nullable(),
  })
  .openapi("CustomerReceipts");
const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

const routes = {
  get: createRoute({
    method: "get", path: "/v1/customers/{ref}", operationId: "getCustomer", tags, security, summary: "A customer: consent and masked contact",
    request: { params: RefParams },
    responses: { 200: jsonContent(CustomerSchema, "The customer"), ...problems("customers", 401, 404) },
  }),
  preferences: createRoute({
    method: "put", path: "/v1/customers/{ref}/preferences", operationId: "setCustomerPreferences", tags, security, parameters, summary: "Set the customer's consent",
    description: "From the loyalty app, the personal account or the call centre: paper refusal, preferred channel, default e-mail. Every change is recorded with who and when. A customer not yet met at a till is created from an identifier reference.",
    request: { params: RefParams, body: jsonBody(PreferencesSchema, { paper_refused: true, preferred_channel: "email", default_email: "jan@example.com", source: "app" }) },
    responses: { 200: replayable(CustomerSchema, "The customer"), ...problems("customers", 400, 401, 404, 413, 415, 422) },
  }),
  receipts: createRoute({
    method: "get", path: "/v1/customers/{ref}/receipts", operationId: "listCustomerReceipts", tags, security, summary: "The customer's receipts, newest first",
    request: { params: RefParams, query: PageQuery },
    responses: { 200: jsonContent(HistorySchema, "A page of receipts with their links"), ...problems("customers", 401, 404, 422) },
  }),
  erase: createRoute({
    method: "delete", path: "/v1/customers/{ref}", operationId: "eraseCustomer", tags, security, parameters, summary: "Erase the customer's personal data",
    description: "Removes the customer, their consent record, the identification kept on their receipts and the addresses and texts of messages sent to them. The fiscal record of their receipts stays.",
    request: { params: RefParams },
    responses: { 200: replayable(z.object({ erased: z.literal(true), receipts: z.number() }).openapi("Erased"), "Erased"), ...problems("customers", 400, 401, 404) },
  }),
};


export function customerApiRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  const found = async (merchantId: string, ref: string) => {
    const row = await findCustomer(ports, merchantId, ref);
    if (!row) throw customerNotFound();
    return row;
  };
  const withConsent = async (view: ReturnType<typeof customerView>) => ({
    ...view,
    consent: (await consentHistory(ports, view.ref)).map(({ change, by, at }) => ({ change, by, at })),
  });

  app.openapi(routes.get, async (c) => {
    const terminal = c.get("terminal");
    const row = await found(terminal.merchantId, c.req.valid("param").ref);
    return c.json(await withConsent(customerView(await profileOf(ports, row, null))), 200);
  });

  app.openapi(routes.preferences, async (c) => {
    const terminal = c.get("terminal");
    const profile = await setPreferences(ports, terminal.merchantId, c.req.valid("param").ref, c.req.valid("json"), terminal.terminalId);
    ports.log.info("customer.consent_changed", { merchant_id: terminal.merchantId, customer: profile.ref });
    return c.json(await withConsent(customerView(profile)), 200);
  });

  app.openapi(routes.receipts, async (c) => {
    const terminal = c.get("terminal");
    const row = await found(terminal.merchantId, c.req.valid("param").ref);
    const { limit, cursor } = c.req.valid("query");
    return c.json(await customerReceipts(ports, terminal.merchantId, row.id, limit, cursor), 200);
  });

  app.openapi(routes.erase, async (c) => {
    const terminal = c.get("terminal");
    const row = await found(terminal.merchantId, c.req.valid("param").ref);
    const { receipts } = await eraseCustomer(ports, terminal.merchantId, row.id);
    return c.json({ erased: true as const, receipts }, 200);
  });
}
