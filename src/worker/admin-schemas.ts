/** Request and response shapes of the admin API (docs/admin.md), as zod schemas for /openapi.json. */
import { z } from "@hono/zod-openapi";

const COUNTRIES = ["PL", "SE", "NO", "RU"] as const;
const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);

export const MerchantInputSchema = z
  .object({
    legal_name: text(200).openapi({ example: "Sklep Pod Lipami Sp. z o.o." }),
    tax_id: text(32).openapi({ example: "526-104-08-28", description: "NIP (PL), organisationsnummer (SE), organisasjonsnummer (NO), ИНН (RU)" }),
    country: z.enum(COUNTRIES),
    currency: z.string().length(3).optional().openapi({ description: "Defaults to the country's currency; no other is accepted" }),
    address: text(300),
    time_zone: text(64).optional().openapi({ example: "Europe/Warsaw", description: "IANA zone; defaults to the country's" }),
  })
  .strict()
  .openapi("MerchantInput");

export const MerchantPatchSchema = MerchantInputSchema.omit({ country: true, currency: true }).partial().strict().openapi("MerchantPatch");

export const MerchantSchema = z
  .object({
    id: z.string(),
    legal_name: z.string(),
    tax_id: z.string(),
    country: z.enum(COUNTRIES),
    currency: z.string(),
    address: z.string(),
    time_zone: z.string(),
    created_at: z.string(),
  })
  .openapi("Merchant");

export const SettingsSchema = z
  .object({
    e_receipts: z.boolean().openapi({ description: "Offer SMS, e-mail and QR receipts; off prints every receipt" }),
    display_qr: z.boolean().openapi({ description: "Show the QR on the customer display while the sale is open" }),
    email_mode: z.enum(["pdf", "link"]).openapi({ description: "E-mail carries the PDF or a link to it" }),
    receipt_sender: z.enum(["service", "operator"]).openapi({ description: "Who sends e-receipts: this service or the fiscal data operator" }),
    retention_days: z.number().int().min(1).max(3650).nullable().openapi({ description: "Days links and personal data are kept; null: the service default" }),
    sms_sender: z.string().regex(/^[A-Za-z0-9 ]{1,11}$/).nullable().openapi({ description: "Alphanumeric SMS sender id, up to 11 characters" }),
    email_sender_name: z.string().trim().min(1).max(100).nullable().openapi({ description: "Display name of receipt e-mails; null: the legal name" }),
    email_from: z.email().max(254).nullable().openapi({ description: "Sender address of receipt e-mails; null: the service's" }),
    operator_offline_paper: z
      .boolean()
      .openapi({ description: "With the fiscal data operator as sender: print the receipt when the device cannot reach the operator (true), or let the e-receipt wait for the connection (false)" }),
  })
  .openapi("MerchantSettings");

export const SettingsPatchSchema = SettingsSchema.partial().strict().openapi("MerchantSettingsPatch");

export const StoreInputSchema = z.object({ name: text(120), address: text(300) }).strict().openapi("StoreInput");
export const StorePatchSchema = StoreInputSchema.partial().strict().openapi("StorePatch");
export const StoreSchema = z.object({ id: z.string(), merchant_id: z.string(), name: z.string(), address: z.string() }).openapi("Store");

export const DeviceInputSchema = z
  .object({ profile: z.enum(COUNTRIES).optional().openapi({ description: "The simulated device's country profile; must be the merchant's country (the default)" }) })
  .strict()
  .openapi("DeviceInput");
export const DeviceSchema = z
  .object({ id: z.string(), merchant_id: z.string(), profile: z.string(), serial: z.string(), key_id: z.string(), created_at: z.string() })
  .openapi("FiscalDevice");

export const TerminalInputSchema = z.object({ store_id: id, device_id: id, name: text(60) }).strict().openapi("TerminalInput");
export const TerminalPatchSchema = TerminalInputSchema.partial().strict().openapi("TerminalPatch");
export const TerminalSchema = z
  .object({ id: z.string(), merchant_id: z.string(), store_id: z.string(), device_id: z.string(), name: z.string() })
  .openapi("Terminal");

export const KeyInputSchema = z.object({ mode: z.enum(["test", "live"]) }).strict().openapi("ApiKeyInput");
export const RotateInputSchema = z
  .object({ overlap_seconds: z.number().int().min(0).max(30 * 86_400).optional().openapi({ description: "Seconds the old key keeps working (default one day; 0: stops now)" }) })
  .strict()
  .openapi("ApiKeyRotation");
export const ApiKeySchema = z
  .object({
    id: z.string(),
    terminal_id: z.string(),
    mode: z.enum(["test", "live"]),
    prefix: z.string().nullable().openapi({ description: "First characters of the key, to tell keys apart" }),
    active: z.boolean(),
    created_at: z.string(),
    last_used_at: z.string().nullable(),
    expires_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .openapi("ApiKey");
export const NewApiKeySchema = ApiKeySchema.extend({ key: z.string().openapi({ description: "The key itself: shown this once, never again" }) }).openapi("NewApiKey");
export const RotatedKeySchema = z.object({ key: NewApiKeySchema, previous: ApiKeySchema }).openapi("RotatedApiKey");

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional().openapi({ description: "`next_cursor` of the previous page" }),
});

export const MerchantParams = z.object({ merchant_id: id });
export const StoreParams = MerchantParams.extend({ store_id: id });
export const DeviceParams = MerchantParams.extend({ device_id: id });
export const TerminalParams = MerchantParams.extend({ terminal_id: id });
export const KeyParams = TerminalParams.extend({ key_id: id });

export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z.object({ items: z.array(item), next_cursor: z.string().nullable() }).openapi(name);
