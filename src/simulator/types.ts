/** The fiscal-device simulator's data. Pure values: hosts persist them, the simulator never does I/O. */
export type FiscalCountry = "PL" | "SE" | "RU";
export type DocumentKind = "sale";

/** What a device remembers between documents; the host stores it and hands it back. */
export interface DeviceState {
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
}

export interface FiscalLine {
  name: string;
  quantity: string;
  unitPrice: number;
  amount: number;
  vatRate: string;
}

/** What the till asks the device to fiscalize. */
export interface FiscalRequest {
  receiptId: string;
  kind: DocumentKind;
  /** ISO 8601 instant, from the injected clock. */
  issuedAt: string;
  currency: string;
  total: number;
  vat: { rate: string; net: number; vat: number; gross: number }[];
  lines: FiscalLine[];
  payments: { method: string; amount: number }[];
  /** false = "fiscalize without print" (electronic receipt). */
  printed: boolean;
}

export interface FiscalDocument {
  deviceId: string;
  serial: string;
  number: number;
  /** The number as printed on the receipt. */
  numberText: string;
  kind: DocumentKind;
  receiptId: string;
  issuedAt: string;
  printed: boolean;
  /** Canonical JSON of what was signed (includes number, prevHash, totals, lines). */
  payload: string;
  prevHash: string;
  /** Hex SHA-256 of `payload`. */
  hash: string;
  /** base64url Ed25519 signature over the UTF-8 bytes of `payload`. */
  signature: string;
  keyId: string;
  /** ASCII payload of the fiscal QR printed on the receipt. */
  qrPayload: string;
}

/** Signing is injected so the simulator stays pure: raw Ed25519 signature of `data`. */
export type Signer = (data: Uint8Array) => Promise<Uint8Array>;

/** What is signed: `FiscalDocument.payload` is the canonical JSON of this object. */
export interface FiscalPayload {
  v: 1;
  country: FiscalCountry;
  device: string;
  serial: string;
  number: number;
  /** Key id of the signing key, so the signed bytes name their key. */
  kid: string;
  kind: DocumentKind;
  receiptId: string;
  issuedAt: string;
  currency: string;
  total: number;
  vat: FiscalRequest["vat"];
  lines: FiscalLine[];
  payments: FiscalRequest["payments"];
  printed: boolean;
  prevHash: string;
}
