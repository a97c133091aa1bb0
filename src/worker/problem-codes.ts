/**
 * Every problem `code` the API answers with: what it means, what a till does next, and whether the
 * answer is kept under its Idempotency-Key. The OpenAPI document lists these per status and area;
 * docs/errors.md is generated from this list, and a test reads the source to make sure every code
 * it can answer with is here (scripts/error-catalogue.ts).
 */
import { keptAnswer } from "./kept-answers";

/**
 * Where a code can come from, matched to the operations of the OpenAPI document: `receipts` are the
 * receipt calls that stay off the fiscal device, `fiscalization` those that reach it (finalize,
 * copies, returns), `devices` the device's own endpoints, `lists` the receipt and delivery lists,
 * `admin` the admin API (its own credential); `terminal` codes reach every call with a terminal's
 * bearer token, `any` codes every call; `displays` are the customer display's links.
 */
export type ProblemArea = "any" | "terminal" | "auth" | "receipts" | "fiscalization" | "devices" | "lists" | "verify" | "admin" | "customers" | "displays";

export interface ProblemCode {
  code: string;
  /** Statuses it is answered with; empty for a code whose status is computed (other HTTP failures). */
  statuses: number[];
  title: string;
  meaning: string;
  /**
   * same-key: retry the same request with the same key; after-fix: fix the cause, then retry with the
   * same key; new-key: change the request (or look at the receipt) and send it with a new key;
   * none: nothing to retry.
   */
  retry: "same-key" | "after-fix" | "new-key" | "none";
  /** Replayed to a retry with the same Idempotency-Key for 24 hours (from the status: see kept-answers.ts). */
  stored: boolean;
  areas: ProblemArea[];
}

/** Refusals the till is told to fix and retry: not stored, so the same key runs again once fixed. */
const deviceNotReady = (code: string, title: string, meaning: string): Listed => ({
  code, statuses: [409], title, meaning, retry: "after-fix", areas: ["fiscalization", "devices"],
});

type Listed = Omit<ProblemCode, "stored">;

const LISTED: readonly Listed[] = [
  // Any request
  { code: "validation", statuses: [422], title: "Invalid request", meaning: "A field is missing, of the wrong type, out of range or not valid (e.g. a tax id whose check digit is wrong); `errors[]` names each one.", retry: "new-key", areas: ["any"] },
  { code: "malformed-request", statuses: [400], title: "Malformed request", meaning: "The body is not valid JSON.", retry: "new-key", areas: ["any"] },
  { code: "unsupported-media-type", statuses: [415], title: "Unsupported media type", meaning: "The body was not sent as `Content-Type: application/json`.", retry: "new-key", areas: ["any"] },
  { code: "payload-too-large", statuses: [413], title: "Request body too large", meaning: "The body is larger than the service's limit (64 KB by default).", retry: "new-key", areas: ["any"] },
  { code: "http-error", statuses: [], title: "Request failed", meaning: "The request could not be read at the HTTP level (the status says why).", retry: "new-key", areas: [] },
  { code: "no-route", statuses: [404], title: "Not found", meaning: "No such endpoint (or the dev outbox on a service not in dev mode).", retry: "none", areas: [] },
  { code: "method-not-allowed", statuses: [405], title: "Method not allowed", meaning: "The endpoint exists but not with this method; the `Allow` header lists the methods it takes.", retry: "new-key", areas: [] },
  { code: "headers-too-large", statuses: [431], title: "Request headers too large", meaning: "The request's headers exceed the server's limit (Node and Deno hosts); send fewer or shorter headers.", retry: "new-key", areas: [] },
  { code: "internal", statuses: [500], title: "Internal error", meaning: "Something failed on the service's side; nothing was changed or the change is complete.", retry: "same-key", areas: ["any"] },

  // Terminal requests (bearer token) and idempotency
  { code: "unauthorized", statuses: [401], title: "Unauthorized", meaning: "The bearer token is missing, expired or invalid, or the API key is unknown.", retry: "after-fix", areas: ["terminal", "auth"] },
  { code: "not-found", statuses: [404], title: "Not found", meaning: "No receipt, line, payment or device with that id exists for this merchant (in the admin API: no such merchant, or no store, device, terminal or API key with that id under it).", retry: "none", areas: ["terminal", "admin"] },
  { code: "idempotency-key", statuses: [400], title: "Invalid Idempotency-Key", meaning: "The key is not 1-255 visible ASCII characters.", retry: "new-key", areas: ["terminal"] },
  { code: "idempotency-in-flight", statuses: [409], title: "Request in progress", meaning: "A request with this key is still running (its record is leased for 60 s).", retry: "same-key", areas: ["terminal"] },
  { code: "rate-limited", statuses: [429], title: "Too many requests", meaning: "Too many token requests from this address or with this API key, or too many receipts opened by this terminal, in a short time. Wait the `Retry-After` seconds.", retry: "same-key", areas: ["auth", "receipts"] },
  { code: "idempotency-mismatch", statuses: [422], title: "Idempotency-Key reused", meaning: "This key was used with a different request (method, path, query or JSON body).", retry: "new-key", areas: ["terminal"] },

  { code: "saf-t-norway-only", statuses: [409], title: "SAF-T Cash Register is Norwegian", meaning: "The SAF-T Cash Register export exists for Norwegian devices only.", retry: "none", areas: ["devices"] },

  // Customers
  { code: "customer-not-found", statuses: [404], title: "Customer not found", meaning: "No customer with that reference (or identifier) exists for this merchant.", retry: "none", areas: ["customers"] },
  { code: "card-amount-mismatch", statuses: [422], title: "Card terminal amount differs", meaning: "The amount the standalone card terminal shows is not the payment's: cancel that card payment, or void the payment and take the right amount.", retry: "new-key", areas: ["receipts"] },
  { code: "no-offer", statuses: [409], title: "Nothing offered", meaning: "There is no \"OK / Change\" to answer: finalize with `auto` first, or with the channel the customer wants.", retry: "none", areas: ["fiscalization"] },

  // Receipts
  { code: "receipt-not-open", statuses: [409], title: "Receipt is not open", meaning: "The receipt is issued or cancelled and can no longer be changed.", retry: "none", areas: ["receipts", "fiscalization"] },
  { code: "receipt-not-issued", statuses: [409], title: "Receipt not issued", meaning: "Copies and returns need an issued receipt.", retry: "none", areas: ["fiscalization"] },
  { code: "receipt-empty", statuses: [409], title: "Receipt has no lines", meaning: "Add at least one line before finalizing.", retry: "new-key", areas: ["fiscalization"] },
  { code: "receipt-changed", statuses: [409], title: "Receipt changed while finalizing", meaning: "A line or payment changed while the receipt was being finalized; nothing was issued. Check the receipt and finalize again.", retry: "new-key", areas: ["fiscalization"] },
  { code: "payment-incomplete", statuses: [409], title: "Payments do not cover the total", meaning: "Take the rest of the payment, then finalize.", retry: "new-key", areas: ["fiscalization"] },
  { code: "card-payment-unconfirmed", statuses: [409], title: "Card payment not confirmed", meaning: "A `card_standalone` payment must be confirmed (`POST .../payments/{id}/confirm`) before finalize.", retry: "after-fix", areas: ["fiscalization"] },
  { code: "confirmation-not-needed", statuses: [409], title: "Nothing to confirm", meaning: "Only `card_standalone` payments are confirmed.", retry: "none", areas: ["receipts"] },
  { code: "too-many-lines", statuses: [422], title: "Too many lines", meaning: "A receipt holds at most 500 lines.", retry: "none", areas: ["receipts"] },
  { code: "nothing-to-return", statuses: [409], title: "Nothing left to return", meaning: "Every line of the receipt has been returned already.", retry: "none", areas: ["fiscalization"] },
  { code: "channel-unavailable", statuses: [422], title: "Delivery channel not available", meaning: "SMS or e-mail is not configured on this service; `detail` lists the channels that are.", retry: "new-key", areas: ["fiscalization"] },
  { code: "contact-required", statuses: [422], title: "Contact required", meaning: "SMS needs a phone number and e-mail an address, in `contact` or the receipt's customer.", retry: "new-key", areas: ["fiscalization"] },
  { code: "ebin-forbidden", statuses: [422], title: "Digital waste bin not allowed", meaning: "The country does not allow receipts to be discarded unprinted (Norway); print or send it.", retry: "new-key", areas: ["fiscalization"] },

  // The fiscal device
  deviceNotReady("device-paper-out", "Fiscal device: paper out", "The device's printer has no paper. Load paper and retry, or deliver the receipt electronically (a new request, so a new key)."),
  deviceNotReady("device-clock-skew", "Fiscal device: clock skew", "The till's clock is behind the device's last document. Set the clock, then retry."),
  deviceNotReady("device-no-open-shift", "Fiscal device: no open shift", "The shift to close is not open (a sale opens one by itself). Open a shift if one is needed, then retry."),
  deviceNotReady("device-shift-expired", "Fiscal device: shift expired", "The shift is older than 24 hours. Close it (Z report), open a new one, then retry."),
  deviceNotReady("device-offline-limit", "Fiscal device: offline limit", "Too many documents wait for the fiscal data operator. Restore the connection, then retry."),
  { code: "device-shift-open", statuses: [409], title: "Fiscal device: shift open", meaning: "A shift is already open; close it before opening another.", retry: "none", areas: ["devices"] },
  { code: "device-invalid-request", statuses: [422], title: "Fiscal device: invalid request", meaning: "The device refused the document's content; `detail` says which field.", retry: "new-key", areas: ["fiscalization", "devices"] },
  { code: "device-return-exceeds-sale", statuses: [422], title: "Fiscal device: return exceeds sale", meaning: "A return may not give back more than was sold (minus earlier returns).", retry: "new-key", areas: ["fiscalization"] },
  { code: "device-reply-lost", statuses: [503], title: "Fiscal device reply lost", meaning: "The device did not answer; the document may exist. Retry: the same key (or the same finalize) returns it.", retry: "same-key", areas: ["fiscalization", "devices"] },
  { code: "device-power-loss", statuses: [503], title: "Fiscal device lost power", meaning: "The device lost power mid-operation; the document may exist. Retry: the same key (or the same finalize) returns it.", retry: "same-key", areas: ["fiscalization", "devices"] },
  { code: "test-key-only", statuses: [403], title: "Test keys only", meaning: "Faults can be armed only with a token from a test API key; this token comes from a live key. Get a token with a test key and send the request again with a new key.", retry: "new-key", areas: ["devices"] },
  { code: "sandbox-only", statuses: [404], title: "Faults are a sandbox feature", meaning: "Fault injection is off on this service.", retry: "none", areas: ["devices"] },

  // Verification (public)
  { code: "missing-parameter", statuses: [400], title: "Nothing to verify", meaning: "JSON was asked for without `qr` or `jws`.", retry: "new-key", areas: ["verify"] },
  { code: "ambiguous-parameters", statuses: [400], title: "Give one of qr or jws", meaning: "Pass either `qr` or `jws`, not both.", retry: "new-key", areas: ["verify"] },
  { code: "parameter-too-long", statuses: [400], title: "Parameter too long", meaning: "`qr` and `jws` are limited to 4 KB.", retry: "new-key", areas: ["verify"] },

  // Admin API (ADMIN_TOKEN)
  { code: "admin-unauthorized", statuses: [401], title: "Unauthorized", meaning: "Send `Authorization: Bearer <ADMIN_TOKEN>`; a terminal's token does not open the admin API, and the API is off while the service has no `ADMIN_TOKEN`.", retry: "after-fix", areas: ["admin"] },
  { code: "key-inactive", statuses: [409], title: "API key no longer active", meaning: "The key is already revoked or has expired, so it cannot be revoked or rotated; create a new key for the terminal.", retry: "none", areas: ["admin"] },
];

/** The codes an operation of `area` can answer with `status`. */
export function codesFor(area: Exclude<ProblemArea, "any" | "terminal">, status: number): string[] {
  // Token requests, verification and the admin API are not called with a terminal's token.
  const reach: ProblemArea[] = area === "auth" || area === "verify" || area === "admin" ? ["any", area] : ["any", "terminal", area];
  return PROBLEM_CODES.filter((p) => p.statuses.includes(status) && p.areas.some((a) => reach.includes(a))).map((p) => p.code);
}

export const PROBLEM_CODES: readonly ProblemCode[] = LISTED.map((entry) => ({ ...entry, stored: entry.statuses.length > 0 && entry.statuses.every(keptAnswer) }));
