import { base64url } from "jose";

/** Random ids: a prefix says what it names; 96 random bits keep them unguessable too. */
export const newId = (random: (n: number) => Uint8Array, prefix: string): string => `${prefix}_${base64url.encode(random(12))}`;

/** The customer's capability token: 256 random bits (the link is the only key to the receipt). */
export const newToken = (random: (n: number) => Uint8Array): string => base64url.encode(random(32));

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * A receipt's id is derived from its customer token, so the customer's link finds the receipt's
 * session without a lookup; the id does not reveal the token.
 */
export async function receiptIdFor(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return `rcp_${base64url.encode(new Uint8Array(digest).slice(0, 12))}`;
}
