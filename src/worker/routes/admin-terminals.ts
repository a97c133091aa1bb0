/** Admin API: fiscal devices, terminals and their API keys (docs/admin.md). */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  ApiKeySchema,
  DeviceInputSchema,
  DeviceParams,
  DeviceSchema,
  KeyInputSchema,
  KeyParams,
  MerchantParams,
  NewApiKeySchema,
  pageOf,
  RotatedKeySchema,
  RotateInputSchema,
  TerminalInputSchema,
  TerminalParams,
  TerminalPatchSchema,
  TerminalSchema,
} from "../admin-schemas";
import type { AppEnv } from "../app";
import type { Ports } from "../ports";
import { createApiKey, isActive, listApiKeys, revokeApiKey, rotateApiKey, type ApiKeyRow } from "../services/api-keys";
import { createDevice, createTerminal, deviceJson, getDevice, getMerchant, getTerminal, listDevices, listTerminals, terminalJson, updateTerminal } from "../services/merchants";
import { adminAccess, jsonBody, jsonContent, optionalJsonBody, problems } from "./openapi";

const tags = ["admin"];
const security = adminAccess;
const DEFAULT_OVERLAP_SECONDS = 86_400;

const routes = {
  createDevice: createRoute({
    method: "post", path: "/v1/admin/merchants/{merchant_id}/devices", operationId: "adminCreateDevice", tags, security,
    summary: "Register a simulated fiscal device",
    description: "The body may be left out: the device follows the merchant's country.",
    request: { params: MerchantParams, body: optionalJsonBody(DeviceInputSchema, { profile: "PL" }) },
    responses: { 201: jsonContent(DeviceSchema, "The device: serial and signing key id"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
  listDevices: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/devices", operationId: "adminListDevices", tags, security, summary: "A merchant's fiscal devices",
    request: { params: MerchantParams },
    responses: { 200: jsonContent(pageOf(DeviceSchema, "DeviceList"), "The devices"), ...problems("admin", 401, 404) },
  }),
  getDevice: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/devices/{device_id}", operationId: "adminGetDevice", tags, security, summary: "A fiscal device",
    request: { params: DeviceParams },
    responses: { 200: jsonContent(DeviceSchema, "The device"), ...problems("admin", 401, 404) },
  }),
  createTerminal: createRoute({
    method: "post", path: "/v1/admin/merchants/{merchant_id}/terminals", operationId: "adminCreateTerminal", tags, security,
    summary: "Create a terminal (till) in a store, on a device",
    request: { params: MerchantParams, body: jsonBody(TerminalInputSchema, { store_id: "sto_4Hq8ZkT2mWcR7xYb", device_id: "dev_9LpC3vN6sQeJ1aDf", name: "Till 1" }) },
    responses: { 201: jsonContent(TerminalSchema, "The terminal"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
  listTerminals: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/terminals", operationId: "adminListTerminals", tags, security, summary: "A merchant's terminals",
    request: { params: MerchantParams },
    responses: { 200: jsonContent(pageOf(TerminalSchema, "TerminalList"), "The terminals"), ...problems("admin", 401, 404) },
  }),
  getTerminal: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/terminals/{terminal_id}", operationId: "adminGetTerminal", tags, security, summary: "A terminal",
    request: { params: TerminalParams },
    responses: { 200: jsonContent(TerminalSchema, "The terminal"), ...problems("admin", 401, 404) },
  }),
  updateTerminal: createRoute({
    method: "patch", path: "/v1/admin/merchants/{merchant_id}/terminals/{terminal_id}", operationId: "adminUpdateTerminal", tags, security,
    summary: "Rename a terminal or move it to another store or device",
    request: { params: TerminalParams, body: jsonBody(TerminalPatchSchema, { name: "Till 2" }) },
    responses: { 200: jsonContent(TerminalSchema, "The terminal"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
  createKey: createRoute({
    method: "post", path: "/v1/admin/merchants/{merchant_id}/terminals/{terminal_id}/keys", operationId: "adminCreateApiKey", tags, security,
    summary: "Create an API key (shown once)",
    description: "A `test` key's tokens may arm the fiscal device's faults; a `live` key's may not.",
    request: { params: TerminalParams, body: jsonBody(KeyInputSchema, { mode: "live" }) },
    responses: { 201: jsonContent(NewApiKeySchema, "The key, shown this once"), ...problems("admin", 400, 401, 404, 413, 415, 422) },
  }),
  listKeys: createRoute({
    method: "get", path: "/v1/admin/merchants/{merchant_id}/terminals/{terminal_id}/keys", operationId: "adminListApiKeys", tags, security,
    summary: "A terminal's API keys: prefix, mode, last use",
    request: { params: TerminalParams },
    responses: { 200: jsonContent(pageOf(ApiKeySchema, "ApiKeyList"), "The keys"), ...problems("admin", 401, 404) },
  }),
  revokeKey: createRoute({
    method: "delete", path: "/v1/admin/merchants/{merchant_id}/terminals/{terminal_id}/keys/{key_id}", operationId: "adminRevokeApiKey", tags, security,
    summary: "Revoke an API key: the next token request with it fails",
    request: { params: KeyParams },
    responses: { 200: jsonContent(ApiKeySchema, "The revoked key"), ...problems("admin", 401, 404, 409) },
  }),
  rotateKey: createRoute({
    method: "post", path: "/v1/admin/merchants/{merchant_id}/terminals/{terminal_id}/keys/{key_id}/rotate", operationId: "adminRotateApiKey", tags, security,
    summary: "A new key of the same mode; the old one keeps working for the overlap",
    description: "The body may be left out: the old key then keeps working for one day.",
    request: { params: KeyParams, body: optionalJsonBody(RotateInputSchema, { overlap_seconds: 3600 }) },
    responses: { 201: jsonContent(RotatedKeySchema, "The new key (shown once) and the old one with its expiry"), ...problems("admin", 400, 401, 404, 409, 413, 415, 422) },
  }),
};

export function adminTerminalRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  const { db } = ports.database;
  const keyJson = (row: ApiKeyRow) => ({
    id: row.id,
    terminal_id: row.terminalId,
    mode: row.mode,
    prefix: row.prefix,
    active: isActive(row, ports.clock()),
    created_at: row.createdAt,
    last_used_at: row.lastUsedAt,
    expires_at: row.expiresAt,
    revoked_at: row.revokedAt,
  });

  app.openapi(routes.createDevice, async (c) => {
    const { merchant_id } = c.req.valid("param");
    return c.json(deviceJson(await createDevice(ports, merchant_id, c.req.valid("json").profile)), 201);
  });
  app.openapi(routes.listDevices, async (c) => {
    const { merchant_id } = c.req.valid("param");
    await getMerchant(db, merchant_id);
    return c.json({ items: (await listDevices(db, merchant_id)).map(deviceJson), next_cursor: null }, 200);
  });
  app.openapi(routes.getDevice, async (c) => {
    const { merchant_id, device_id } = c.req.valid("param");
    return c.json(deviceJson(await getDevice(db, merchant_id, device_id)), 200);
  });

  app.openapi(routes.createTerminal, async (c) => c.json(terminalJson(await createTerminal(ports, c.req.valid("param").merchant_id, c.req.valid("json"))), 201));
  app.openapi(routes.listTerminals, async (c) => {
    const { merchant_id } = c.req.valid("param");
    await getMerchant(db, merchant_id);
    return c.json({ items: (await listTerminals(db, merchant_id)).map(terminalJson), next_cursor: null }, 200);
  });
  app.openapi(routes.getTerminal, async (c) => {
    const { merchant_id, terminal_id } = c.req.valid("param");
    return c.json(terminalJson(await getTerminal(db, merchant_id, terminal_id)), 200);
  });
  app.openapi(routes.updateTerminal, async (c) => {
    const { merchant_id, terminal_id } = c.req.valid("param");
    return c.json(terminalJson(await updateTerminal(db, merchant_id, terminal_id, c.req.valid("json"))), 200);
  });

  app.openapi(routes.createKey, async (c) => {
    const { merchant_id, terminal_id } = c.req.valid("param");
    await getTerminal(db, merchant_id, terminal_id);
    const { key, row } = await createApiKey(db, ports.random, { merchantId: merchant_id, terminalId: terminal_id, mode: c.req.valid("json").mode }, ports.clock());
    return c.json({ ...keyJson(row), key }, 201);
  });
  app.openapi(routes.listKeys, async (c) => {
    const { merchant_id, terminal_id } = c.req.valid("param");
    await getTerminal(db, merchant_id, terminal_id);
    return c.json({ items: (await listApiKeys(db, merchant_id, terminal_id)).map(keyJson), next_cursor: null }, 200);
  });
  app.openapi(routes.revokeKey, async (c) => {
    const { merchant_id, terminal_id, key_id } = c.req.valid("param");
    return c.json(keyJson(await revokeApiKey(db, merchant_id, terminal_id, key_id, ports.clock())), 200);
  });
  app.openapi(routes.rotateKey, async (c) => {
    const { merchant_id, terminal_id, key_id } = c.req.valid("param");
    const overlapSeconds = c.req.valid("json").overlap_seconds ?? DEFAULT_OVERLAP_SECONDS;
    const rotated = await rotateApiKey(db, ports.random, { merchantId: merchant_id, terminalId: terminal_id, keyId: key_id, overlapSeconds }, ports.clock());
    return c.json({ key: { ...keyJson(rotated.row), key: rotated.key }, previous: keyJson(rotated.previous) }, 201);
  });
}
