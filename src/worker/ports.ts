/** What a host (Workers, Deno, Node) builds and hands to `createApp`. The domain sees only these. */
import type { Database, RawStatement } from "../db/database";
import type { ReceiptRecord } from "../db/receipts";
import type { Logger } from "./log";
import type { DeviceState, DeviceStatus, FaultSpec, FiscalDocument, FullDeviceState, NonReceiptKind, NonReceiptRecord, OperatorAck, SaleRequest, XReport, ZReport } from "../simulator";
import type { ReportView } from "../render/report-content";
import type { IdempotencyClaim, SessionCommand, SessionReply } from "./session/commands";
import type { CopyMade, CopyRequest } from "./services/copies";
import type { ReturnBody, ReturnIssued } from "./services/returns";
import type { TerminalContext } from "./auth";
import type { OpsPorts } from "./ops-ports";
import type { DisplayUpdate, DisplayView } from "./display/view";

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

/**
 * Where open receipts live: one Durable Object per receipt on Workers, the process (written
 * through to libsql) on Deno/Node. Commands on one receipt run one at a time.
 */
export interface ReceiptSessions {
  run(receiptId: string, command: SessionCommand, claim?: IdempotencyClaim): Promise<SessionReply>;
  /** The receipt for its customer page, if the session holds it (recording the display-QR scan). */
  view(receiptId: string, token: string, visit: boolean): Promise<ReceiptRecord | null>;
  /** Answers the customer page's live-update request (WebSocket upgrade or SSE). */
  connect(receiptId: string, request: Request): Promise<Response>;
  /** Asks for the receipt's due work (outbox, QR auto-finalize) to run at `at`: a DO alarm on Workers. */
  wake(receiptId: string, at: Date): Promise<void>;
}

/**
 * Each terminal's customer display: one live channel per terminal (a TerminalDisplay Durable
 * Object on Workers, the process on Deno/Node) that keeps what the display shows now.
 */
export interface CustomerDisplays {
  /** Changes what the terminal's display shows and tells its open pages. */
  show(terminalId: string, update: DisplayUpdate): Promise<void>;
  /** What the terminal's display shows now. */
  current(terminalId: string): Promise<DisplayView>;
  /** Answers the display page's live-update request (WebSocket upgrade or SSE). */
  connect(terminalId: string, request: Request): Promise<Response>;
  /** The display's link was revoked or replaced: blank it and close its open pages' connections. */
  revoke(terminalId: string): Promise<void>;
}

export interface SendResult {
  /** The provider's id for the message, when it gives one. */
  providerId?: string | undefined;
}

export interface SmsMessage {
  to: string;
  text: string;
  /** The merchant's alphanumeric sender id (up to 11 characters); absent: the gateway's default. */
  from?: string | undefined;
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
 * What a fiscal device does: these run one at a time per device, so numbering never races (the
 * FiscalDevice Durable Object on Workers, an in-process queue on Deno/Node).
 */
export type DeviceOp =
  | { kind: "return"; terminal: TerminalContext; receiptId: string; request: ReturnBody }
  | { kind: "copy"; terminal: TerminalContext; receiptId: string; request: CopyRequest }
  | { kind: "return_copy"; terminal: TerminalContext; receiptId: string; returnNumber: number; request: CopyRequest }
  | { kind: "slip"; terminal: TerminalContext; deviceId: string; receiptId: string; slip: NonReceiptKind; amount: number }
  | { kind: "status"; terminal: TerminalContext; deviceId: string }
  | { kind: "x_report"; terminal: TerminalContext; deviceId: string }
  | { kind: "shift_open"; terminal: TerminalContext; deviceId: string }
  | { kind: "shift_close"; terminal: TerminalContext; deviceId: string }
  | { kind: "faults"; terminal: TerminalContext; deviceId: string; arm: FaultSpec | null };

export interface DeviceOpResults {
  return: ReturnIssued;
  copy: CopyMade;
  return_copy: CopyMade;
  slip: NonReceiptRecord;
  status: DeviceStatus;
  x_report: { report: XReport; view: ReportView };
  shift_open: DeviceStatus;
  shift_close: { document: FiscalDocument; report: ZReport };
  faults: DeviceStatus;
}

export interface SaleResult {
  document: FiscalDocument;
  /** RU: the shift-opening report the device issued first, when it found no shift open. */
  opened: FiscalDocument | null;
  /** The operator's acknowledgements that came with this step, for the database. */
  acks: OperatorAck[];
}

export interface DeviceGate {
  /** Runs device operations in order per device; throws DomainError as the operation does. */
  run<O extends DeviceOp>(deviceId: string, op: O): Promise<DeviceOpResults[O["kind"]]>;
  /**
   * Fiscalizes a sale once per receipt (a repeat gets the same document) and has `write` build the
   * issued receipt's write from it. Where the host can (Deno/Node) both go in one transaction and
   * `written` is true; on Workers the document is durable in the device first and the caller writes.
   */
  sale(terminal: TerminalContext, receiptId: string, request: SaleRequest, write: (result: SaleResult) => RawStatement[]): Promise<{ document: FiscalDocument; written: boolean; statements: RawStatement[] }>;
}

/** A device's own state: its Durable Object's storage on Workers, libsql (cached in memory) on Deno/Node. */
export interface DeviceStore {
  /** The stored state, or null for a device that never ran here (it starts from its database row). */
  load(deviceId: string): Promise<DeviceState | null>;
  /**
   * Makes the next state (and the sale it made, if any) durable, then the statements: in the same
   * transaction on Deno/Node; on Workers after it, retried by the device's alarm until they land.
   */
  commit(deviceId: string, next: FullDeviceState, statements: RawStatement[], sale?: { receiptId: string; result: SaleResult }): Promise<void>;
  /** The sale this device already fiscalized for a receipt, if it did. */
  sale(deviceId: string, receiptId: string): Promise<SaleResult | null>;
}

export interface AppConfig {
  /** HS256 secret for terminal tokens (env JWT_SECRET). */
  jwtSecret: string;
  /** Secret the fiscal devices' Ed25519 keys are derived from (env FISCAL_KEY_SECRET). */
  fiscalKeySecret: string;
  /** Keyed hash of customers' phone numbers, e-mails and loyalty cards (env CUSTOMER_HASH_SECRET). */
  customerHashSecret: string;
  /** AES-GCM keys of customers' contact data, the current one first (env CUSTOMER_DATA_KEY, CUSTOMER_DATA_KEYS_OLD). */
  customerDataKeys: string[];
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
  sessions: ReceiptSessions;
  displays: CustomerDisplays;
  gate: DeviceGate;
  /** Only where device operations run (inside the gate). */
  deviceStore: DeviceStore;
  messengers: Messengers;
  clock: () => Date;
  random: (bytes: number) => Uint8Array;
  config: AppConfig;
  log: Logger;
}
