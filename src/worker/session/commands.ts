/** What a till or a customer page asks of an open receipt. Plain data: it crosses the Durable Object RPC boundary. */
import type { Customer } from "../../core/delivery";
import type { LineInput, PaymentMethod } from "../../core/receipt";
import type { merchants, stores } from "../../db/schema";
import type { TerminalContext } from "../auth";
import type { CustomerProfile } from "../customers/profile";
import type { FinalizeRequest } from "../schemas";

export type Columns = 32 | 42 | 48;

export type SessionCommand =
  | {
      kind: "open";
      terminal: TerminalContext;
      merchant: typeof merchants.$inferSelect;
      store: typeof stores.$inferSelect;
      token: string;
      baseUrl: string;
      /** The terminal has a customer display: the session tells it of each change. */
      display?: boolean | undefined;
      input: { lines?: LineInput[] | undefined; customer?: Customer | undefined };
      /** The customer the till named, as the route found them (one read of the customers table). */
      profile: CustomerProfile | null;
    }
  | { kind: "get"; terminal: TerminalContext }
  | { kind: "add_line"; terminal: TerminalContext; input: LineInput }
  | { kind: "void_line"; terminal: TerminalContext; lineId: string }
  | { kind: "add_payment"; terminal: TerminalContext; input: { method: PaymentMethod; amount: number; terminal_confirmed?: boolean | undefined } }
  | { kind: "confirm_payment"; terminal: TerminalContext; paymentId: string; input: { amount?: number | undefined; authorization_code?: string | undefined } }
  | { kind: "identify"; terminal: TerminalContext; customer: Customer; profile: CustomerProfile }
  | { kind: "finalize"; terminal: TerminalContext; request: FinalizeRequest; columns: Columns; profile: CustomerProfile | null }
  | { kind: "answer_offer"; terminal: TerminalContext; answer: "ok" | "change"; columns: Columns }
  | { kind: "cancel"; terminal: TerminalContext }
  | { kind: "slip"; terminal: TerminalContext; slip: "provisional" | "training"; columns: Columns };

/** The Idempotency-Key of a request and the fingerprint of what it asked. */
export interface IdempotencyClaim {
  key: string;
  fingerprint: string;
}

/** An HTTP answer built where the receipt lives, so it can be stored for an Idempotency-Key. */
export interface SessionAnswer {
  status: number;
  contentType: string;
  body: string;
  replayed: boolean;
}

/** `held: false`: the session has no such receipt (never opened here, or already in the database). */
export type SessionReply = { held: true; answer: SessionAnswer } | { held: false };
