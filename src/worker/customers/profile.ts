/**
 * A customer as the till meets them: identified by phone, e-mail or loyalty card, known or new,
 * with their consent (paper refused, the channel they prefer, a default e-mail). Plain data: it
 * travels with the open receipt to its session and is dropped once the receipt is written.
 */
import type { Channel, Customer } from "../../core/delivery";
import type { customers } from "../../db/schema";
import { mask } from "./protect";

export type CustomerRow = typeof customers.$inferSelect;

export interface CustomerProfile {
  ref: string;
  known: boolean;
  paperRefused: boolean;
  preferredChannel: Channel | null;
  /** Contact the till gave now, or the one on file. */
  phone: string | null;
  email: string | null;
  loyaltyId: string | null;
  defaultEmail: string | null;
  /** The row a new customer is written as with the receipt (hashes and sealed values only). */
  row: CustomerRow | null;
}

/** What the till is told: never a full phone number or e-mail address. */
export function customerView(profile: CustomerProfile) {
  return {
    ref: profile.ref,
    known: profile.known,
    paper_refused: profile.paperRefused,
    remembered_channel: profile.preferredChannel,
    default_email: profile.defaultEmail && mask("email", profile.defaultEmail),
    contact: {
      phone: profile.phone && mask("phone", profile.phone),
      email: profile.email && mask("email", profile.email),
    },
    loyalty_card: profile.loyaltyId !== null,
  };
}

/** The identification as the till sent it, with the contact on file filled in. */
export const customerOf = (profile: CustomerProfile, asked: Customer | null): Customer => ({
  ...(profile.loyaltyId && { loyalty_id: profile.loyaltyId }),
  ...(profile.phone && { phone: profile.phone }),
  ...(profile.email && { email: profile.email }),
  ...(asked?.paper && { paper: true }),
});
