/**
 * The delivery policy (seed 000, seed 001): no identification -> paper; identified and asks for
 * paper -> paper; identified -> electronic; a customer who scanned the display QR gets the QR receipt.
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
}

export interface PolicyInput {
  requested: Channel | "auto";
  customer: Customer | null;
  contact: { phone?: string | undefined; email?: string | undefined } | null;
  qrScanned: boolean;
  /** The channel this customer asked to be remembered (seed 001), if any. */
  remembered: Channel | null;
  /** Channels this deployment can deliver on now. */
  available: readonly Channel[];
}

const decision = (channel: Channel, reason: string): DeliveryDecision => ({ channel, electronic: channel !== "print", reason });

export function decideDelivery(input: PolicyInput): DeliveryDecision {
  if (input.requested !== "auto") return decision(input.requested, "chosen at the till");
  const phone = input.contact?.phone ?? input.customer?.phone;
  const email = input.contact?.email ?? input.customer?.email;
  if (input.customer?.paper) return decision("print", "customer asked for paper");
  if (input.qrScanned && input.available.includes("qr")) return decision("qr", "customer scanned the display QR");
  const reachable = (channel: Channel) =>
    input.available.includes(channel) && (channel === "sms" ? Boolean(phone) : channel === "email" ? Boolean(email) : channel !== "qr");
  if (input.remembered && reachable(input.remembered)) return decision(input.remembered, "the customer's remembered choice");
  const electronic: [Channel, boolean][] = [
    ["sms", Boolean(phone)],
    ["email", Boolean(email)],
  ];
  for (const [channel, reachable] of electronic) {
    if (reachable && input.available.includes(channel)) return decision(channel, "customer identified");
  }
  return decision("print", "no electronic channel for this customer");
}
