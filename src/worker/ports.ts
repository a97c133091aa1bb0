/** What a host (Workers, Deno, Node) builds and hands to `createApp`. The domain sees only these. */
import type { Database } from "../db/database";
import type { Logger } from "./log";
import type { DeviceStatus, FaultSpec, FiscalDocument, ZReport } from "../simulator";
import type { FinalizeRequest } from "./schemas";
import type { CopyRequest } from "./services/copies";
import type { ReturnBody } from "./services/returns";
import type { TerminalContext } from "./auth";
import type { OpsPorts } from "./ops-ports";

export interface StoredBlob {
  bytes: Uint8Array;
  contentType: string;
  expiresAt: string | null;
}

export interface BlobStore {
  put(key: string, bytes: Uint8Array, meta: { contentType: string; expiresAt: string }): Promise<void>;
  get(key: string): Promise<StoredBlob | null>;
  delete(keys: string[]): Promise<void>;
}

export type LiveMessage = { type: "issued" | "cancelled" | "updated"; receipt_id: string; status: string };

/** Per-receipt coordination: the Durable Object on Workers, an in-process hub on Deno/Node. */
export interface ReceiptCoordinator {
  /** Tells every waiting customer page of this receipt what happened. */
  publish(receiptId: string, message: LiveMessage): Promise<void>;
  /** Answers the customer page's live-update request (WebSocket upgrade or SSE). */
  connect(receiptId: string, request: Request): Promise<Response>;
  /** Asks for the receipt's due work (outbox, QR auto-finalize) to run at `at`: a DO alarm on Workers. */
  wake(receiptId: string, at: Date): Promise<void>;
}

export interface SendResult {
  /** The provider's id for the message, when it gives one. */
  providerId?: string | undefined;
}

export interface SmsMessage {
  to: string;
  text: string;
  idempotencyKey: string;
}

export interface EmailMessage {
  from: string;
  to: string;
  /** The complete RFC 5322 message. */
  mime: string;
  idempotencyKey: string;
}

/** Outgoing providers; null where none is configured (dev mode then keeps messages in /dev/outbox). */
export interface Messengers {
  sms: ((message: SmsMessage) => Promise<SendResult>) | null;
  email: ((message: EmailMessage) => Promise<SendResult>) | null;
}

/**
 * What changes a fiscal device's state: these run one at a time per device, so numbering never
 * races (the FiscalDevice Durable Object on Workers, an in-process queue on Deno/Node).
 */
export type DeviceOp =
  | { kind: "finalize"; terminal: TerminalContext; receiptId: string; request: FinalizeRequest }
  | { kind: "cancel"; terminal: TerminalContext; receiptId: string }
  | { kind: "return"; terminal: TerminalContext; receiptId: string; request: ReturnBody }
  | { kind: "copy"; terminal: TerminalContext; receiptId: string; request: CopyRequest }
  | { kind: "shift_open"; terminal: TerminalContext; deviceId: string }
  | { kind: "shift_close"; terminal: TerminalContext; deviceId: string }
  | { kind: "faults"; terminal: TerminalContext; deviceId: string; arm: FaultSpec | null };

/** What a finalize did: "offered" = the till is asked "QR receipt: OK / Change" (seed 001). */
export type GateOutcome = "issued" | "offered" | "cancelled" | "unchanged";

export interface DeviceOpResults {
  finalize: GateOutcome;
  cancel: GateOutcome;
  return: FiscalDocument;
  copy: { number: number; original: string };
  shift_open: DeviceStatus;
  shift_close: { document: FiscalDocument; report: ZReport };
  faults: DeviceStatus;
}

/** Runs device operations in order per device; throws DomainError as the operation does. */
export interface DeviceGate {
  run<O extends DeviceOp>(deviceId: string, op: O): Promise<DeviceOpResults[O["kind"]]>;
}

export interface AppConfig {
  /** HS256 secret for terminal tokens (env JWT_SECRET). */
  jwtSecret: string;
  /** Secret the fiscal devices' Ed25519 keys are derived from (env FISCAL_KEY_SECRET). */
  fiscalKeySecret: string;
  /** Earlier secrets after a rotation (env FISCAL_KEY_SECRETS_OLD, comma-separated): their keys stay published. */
  previousFiscalKeySecrets: string[];
  /** Sandbox: fault injection on the simulated devices is allowed (env SANDBOX, default on in demo mode). */
  sandbox: boolean;
  /** Public origin for customer links; when empty, the request's origin is used. */
  publicBaseUrl: string;
  /** Days a receipt's link, PDF and personal data are kept after issuance. */
  retentionDays: number;
  /** Seconds the customer-display QR is offered from the first line (seed 001: one minute). */
  qrWindowSeconds: number;
  tokenTtlSeconds: number;
  maxBodyBytes: number;
  /** Seconds the till has to answer "QR receipt: OK / Change" before it is issued as a QR receipt. */
  qrChoiceSeconds: number;
  /** Dev mode: /dev/outbox is served and messages without a provider are kept there as sent. */
  devMode: boolean;
  /** First retry delay of a failed delivery; doubles per attempt, with jitter. */
  retryBaseMs: number;
  /** Default sender of receipt e-mails. */
  emailFrom: string;
}

export interface Ports extends OpsPorts {
  database: Database;
  blobs: BlobStore;
  coordinator: ReceiptCoordinator;
  gate: DeviceGate;
  messengers: Messengers;
  clock: () => Date;
  random: (bytes: number) => Uint8Array;
  config: AppConfig;
  log: Logger;
}
