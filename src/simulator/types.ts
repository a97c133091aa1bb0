/** The fiscal-device simulator's data. Pure values: hosts persist them, the simulator never does I/O. */
export type FiscalCountry = "PL" | "SE" | "RU" | "NO";
/** Receipts a till asks for; RU calculation type 1 ("приход") and 2 ("возврат прихода"). */
export type ReceiptKind = "sale" | "return";
/**
 * Every numbered, signed and chained document: receipts, RU correction receipts (чек коррекции),
 * Z reports, and the RU shift-opening and registration reports.
 */
export type DocumentKind = ReceiptKind | "correction" | "z_report" | "shift_open" | "registration";
export type FaultKind = "operator_offline" | "paper_out" | "power_loss" | "reply_lost" | "slow" | "clock_skew";

export type VatRow = {
  rate: string;
  net: number;
  vat: number;
  gross: number;
};

export type FiscalPayment = {
  method: string;
  amount: number;
};

export type FiscalLine = {
  name: string;
  /** Decimal string, up to 3 decimals ("1", "0.375"). */
  quantity: string;
  unitPrice: number;
  amount: number;
  vatRate: string;
  /** Discount on the line in minor units, already taken off `amount`; absent or 0 = none. Sales only. */
  discount?: number;
};

/**
 * RU (FFD 1.2) line attributes, set by the device: item type (tag 1212, 1 = goods), payment method
 * sign (tag 1214, 4 = full settlement) and measure (tag 2108, 0 = pieces, 11 = kilograms).
 */
export type RuLineTags = {
  itemType: number;
  paymentMethod: number;
  measure: number;
};

/** A line as the device signs it: RU lines carry their FFD tags. */
export type SignedLine = FiscalLine & Partial<RuLineTags>;

/** A returned line names the original receipt's line by its 0-based position in that receipt's `lines`. */
export type ReturnLine = FiscalLine & {
  originalLine: number;
};

type ReceiptRequestBase = {
  receiptId: string;
  /** ISO 8601 instant, from the till's clock. */
  issuedAt: string;
  currency: string;
  total: number;
  vat: VatRow[];
  payments: FiscalPayment[];
  /** false = "fiscalize without print" (electronic receipt). */
  printed: boolean;
  /** The cashier's name as the till gives it; the device's registered cashier when absent. */
  cashier?: string;
  /** RU: the buyer's phone or e-mail the electronic receipt goes to (tag 1008); signed only when not printed. */
  buyerContact?: string;
  /** PL: the buyer's NIP ("paragon z NIP"), 10 digits with a valid checksum. */
  buyerTaxId?: string;
};

export type SaleRequest = ReceiptRequestBase & {
  kind: "sale";
  lines: FiscalLine[];
};

/** A refund: amounts are positive; the original and the returns already made bound what may be returned. */
export type ReturnRequest = ReceiptRequestBase & {
  kind: "return";
  lines: ReturnLine[];
  /** The sale's fiscal document, as the device issued it. */
  original: FiscalDocument;
  /** Return documents already issued against that sale (any order). */
  earlierReturns: FiscalDocument[];
};

/** RU: why a correction receipt is issued (tags 1173, 1174): on the business's own finding or by a tax order. */
export type Correction = {
  type: "self" | "order";
  /** The day of the settlement that was not (or wrongly) registered, YYYY-MM-DD. */
  date: string;
  /** The tax service's order number; "" when self-initiated. */
  order: string;
};

/** RU: a correction receipt registers a settlement made without (or with a wrong) receipt, as a sale or a return. */
export type CorrectionRequest = ReceiptRequestBase & {
  kind: "correction";
  sign: ReceiptKind;
  lines: FiscalLine[];
  correction: Correction;
};

/** What the till asks the device to fiscalize. */
export type FiscalRequest = SaleRequest | ReturnRequest | CorrectionRequest;

export type FiscalDocument = {
  deviceId: string;
  serial: string;
  /** Device document number: one gap-free sequence over sales, returns and Z reports (RU: ФД). */
  number: number;
  /** The number as the profile prints it (PL: per-day receipt number and date; SE: receipt serial; RU: ФД; Z: "Z0001"). */
  numberText: string;
  kind: DocumentKind;
  /** "" for a Z report. */
  receiptId: string;
  issuedAt: string;
  /** Always false for a Z report. */
  printed: boolean;
  /** Canonical JSON of what was signed (FiscalPayload). */
  payload: string;
  prevHash: string;
  /** Hex SHA-256 of `payload`. */
  hash: string;
  /** base64url Ed25519 signature over the UTF-8 bytes of `payload`. */
  signature: string;
  keyId: string;
  /** ASCII payload of the fiscal QR printed on the receipt; "" for a Z report. */
  qrPayload: string;
  /** PL receipts only: the e-paragon as a compact JWS whose payload is `payload`. */
  jws?: string;
};

/** Signing is injected so the simulator stays pure: raw Ed25519 signature of `data`. */
export type Signer = (data: Uint8Array) => Promise<Uint8Array>;

export type Tally = {
  count: number;
  total: number;
};

export type VatSums = {
  net: number;
  vat: number;
  gross: number;
};

/** Receipts paid by one method (cash, card...), by settlement sign. */
export type PaymentTally = {
  method: string;
  sales: Tally;
  returns: Tally;
};

export type VatTally = {
  rate: string;
  sales: VatSums;
  returns: VatSums;
};

/** What an X or Z report sums over one shift. */
export type ShiftTotals = {
  sales: Tally;
  returns: Tally;
  /** Sorted by rate. */
  vat: VatTally[];
  copies: number;
  /** Discounted sale lines and the discounts' sum (SE Z report); absent before they were counted. */
  discounts?: Tally;
  /** Gross of the receipts copied (SE Z report: copies and their amount); absent before it was counted. */
  copyTotal?: number;
  /** Sorted by method; absent in shifts opened before it was counted. */
  payments?: PaymentTally[];
  /** SE, NO: provisional (pro forma) and training-mode prints and their amount; absent before they were counted. */
  provisional?: Tally;
  training?: Tally;
};

/** Perpetual, never reset: gross of every sale and every return the device ever issued. */
export type GrandTotal = {
  sales: number;
  returns: number;
};

/**
 * What the device was registered with; printed on every receipt. A state without it reads as
 * registered with demo values derived from the serial (restoreState).
 */
export type DeviceRegistration = {
  /** The register's own manufacturing number: RU ЗН ККТ, SE tillverkningsnummer, PL / NO register number. */
  registerNumber: string;
  /** RU: РН ККТ, the tax service's registration number (16 digits); "" elsewhere. */
  registrationNumber: string;
  /** RU: taxation system (СНО, tag 1055): "osn", "usn_income", "usn_income_outcome", "esn", "patent"; "" elsewhere. */
  taxSystem: string;
  /** RU: place of settlement (tag 1187); "" elsewhere. */
  place: string;
  /** Printed when the till names no cashier. */
  cashier: string;
  /** RU: the fiscal drive is valid until this day (YYYY-MM-DD); "" elsewhere. */
  validUntil: string;
};

export type OpenShift = {
  /** Shift number; the Z report that closes it carries the same number. */
  number: number;
  openedAt: string;
  totals: ShiftTotals;
};

export type DeviceCounters = {
  /** Receipts (sales + returns) ever issued: the SE receipt serial. */
  receipts: number;
  /** Number of the last shift opened. */
  shifts: number;
  copies: number;
  grandTotal: GrandTotal;
  /** PL: the calendar day (YYYY-MM-DD as the till's clock wrote it) and the last receipt number in it. */
  day: { date: string; seq: number } | null;
};

/** The documents not yet acknowledged by the simulated fiscal data operator are numbers acked+1..lastNumber. */
export type OperatorQueue = {
  acked: number;
  /** Device time at which the oldest unsent document was queued; null when nothing is unsent. */
  unsentSince: string | null;
};

export type ArmedFault = {
  fault: FaultKind;
  /** Operations left to hit; null = until cleared. */
  remaining: number | null;
  /** slow: latency; clock_skew: how far the device clock is off (may be negative). */
  ms: number | null;
  seed: number;
  /** Operations hit so far (drives the seeded choices). */
  hits: number;
};

/**
 * What a device remembers between operations; the host stores it (as JSON) and hands it back.
 * The optional parts are absent on devices stored before shifts existed and read as a fresh
 * device: no shift, nothing unsent, no faults. Every operation returns them all (FullDeviceState).
 */
export type DeviceState = {
  deviceId: string;
  country: FiscalCountry;
  /** Printed on every receipt: the device's serial (PL unique number, SE control unit serial, RU FN). */
  serial: string;
  /** Number of the last document issued; 0 before the first. */
  lastNumber: number;
  /** Hex SHA-256 of the last document; 64 zeros before the first. */
  lastHash: string;
  /** Key id of the signing key (JWK `kid`). */
  keyId: string;
  registration?: DeviceRegistration;
  counters?: DeviceCounters;
  shift?: OpenShift | null;
  operator?: OperatorQueue;
  faults?: ArmedFault[];
};

export type FullDeviceState = Required<DeviceState>;

/** What the simulated fiscal data operator answers for each document it received. */
export type OperatorAck = {
  deviceId: string;
  number: number;
  ackId: string;
  ackedAt: string;
};

/** What the host must do besides persisting the returned state and document. */
export type Effects = {
  /** `slow`: wait this long before answering the till. */
  delayMs: number;
  /** `reply_lost`: the document is registered; answer the till as if the reply was lost. */
  replyLost: boolean;
  /** `power_loss` that struck after the document was complete: persist it, answer the till with an error. */
  powerLoss: "completed" | null;
  /** Documents the operator acknowledged in this operation, in order. */
  acks: OperatorAck[];
  /** A sale or return with no open shift opened this one. */
  shiftOpened: number | null;
};

/**
 * SE, NO: prints that are not a receipt for a purchase: a provisional (pro forma) receipt of an open
 * sale, or a receipt made in training mode. Counted with their amount, never numbered or signed.
 */
export type NonReceiptKind = "provisional" | "training";

export type NonReceiptRecord = {
  kind: NonReceiptKind;
  deviceId: string;
  serial: string;
  /** This kind's count in the shift, this one included. */
  count: number;
  shift: number;
  amount: number;
  receiptId: string;
  /** Device time of the print. */
  issuedAt: string;
};

/** A duplicate of a receipt: counted by the device, not numbered, not re-signed. */
export type CopyRecord = {
  kind: "copy";
  deviceId: string;
  serial: string;
  /** Device-wide count of copies, this one included. */
  copyNumber: number;
  /** The original document's number and hash. */
  of: number;
  ofHash: string;
  receiptId: string;
  /** The original's printed number and fiscal QR, shown on the copy unchanged. */
  numberText: string;
  qrPayload: string;
  /** Device time of the copy. */
  issuedAt: string;
  printed: boolean;
  /** Shift open when the copy was made (counted in its Z report), or null. */
  shift: number | null;
  /** The word the copy must carry ("kopia", "копия"). */
  marking: string;
};
