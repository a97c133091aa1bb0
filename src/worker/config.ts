/** AppConfig from environment variables or Worker vars/secrets; the same names on every host. */
import { DEFAULT_RETRY_BASE_MS } from "../core/backoff";
import type { AppConfig } from "./ports";

export type ConfigEnv = Partial<Record<
  | "JWT_SECRET"
  | "FISCAL_KEY_SECRET"
  | "PUBLIC_BASE_URL"
  | "RETENTION_DAYS"
  | "QR_WINDOW_SECONDS"
  | "QR_CHOICE_SECONDS"
  | "TOKEN_TTL_SECONDS"
  | "MAX_BODY_BYTES"
  | "DEV_MODE"
  | "EMAIL_FROM"
  | "SMS_PROVIDER_URL"
  | "SMS_PROVIDER_AUTH"
  | "SMS_BODY_TEMPLATE"
  | "EMAIL_API_URL"
  | "EMAIL_API_AUTH"
  | "SMTP_URL"
  | "DELIVERY_RETRY_BASE_MS"
  | "FISCAL_KEY_SECRETS_OLD"
  | "SANDBOX",
  string
>>;

const DEV_SECRET = "dev-only-secret-change-me";

function number(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

/** Outside demo mode a missing secret is a startup error, never a silent default. */
export function configFrom(env: ConfigEnv, demo: boolean): AppConfig {
  const secret = (name: "JWT_SECRET" | "FISCAL_KEY_SECRET") => {
    const value = env[name];
    if (value) return value;
    if (demo) return `${DEV_SECRET}:${name}`;
    throw new Error(`${name} is not set; set it as a secret (wrangler secret put ${name}) or environment variable`);
  };
  return {
    jwtSecret: secret("JWT_SECRET"),
    fiscalKeySecret: secret("FISCAL_KEY_SECRET"),
    previousFiscalKeySecrets: (env.FISCAL_KEY_SECRETS_OLD ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    sandbox: env.SANDBOX === undefined || env.SANDBOX === "" ? demo : env.SANDBOX === "true",
    publicBaseUrl: env.PUBLIC_BASE_URL ?? "",
    retentionDays: number(env.RETENTION_DAYS, 30, "RETENTION_DAYS"),
    qrWindowSeconds: number(env.QR_WINDOW_SECONDS, 60, "QR_WINDOW_SECONDS"),
    tokenTtlSeconds: number(env.TOKEN_TTL_SECONDS, 3600, "TOKEN_TTL_SECONDS"),
    maxBodyBytes: number(env.MAX_BODY_BYTES, 64 * 1024, "MAX_BODY_BYTES"),
    qrChoiceSeconds: number(env.QR_CHOICE_SECONDS, 30, "QR_CHOICE_SECONDS"),
    devMode: env.DEV_MODE === undefined || env.DEV_MODE === "" ? demo : env.DEV_MODE === "true",
    emailFrom: env.EMAIL_FROM || "receipts@ereceipt.local",
    retryBaseMs: number(env.DELIVERY_RETRY_BASE_MS, DEFAULT_RETRY_BASE_MS, "DELIVERY_RETRY_BASE_MS"),
  };
}
