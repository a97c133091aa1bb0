/** Public API of the fiscal-device simulator (pure TS + WebCrypto; no host APIs, no dependencies). */
export type {
  ArmedFault,
  CopyRecord,
  DeviceCounters,
  DeviceState,
  DocumentKind,
  Effects,
  FaultKind,
  FiscalCountry,
  FiscalDocument,
  FiscalLine,
  FiscalPayment,
  FiscalRequest,
  FullDeviceState,
  GrandTotal,
  OpenShift,
  OperatorAck,
  OperatorQueue,
  ReceiptKind,
  ReturnLine,
  ReturnRequest,
  SaleRequest,
  ShiftTotals,
  Signer,
  Tally,
  VatRow,
  VatSums,
  VatTally,
} from "./types";
export type { FiscalPayload, OriginalRef, ReceiptPayload, ReturnPayload, SalePayload, ZReportPayload } from "./payload";
export { canonicalJson, type JsonValue } from "./canonical";
export { base64urlToBytes, bytesToBase64url, bytesToHex } from "./bytes";
export { ZERO_HASH } from "./checks";
export { FiscalError, FiscalInputError, type FiscalErrorCode } from "./errors";
export { copyOf } from "./copy";
export { fiscalize, type FiscalResult } from "./device";
export { armFault, clearFaults, type FaultSpec } from "./faults";
export { journalLine, parseJournal, type ParsedJournal } from "./journal";
export { signJws, verifyJws, type JwsVerdict } from "./jws";
export { deriveDeviceKey, ed25519Signer, importPublicJwk, type DeviceKey } from "./keys";
export { formatMinor, numberText } from "./numbering";
export { transmit } from "./operator";
export { readPayload } from "./payload-read";
export { PROFILES, SHIFT_MAX_MS, type DeviceProfile, type OfflineLimit } from "./profile";
export { fiscalSign, MAX_QR_LENGTH, parseFiscalQr, type ScannedQr } from "./qr";
export { closeShift, xReport, type XReport, type ZReport } from "./reports";
export { NO_EFFECTS } from "./fault-steps";
export { deviceSerial, SERIAL_SEED_BYTES } from "./serial";
export { openShift } from "./shift";
export { initialDeviceState, restoreState } from "./state";
export { deviceStatus, type DeviceStatus } from "./status";
export { verifyJournal, type JournalVerdict } from "./verify-journal";
export { verifyChain, verifyDocument, type ChainStart, type ChainVerdict, type Verdict } from "./verify";
