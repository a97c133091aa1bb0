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
  | "SANDBOX"
  | "ADMIN_TOKEN"
  | "ENVIRONMENT"
  | "DEMO_SEED"
  | "DEMO_TERMINAL_KEY"
  | "TRUST_PROXY"
  | "CUSTOMER_HASH_SECRET"
  | "CUSTOMER_DATA_KEY"
  | "CUSTOMER_DATA_KEYS_OLD",
  string
>>;

const DEV_SECRET = "dev-only-secret-change-me";

function number(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

const MIN_SECRET_LENGTH = 32;

/**
 * ENVIRONMENT=production: the host refuses to start with demo data, a dev or short secret, dev
 * routes or fault injection, so a deployment cannot carry them by mistake.
 */
export function assertProductionSafe(env: ConfigEnv, demo: boolean): void {
  if (env.ENVIRONMENT !== "production") return;
  const problems: string[] = [];
  if (demo || env.DEMO_SEED === "true") problems.push("DEMO_SEED must be false");
  if (env.DEMO_TERMINAL_KEY) problems.push("DEMO_TERMINAL_KEY must not be set");
  if (env.DEV_MODE === "true") problems.push("DEV_MODE must be false (it serves /dev/outbox)");
  if (env.SANDBOX === "true") problems.push("SANDBOX must be false (it allows fault injection)");
  for (const name of ["JWT_SECRET", "FISCAL_KEY_SECRET", "ADMIN_TOKEN", "CUSTOMER_HASH_SECRET", "CUSTOMER_DATA_KEY"] as const) {
    const value = env[name];
    if (!value) {
      if (name !== "ADMIN_TOKEN") problems.push(`${name} must be set`);
    } else if (value.includes(DEV_SECRET) || value.length < MIN_SECRET_LENGTH) {
      problems.push(`${name} must be a generated secret of at least ${MIN_SECRET_LENGTH} characters, not a dev value`);
    }
  }
  if (problems.length > 0) throw new Error(`Refusing to start in production: ${problems.join("; ")}`);
}

/** The admin API's secret; demo mode has a dev default so `npm start` can onboard a merchant. */
export function adminTokenFrom(env: ConfigEnv, demo: boolean): string | null {
  return env.ADMIN_TOKEN || (demo ? `${DEV_SECRET}:ADMIN_TOKEN` : null);
}

/** Outside demo mode a missing secret is a startup error, never a silent default. */
export function configFrom(env: ConfigEnv, demo: boolean): AppConfig {
  assertProductionSafe(env, demo);
  const secret = (name: "JWT_SECRET" | "FISCAL_KEY_SECRET" | "CUSTOMER_HASH_SECRET" | "CUSTOMER_DATA_KEY") => {
    const value = env[name];
    if (value) return value;
    if (demo) return `${DEV_SECRET}:${name}`;
    throw new Error(`${name} is not set; set it as a secret (wrangler secret put ${name}) or environment variable`);
  };
  return {
    jwtSecret: secret("JWT_SECRET"),
    fiscalKeySecret: secret("FISCAL_KEY_SECRET"),
    previousFiscalKeySecrets: (env.FISCAL_KEY_SECRETS_OLD ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    customerHashSecret: secret("CUSTOMER_HASH_SECRET"),
    customerDataKeys: [secret("CUSTOMER_DATA_KEY"), ...(env.CUSTOMER_DATA_KEYS_OLD ?? "").split(",").map((s) => s.trim()).filter(Boolean)],
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
