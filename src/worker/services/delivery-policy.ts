/** Which channels a receipt can go out on here, and what each needs. */
import type { Channel, Customer } from "../../core/delivery";
import { DomainError } from "../../core/errors";
import type { CountryProfile } from "../../core/profiles";
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

/** The address a channel sends to: the finalize contact, the customer the till named, or their default e-mail. */
export function recipientFor(
  channel: Channel,
  contact: { phone?: string | undefined; email?: string | undefined } | null | undefined,
  customer: Customer | null,
  defaultEmail: string | null = null,
): string | null {
  if (channel === "sms") return contact?.phone ?? customer?.phone ?? null;
  if (channel === "email") return contact?.email ?? customer?.email ?? defaultEmail;
  return null;
}

export function assertRecipient(channel: Channel, recipient: string | null): void {
  if ((channel === "sms" || channel === "email") && !recipient) {
    const field = channel === "sms" ? "contact.phone" : "contact.email";
    throw refuse(field, "contact-required", "Contact required", `Delivery "${channel}" needs ${field}.`);
  }
}
