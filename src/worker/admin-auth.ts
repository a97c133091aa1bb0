/** The admin API's credential: one secret from the environment, never a terminal token and vice versa. */
import type { MiddlewareHandler } from "hono";
import { DomainError } from "../core/errors";

const digest = async (text: string) => new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));

/** Compares digests byte by byte without an early exit, so timing tells nothing about the secret. */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  const [a, b] = await Promise.all([digest(given), digest(expected)]);
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

const refuse = (detail: string) => new DomainError("unauthorized", "admin-unauthorized", "Unauthorized", detail);

export function adminAuth(adminToken: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (!adminToken) throw refuse("The admin API is off on this service: set ADMIN_TOKEN.");
    const match = /^Bearer (\S+)$/.exec(c.req.header("authorization") ?? "");
    if (!match?.[1] || !(await sameSecret(match[1], adminToken))) throw refuse("Send Authorization: Bearer <ADMIN_TOKEN>; terminal tokens do not work here.");
    await next();
  };
}
