/** Which channels a receipt can go out on here, what each needs, and the remembered choice. */
import { and, eq } from "drizzle-orm";
import type { Channel, Customer } from "../../core/delivery";
import { DomainError } from "../../core/errors";
import type { CountryProfile } from "../../core/profiles";
import type { Db } from "../../db/database";
import { customerPreferences } from "../../db/schema";
import { sha256Hex } from "../ids";
import type { Ports } from "../ports";

export function availableChannels(ports: Ports, profile: CountryProfile): Channel[] {
  const channels: Channel[] = ["print", "qr"];
  if (ports.messengers.sms || ports.config.devMode) channels.push("sms");
  if (ports.messengers.email || ports.config.devMode) channels.push("email");
  if (profile.ebinAllowed) channels.push("ebin");
  return channels;
}

const refuse = (field: string, code: string, title: string, detail: string) =>
  new DomainError("unprocessable", code, title, detail, [{ field, message: detail }]);

/** Refuses a channel this deployment or country cannot use, with what the till can do instead. */
export function assertChannel(channel: Channel, available: readonly Channel[], profile: CountryProfile): void {
  if (channel === "ebin" && !profile.ebinAllowed) {
    throw refuse("delivery", "ebin-forbidden", "Digital waste bin not allowed", `The digital waste bin (e-bin) is not allowed in ${profile.country} by law; print the receipt or send it electronically.`);
  }
  if (!available.includes(channel)) {
    throw refuse("delivery", "channel-unavailable", "Delivery channel not available", `Delivery "${channel}" is not configured on this service; use one of ${available.join(", ")}.`);
  }
}

/** The address a channel sends to, from the finalize contact or the customer the till named. */
export function recipientFor(channel: Channel, contact: { phone?: string | undefined; email?: string | undefined } | null | undefined, customer: Customer | null): string | null {
  if (channel === "sms") return contact?.phone ?? customer?.phone ?? null;
  if (channel === "email") return contact?.email ?? customer?.email ?? null;
  return null;
}

export function assertRecipient(channel: Channel, recipient: string | null): void {
  if ((channel === "sms" || channel === "email") && !recipient) {
    const field = channel === "sms" ? "contact.phone" : "contact.email";
    throw refuse(field, "contact-required", "Contact required", `Delivery "${channel}" needs ${field}.`);
  }
}

/** Only a hash of the customer's identification is kept for "remember the choice". */
export async function customerHash(merchantId: string, customer: Customer | null): Promise<string | null> {
  const id = customer?.loyalty_id ?? customer?.phone ?? customer?.email;
  return id ? sha256Hex(`${merchantId}\n${id.replace(/\s+/g, "").toLowerCase()}`) : null;
}

export async function rememberedChannel(db: Db, merchantId: string, hash: string | null): Promise<Channel | null> {
  if (!hash) return null;
  const row = await db
    .select({ channel: customerPreferences.channel })
    .from(customerPreferences)
    .where(and(eq(customerPreferences.merchantId, merchantId), eq(customerPreferences.customerHash, hash)))
    .get();
  return (row?.channel as Channel | undefined) ?? null;
}

export function rememberStatement(db: Db, merchantId: string, hash: string, channel: Channel, at: string) {
  return db
    .insert(customerPreferences)
    .values({ merchantId, customerHash: hash, channel, updatedAt: at })
    .onConflictDoUpdate({ target: [customerPreferences.merchantId, customerPreferences.customerHash], set: { channel, updatedAt: at } });
}
