/**
 * The delivery policy: no identification -> paper; asks for paper at the till -> paper, whatever
 * was refused before; scanned the display QR or has a remembered channel -> offered to the till;
 * identified -> SMS or e-mail (the default e-mail when the till gives none); refused paper with no
 * reachable channel -> the receipt at its link, in the customer's history; otherwise paper.
 */
export const CHANNELS = ["print", "sms", "email", "ebin", "qr"] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Customer {
  loyalty_id?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  /** The customer asked for a paper receipt. */
  paper?: boolean | undefined;
}

export interface DeliveryDecision {
  channel: Channel;
  electronic: boolean;
  reason: string;
  /** Offered to the till ("OK / Change") rather than applied: the display-QR scan and a remembered channel. */
  offer: boolean;
}

export interface PolicyInput {
  requested: Channel | "auto";
  /** The identification as the till sent it, with `paper` when the customer asks for paper now. */
  customer: Customer | null;
  contact: { phone?: string | undefined; email?: string | undefined } | null;
  qrScanned: boolean;
  /** The channel this customer chose to be offered first, if any. */
  remembered: Channel | null;
  /** The customer refused paper receipts once: `auto` never prints unless they ask at the till. */
  paperRefused: boolean;
  /** Where e-mail goes when the till gives no address. */
  defaultEmail: string | null;
  /** Channels this deployment can deliver on now. */
  available: readonly Channel[];
}

const decision = (channel: Channel, reason: string, offer = false): DeliveryDecision => ({ channel, electronic: channel !== "print", reason, offer });

export function decideDelivery(input: PolicyInput): DeliveryDecision {
  if (input.requested !== "auto") return decision(input.requested, "chosen at the till");
  const phone = input.contact?.phone ?? input.customer?.phone;
  const email = input.contact?.email ?? input.customer?.email ?? input.defaultEmail ?? undefined;
  const has = (channel: Channel) => input.available.includes(channel);
  if (input.customer?.paper) return decision("print", "customer asked for paper");
  if (input.qrScanned && has("qr")) return decision("qr", "customer scanned the display QR", true);
  const reachable = (channel: Channel) => has(channel) && (channel === "sms" ? Boolean(phone) : channel === "email" ? Boolean(email) : channel !== "qr");
  if (input.remembered && reachable(input.remembered)) return decision(input.remembered, "the customer's remembered choice", true);
  if (phone && has("sms")) return decision("sms", "customer identified");
  const given = input.contact?.email ?? input.customer?.email;
  if (given && has("email")) return decision("email", "customer identified");
  if (email && has("email")) return decision("email", "the customer's default e-mail");
  if (input.paperRefused && has("qr")) return decision("qr", "paper refused: the receipt is in the customer's history");
  return decision("print", "no electronic channel for this customer");
}
