/** One drizzle schema for D1 and libsql. Times are ISO-8601 text; money integer minor units. */
import type { Customer } from "../core/delivery";
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const merchants = sqliteTable("merchants", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  country: text("country").notNull(),
  currency: text("currency").notNull(),
  address: text("address").notNull(),
  taxId: text("tax_id").notNull(),
  createdAt: text("created_at").notNull(),
  /** Seed 001: e-mail carries the PDF (default) or a download link. */
  emailMode: text("email_mode", { enum: ["pdf", "link"] }).notNull().default("pdf"),
  /** Sender of receipt e-mails, e.g. "kvitto@shop.example"; null uses EMAIL_FROM. */
  emailFrom: text("email_from"),
  /**
   * Who sends e-receipts: this service, or the fiscal data operator (seed 002, Loymax's "send via
   * OFD" path), which sends only documents it has acknowledged.
   */
  receiptSender: text("receipt_sender", { enum: ["service", "operator"] }).notNull().default("service"),
  /** IANA zone of the merchant's shops; null uses the country's. */
  timeZone: text("time_zone"),
  /** E-receipts (SMS, e-mail, QR link) offered at all; off means every receipt is printed. */
  eReceipts: integer("e_receipts", { mode: "boolean" }).notNull().default(true),
  /** The customer-display QR is offered while the sale is open. */
  displayQr: integer("display_qr", { mode: "boolean" }).notNull().default(true),
  /** Days a receipt's link and personal data are kept; null uses RETENTION_DAYS. */
  retentionDays: integer("retention_days"),
  /** Alphanumeric SMS sender id, e.g. "ZABKA"; null uses the provider's default. */
  smsSender: text("sms_sender"),
  /** Display name on receipt e-mails; null uses the legal name. */
  emailSenderName: text("email_sender_name"),
  /** When the fiscal data operator sends e-receipts and the device cannot reach it: print instead (true) or let the e-receipt wait. */
  operatorOfflinePaper: integer("operator_offline_paper", { mode: "boolean" }).notNull().default(true),
});

export const stores = sqliteTable("stores", {
  id: text("id").primaryKey(),
  merchantId: text("merchant_id").notNull().references(() => merchants.id),
  name: text("name").notNull(),
  address: text("address").notNull(),
});

export const devices = sqliteTable("devices", {
  id: text("id").primaryKey(),
  merchantId: text("merchant_id").notNull().references(() => merchants.id),
  country: text("country").notNull(),
  serial: text("serial").notNull(),
  keyId: text("key_id").notNull(),
  lastNumber: integer("last_number").notNull().default(0),
  lastHash: text("last_hash").notNull(),
  createdAt: text("created_at").notNull(),
  /** The simulator's whole device state (shift, counters, operator queue, faults) as JSON. */
  state: text("state", { mode: "json" }).$type<Record<string, unknown>>(),
});

export const terminals = sqliteTable(
  "terminals",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id").notNull().references(() => merchants.id),
    storeId: text("store_id").notNull().references(() => stores.id),
    deviceId: text("device_id").notNull().references(() => devices.id),
    name: text("name").notNull(),
  },
  (t) => [index("terminals_merchant_idx").on(t.merchantId)],
);

export const receipts = sqliteTable(
  "receipts",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id").notNull().references(() => merchants.id),
    storeId: text("store_id").notNull(),
    terminalId: text("terminal_id").notNull(),
    deviceId: text("device_id").notNull(),
    status: text("status", { enum: ["open", "issued", "cancelled"] }).notNull(),
    currency: text("currency").notNull(),
    country: text("country").notNull(),
    /** The customer's capability: 256 random bits, base64url. */
    token: text("token").notNull().unique(),
    /** Customer identification as the till sent it (loyalty id, phone, e-mail); erased at expiry. */
    customer: text("customer", { mode: "json" }).$type<Customer | null>(),
    delivery: text("delivery", { mode: "json" }).$type<Record<string, unknown> | null>(),
    electronic: integer("electronic", { mode: "boolean" }).notNull().default(false),
    /** Gross total fixed at issuance; a trigger checks it against the lines and payments. */
    total: integer("total"),
    qrScannedAt: text("qr_scanned_at"),
    /** The display QR is offered from the first line until this instant (seed 001: one minute). */
    qrOfferedUntil: text("qr_offered_until"),
    /** "QR receipt: OK / Change" is on the till until this instant; then it is issued as a QR receipt. */
    qrChoiceUntil: text("qr_choice_until"),
    copies: integer("copies").notNull().default(0),
    /** Origin the customer link was given out under; work done later (alarms, outbox) links to it. */
    baseUrl: text("base_url").notNull().default(""),
    createdAt: text("created_at").notNull(),
    issuedAt: text("issued_at"),
    cancelledAt: text("cancelled_at"),
    /** After this instant the customer link answers 410 and the PDF is deleted. */
    expiresAt: text("expires_at"),
    pdfKey: text("pdf_key"),
    /** The identified customer (customers.id), for their purchase history; null when none was identified. */
    customerId: text("customer_id"),
  },
  (t) => [
    index("receipts_merchant_idx").on(t.merchantId, t.createdAt),
    index("receipts_expiry_idx").on(t.expiresAt),
    index("receipts_list_idx").on(t.merchantId, sql`coalesce(${t.issuedAt}, ${t.cancelledAt}, ${t.createdAt})`, t.id),
  ],
);

export const receiptLines = sqliteTable(
  "receipt_lines",
  {
    id: text("id").primaryKey(),
    receiptId: text("receipt_id").notNull().references(() => receipts.id),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    quantityMilli: integer("quantity_milli").notNull(),
    unitPrice: integer("unit_price").notNull(),
    discount: integer("discount").notNull().default(0),
    vatRate: text("vat_rate").notNull(),
    amount: integer("amount").notNull(),
    voided: integer("voided", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("receipt_lines_position_idx").on(t.receiptId, t.position)],
);

export const payments = sqliteTable(
  "payments",
  {
    id: text("id").primaryKey(),
    receiptId: text("receipt_id").notNull().references(() => receipts.id),
    method: text("method", { enum: ["cash", "card", "card_standalone", "voucher"] }).notNull(),
    amount: integer("amount").notNull(),
    confirmed: integer("confirmed", { mode: "boolean" }).notNull(),
    /** A standalone card terminal's authorisation code, as the cashier confirmed it. */
    authorizationCode: text("authorization_code"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("payments_receipt_idx").on(t.receiptId)],
);

export const fiscalDocuments = sqliteTable(
  "fiscal_documents",
  {
    deviceId: text("device_id").notNull().references(() => devices.id),
    number: integer("number").notNull(),
    numberText: text("number_text").notNull(),
    /** The sale a receipt or return belongs to; null for a Z report. */
    receiptId: text("receipt_id").references(() => receipts.id),
    kind: text("kind", { enum: ["sale", "return", "correction", "z_report", "shift_open", "registration"] }).notNull(),
    issuedAt: text("issued_at").notNull(),
    printed: integer("printed", { mode: "boolean" }).notNull(),
    payload: text("payload").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
    signature: text("signature").notNull(),
    keyId: text("key_id").notNull(),
    qrPayload: text("qr_payload").notNull(),
    /** PL: the e-receipt as a compact JWS signed by the device. */
    jws: text("jws"),
  },
  // The primary key is what makes a reused fiscal number impossible, whatever the code above does.
  (t) => [
    primaryKey({ columns: [t.deviceId, t.number] }),
    uniqueIndex("fiscal_receipt_sale_idx").on(t.receiptId).where(sql`${t.kind} = 'sale'`),
    index("fiscal_receipt_idx").on(t.receiptId, t.kind),
  ],
);

/** Copies of returns, one row per copy the device counted (a sale's copies are counted on its receipt). */
export const returnCopies = sqliteTable(
  "return_copies",
  {
    deviceId: text("device_id").notNull(),
    copyNumber: integer("copy_number").notNull(),
    receiptId: text("receipt_id").notNull(),
    returnNumber: integer("return_number").notNull(),
    channel: text("channel", { enum: ["print", "sms", "email"] }).notNull(),
    issuedAt: text("issued_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.deviceId, t.copyNumber] }), index("return_copies_receipt_idx").on(t.receiptId, t.returnNumber)],
);

/** SE/NO provisional and training prints, one row per print the device counted (for the SAF-T export). */
export const slips = sqliteTable(
  "slips",
  {
    deviceId: text("device_id").notNull(),
    shift: integer("shift").notNull(),
    kind: text("kind", { enum: ["provisional", "training"] }).notNull(),
    /** This kind's count in the shift, this print included. */
    count: integer("count").notNull(),
    receiptId: text("receipt_id").notNull(),
    amount: integer("amount").notNull(),
    /** Device time of the print (UTC). */
    printedAt: text("printed_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.deviceId, t.shift, t.kind, t.count] }), index("slips_printed_idx").on(t.deviceId, t.printedAt)],
);

/** The simulated fiscal data operator's acknowledgements, one per transmitted document. */
export const operatorAcks = sqliteTable(
  "operator_acks",
  {
    deviceId: text("device_id").notNull(),
    number: integer("number").notNull(),
    ackId: text("ack_id").notNull(),
    ackedAt: text("acked_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.deviceId, t.number] })],
);

/** Append-only: every step of every receipt (seed 000's "event base"). */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    receiptId: text("receipt_id").notNull(),
    merchantId: text("merchant_id").notNull(),
    type: text("type").notNull(),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("events_receipt_idx").on(t.receiptId, t.id)],
);

export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    terminalId: text("terminal_id").notNull(),
    key: text("key").notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    fingerprint: text("fingerprint").notNull(),
    state: text("state", { enum: ["in_flight", "done"] }).notNull(),
    status: integer("status"),
    contentType: text("content_type"),
    body: text("body"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.terminalId, t.key] }), index("idempotency_created_idx").on(t.createdAt)],
);

/**
 * Messages to send, written in the transaction that issues the receipt; delivered at least once
 * by the outbox sender with backoff. `recipient` is personal data: erased with the receipt's.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: text("id").primaryKey(),
    receiptId: text("receipt_id").notNull().references(() => receipts.id),
    merchantId: text("merchant_id").notNull(),
    channel: text("channel", { enum: ["sms", "email"] }).notNull(),
    recipient: text("recipient"),
    /** 0 for the original delivery, n for the n-th copy. */
    copy: integer("copy").notNull().default(0),
    /** The return (its fiscal number) this message delivers; null for the sale's receipt. */
    returnNumber: integer("return_number"),
    status: text("status", { enum: ["queued", "sending", "sent", "delivered", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at").notNull(),
    lastError: text("last_error"),
    /** Rendered message for the dev outbox and for re-sending: SMS text or e-mail subject/text. */
    subject: text("subject"),
    body: text("body").notNull(),
    createdAt: text("created_at").notNull(),
    sentAt: text("sent_at"),
  },
  (t) => [
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("outbox_receipt_idx").on(t.receiptId),
    index("outbox_list_idx").on(t.merchantId, t.createdAt, t.id),
  ],
);


/**
 * Deno/Node: open receipts, written through before the till is answered (on Workers they live in
 * their Durable Object). A row leaves in the transaction that writes the issued receipt.
 */
export const openReceipts = sqliteTable(
  "open_receipts",
  {
    id: text("id").primaryKey(),
    state: text("state").notNull(),
    /** When the receipt has work due (QR auto-finalize, an interrupted finalize), for the sweep after a restart. */
    dueAt: text("due_at"),
  },
  (t) => [index("open_receipts_due_idx").on(t.dueAt)],
);

/** Terminal API keys: test or live, several at once while a rotation overlaps, revocable. */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id").notNull().references(() => merchants.id),
    terminalId: text("terminal_id").notNull(),
    /** Test keys may arm faults and use the sandbox; live keys never can. */
    mode: text("mode", { enum: ["test", "live"] }).notNull(),
    /** The first characters of the key, shown in lists so a person can tell keys apart. */
    prefix: text("prefix"),
    /** Hex SHA-256 of the key; the key itself is shown once and never stored. */
    hash: text("hash").notNull().unique(),
    createdAt: text("created_at").notNull(),
    lastUsedAt: text("last_used_at"),
    /** Set by a rotation: the old key keeps working until then. */
    expiresAt: text("expires_at"),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("api_keys_terminal_idx").on(t.terminalId)],
);

/**
 * A merchant's customers: found by a keyed hash of a phone number, e-mail or loyalty card, with
 * their contact data encrypted (src/worker/customers/protect.ts) and their consent. Erased on
 * request or when unused past the retention period; their receipts' fiscal record stays.
 */
export const customers = sqliteTable(
  "customers",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id").notNull().references(() => merchants.id),
    phoneHash: text("phone_hash"),
    emailHash: text("email_hash"),
    loyaltyHash: text("loyalty_hash"),
    phoneSealed: text("phone_sealed"),
    emailSealed: text("email_sealed"),
    loyaltySealed: text("loyalty_sealed"),
    defaultEmailSealed: text("default_email_sealed"),
    /** The customer refused paper receipts: `auto` never prints unless they ask at the till. */
    paperRefused: integer("paper_refused", { mode: "boolean" }).notNull().default(false),
    /** The channel the customer chose to be offered first. */
    preferredChannel: text("preferred_channel"),
    createdAt: text("created_at").notNull(),
    lastSeenAt: text("last_seen_at").notNull(),
  },
  (t) => [
    uniqueIndex("customers_phone_idx").on(t.merchantId, t.phoneHash),
    uniqueIndex("customers_email_idx").on(t.merchantId, t.emailHash),
    uniqueIndex("customers_loyalty_idx").on(t.merchantId, t.loyaltyHash),
    index("customers_seen_idx").on(t.lastSeenAt),
  ],
);

/** Every change of a customer's consent: what, by whom (which system or till), when. */
export const consentLog = sqliteTable(
  "consent_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    customerId: text("customer_id").notNull(),
    merchantId: text("merchant_id").notNull(),
    change: text("change", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    by: text("by").notNull(),
    at: text("at").notNull(),
  },
  (t) => [index("consent_log_customer_idx").on(t.customerId, t.id)],
);

/**
 * A merchant's webhook endpoints: the events each wants, signed per Standard Webhooks with its
 * secret (and, during a rotation's overlap, also with the previous one).
 */
export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    merchantId: text("merchant_id").notNull().references(() => merchants.id),
    url: text("url").notNull(),
    description: text("description"),
    /** JSON array of event types, e.g. ["receipt.issued"]. */
    events: text("events", { mode: "json" }).$type<string[]>().notNull(),
    /** "whsec_" and base64 of the key bytes. */
    secret: text("secret").notNull(),
    previousSecret: text("previous_secret"),
    /** The previous secret still signs until this instant. */
    previousSecretUntil: text("previous_secret_until"),
    enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("webhook_endpoints_merchant_idx").on(t.merchantId)],
);

/** One event owed to one endpoint: written with the change it reports, sent at least once with backoff. */
export const webhookMessages = sqliteTable(
  "webhook_messages",
  {
    /** The `webhook-id` header: the same for every endpoint, every retry and every resend of the event. */
    eventId: text("event_id").notNull(),
    endpointId: text("endpoint_id").notNull().references(() => webhookEndpoints.id),
    merchantId: text("merchant_id").notNull(),
    /** The receipt it is about, if any: its session's alarm sends it. */
    receiptId: text("receipt_id"),
    type: text("type").notNull(),
    /** The JSON body exactly as signed and sent. */
    payload: text("payload").notNull(),
    status: text("status", { enum: ["queued", "sending", "sent", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at").notNull(),
    lastError: text("last_error"),
    createdAt: text("created_at").notNull(),
    sentAt: text("sent_at"),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.endpointId] }),
    index("webhook_messages_due_idx").on(t.status, t.nextAttemptAt),
    index("webhook_messages_receipt_idx").on(t.receiptId),
    index("webhook_messages_endpoint_idx").on(t.endpointId, t.createdAt),
  ],
);

/** Every try to send a webhook message, as the endpoint answered it (or why it could not). */
export const webhookAttempts = sqliteTable(
  "webhook_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: text("event_id").notNull(),
    endpointId: text("endpoint_id").notNull(),
    attempt: integer("attempt").notNull(),
    at: text("at").notNull(),
    statusCode: integer("status_code"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
    /** The start of the endpoint's answer, for whoever looks into a failure. */
    response: text("response"),
  },
  (t) => [index("webhook_attempts_message_idx").on(t.eventId, t.endpointId, t.id)],
);

/**
 * A terminal's customer display: its link (`/display/{token}`) is the only key, so only the
 * token's SHA-256 is stored. One display per terminal; a new token replaces the old one.
 */
export const displayTokens = sqliteTable(
  "display_tokens",
  {
    terminalId: text("terminal_id").primaryKey().references(() => terminals.id),
    merchantId: text("merchant_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("display_tokens_hash_idx").on(t.tokenHash)],
);
