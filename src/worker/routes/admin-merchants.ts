/** Admin API: merchants, their settings and stores (docs/admin.md). */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  MerchantInputSchema,
  MerchantParams,
  MerchantPatchSchema,
  MerchantSchema,
  PageQuery,
  pageOf,
  SettingsPatchSchema,
  SettingsSchema,
  StoreInputSchema,
  StoreParams,
  StorePatchSchema,
  StoreSchema,
} from "../admin-schemas";
import type { AppEnv } from "../app";
import type { Ports } from "../ports";
import { forgetMerchant, forgetStore } from "../services/tenants";
import {
  createMerchant,
  createStore,
  getMerchant,
  getStore,
  listMerchants,
  listStores,
  merchantJson,
  settingsJson,
  storeJson,
  updateMerchant,
  updateSettings,
  updateStore,
} from "../services/merchants";
import { adminAccess, jsonBody, jsonContent, problems } from "./openapi";

const tags = ["admin"];
const security = adminAccess;
const merchant = { legal_name: "Sklep Pod Lipami Sp. z o.o.", tax_id: "526-104-08-28", address: "ul. Lipowa 1, 00-001 Warszawa", time_zone: "Europe/Warsaw" };
const store = { name: "Pod Lipami Centrum", address: "ul. Lipowa 1, 00-001 Warszawa" };

const routes = {
  createMerchant: createRoute({
    method: "post", path: "/v1/admin/merchants", operationId: "adminCreateMerchant", tags, security, summary: "Create a merchant",
    description: "The tax id's check digits are verified for the country; the currency and time zone default to the country's.",
    request: { body: jsonBody(MerchantInputSchema, { ...merchant, country: "PL" }) },
    responses: { 201: jsonContent(MerchantSchema, "The merchant"), ...problems("admin", 400, 401, 413, 415, 422) },
  }),
  listMerchants: createRoute({
    method: "get", path: "/v1/admin/merchants", operationId: "adminListMerchants", tags, security, summary: "Merchants, newest first",
    request: { query: PageQuery },
    responses: { 200: jsonContent(pageOf(MerchantSchema, "MerchantPage"), "A page of merchants"), ...problems("admin", 401, 422) },
  }),
  getMerchant: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}", operationId: "adminGetMerchant", tags, security, summary: "A merchant",
    request: { params: MerchantParams },
    responses: { 200: jsonContent(MerchantSchema, "The merchant"), ...problems("admin", 401, 404) },
  }),
  updateMerchant: createRoute({
    method: "patch", path: "/v1/admin/merchants/{merchant_id}", operationId: "adminUpdateMerchant", tags, security,
    summary: "Change a merchant's name, tax id, address or time zone",
    request: { params: MerchantParams, body: jsonBody(MerchantPatchSchema, { address: "ul. Lipowa 3, 00-001 Warszawa" }) },
    responses: { 200: jsonContent(MerchantSchema, "The merchant"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
  getSettings: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/settings", operationId: "adminGetSettings", tags, security, summary: "A merchant's receipt settings",
    request: { params: MerchantParams },
    responses: { 200: jsonContent(SettingsSchema, "The settings"), ...problems("admin", 401, 404) },
  }),
  updateSettings: createRoute({
    method: "patch", path: "/v1/admin/merchants/{merchant_id}/settings", operationId: "adminUpdateSettings", tags, security, summary: "Change receipt settings",
    request: { params: MerchantParams, body: jsonBody(SettingsPatchSchema, { email_mode: "link", sms_sender: "PodLipami", retention_days: 365 }) },
    responses: { 200: jsonContent(SettingsSchema, "The settings"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
  createStore: createRoute({
    method: "post", path: "/v1/admin/merchants/{merchant_id}/stores", operationId: "adminCreateStore", tags, security, summary: "Create a store",
    request: { params: MerchantParams, body: jsonBody(StoreInputSchema, store) },
    responses: { 201: jsonContent(StoreSchema, "The store"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
  listStores: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/stores", operationId: "adminListStores", tags, security, summary: "A merchant's stores",
    request: { params: MerchantParams },
    responses: { 200: jsonContent(pageOf(StoreSchema, "StoreList"), "The stores"), ...problems("admin", 401, 404) },
  }),
  getStore: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/stores/{store_id}", operationId: "adminGetStore", tags, security, summary: "A store",
    request: { params: StoreParams },
    responses: { 200: jsonContent(StoreSchema, "The store"), ...problems("admin", 401, 404) },
  }),
  updateStore: createRoute({
    method: "patch", path: "/v1/admin/merchants/{merchant_id}/stores/{store_id}", operationId: "adminUpdateStore", tags, security, summary: "Change a store",
    request: { params: StoreParams, body: jsonBody(StorePatchSchema, { name: "Pod Lipami Dworzec" }) },
    responses: { 200: jsonContent(StoreSchema, "The store"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
};

export function adminMerchantRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  const { db } = ports.database;
  app.openapi(routes.createMerchant, async (c) => c.json(merchantJson(await createMerchant(ports, c.req.valid("json"))), 201));
  app.openapi(routes.listMerchants, async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const page = await listMerchants(db, limit, cursor);
    return c.json({ items: page.items.map(merchantJson), next_cursor: page.nextCursor }, 200);
  });
  app.openapi(routes.getMerchant, async (c) => c.json(merchantJson(await getMerchant(db, c.req.valid("param").merchant_id)), 200));
  // A change is seen at once by this isolate's next receipt; other isolates' caches expire within a minute.
  app.openapi(routes.updateMerchant, async (c) => {
    const id = c.req.valid("param").merchant_id;
    const merchant = await updateMerchant(db, id, c.req.valid("json"));
    forgetMerchant(ports, id);
    return c.json(merchantJson(merchant), 200);
  });
  app.openapi(routes.getSettings, async (c) => c.json(settingsJson(await getMerchant(db, c.req.valid("param").merchant_id)), 200));
  app.openapi(routes.updateSettings, async (c) => {
    const id = c.req.valid("param").merchant_id;
    const merchant = await updateSettings(db, id, c.req.valid("json"));
    forgetMerchant(ports, id);
    return c.json(settingsJson(merchant), 200);
  });
  app.openapi(routes.createStore, async (c) => c.json(storeJson(await createStore(ports, c.req.valid("param").merchant_id, c.req.valid("json"))), 201));
  app.openapi(routes.listStores, async (c) => {
    const { merchant_id } = c.req.valid("param");
    await getMerchant(db, merchant_id);
    return c.json({ items: (await listStores(db, merchant_id)).map(storeJson), next_cursor: null }, 200);
  });
  app.openapi(routes.getStore, async (c) => {
    const { merchant_id, store_id } = c.req.valid("param");
    return c.json(storeJson(await getStore(db, merchant_id, store_id)), 200);
  });
  app.openapi(routes.updateStore, async (c) => {
    const { merchant_id, store_id } = c.req.valid("param");
    const store = await updateStore(db, merchant_id, store_id, c.req.valid("json"));
    forgetStore(ports, store_id);
    return c.json(storeJson(store), 200);
  });
}
