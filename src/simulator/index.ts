/** Public API of the fiscal-device simulator (pure TS + WebCrypto; no host APIs, no dependencies). */
export type {
  ArmedFault,
  Correction,
  CorrectionRequest,
  CopyRecord,
  NonReceiptKind,
  NonReceiptRecord,
  DeviceCounters,
  DeviceRegistration,
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
  PaymentTally,
  ReceiptKind,
  ReturnLine,
  ReturnRequest,
  RuLineTags,
  SaleRequest,
  ShiftTotals,
  SignedLine,
  Signer,
  Tally,
  VatRow,
  VatSums,
  VatTally,
} from "./types";
export type {
  CorrectionPayload,
  FiscalPayload,
  OriginalRef,
  ReceiptPayload,
  RegistrationPayload,
  ReturnPayload,
  RuHead,
  SalePayload,
  ShiftOpenPayload,
  UnsentCounters,
  ZReportPayload,
} from "./payload";
export { isReceipt, settlementOf } from "./payload";
export { registrationReport } from "./registration-report";
export { canonicalJson, type JsonValue } from "./canonical";
export { base64urlToBytes, bytesToBase64url, bytesToHex } from "./bytes";
export { ZERO_HASH } from "./checks";
export { FiscalError, FiscalInputError, type FiscalErrorCode } from "./errors";
export { copyOf } from "./copy";
export { countNonReceipt } from "./non-receipt";
export { fiscalize, type FiscalResult } from "./device";
export { armFault, clearFaults, type FaultSpec } from "./faults";
export { journalLine, parseJournal, type ParsedJournal } from "./journal";
export { signJws, verifyJws, type JwsVerdict } from "./jws";
export { deriveDeviceKey, ed25519Signer, importPublicJwk, type DeviceKey } from "./keys";
export { formatMinor, numberText } from "./numbering";
export { transmit } from "./operator";
export { readPayload } from "./payload-read";
export { PROFILES, SHIFT_MAX_MS, vatRefusal, type DeviceProfile, type OfflineLimit, type VatRule } from "./profile";
export { controlCode, fiscalSign, MAX_QR_LENGTH, parseFiscalQr, type ScannedQr } from "./qr";
export { closeShift, xReport, type XReport, type ZReport } from "./reports";
export { NO_EFFECTS } from "./fault-steps";
export { deviceSerial, SERIAL_SEED_BYTES } from "./serial";
export { openShift, openShiftReport } from "./shift";
export { demoRegistration, normalizeNip } from "./registration";
export { localIso, utcOffsetMinutes } from "./zone";
export { initialDeviceState, restoreState } from "./state";
export { deviceStatus, type DeviceStatus } from "./status";
export { verifyJournal, type JournalVerdict } from "./verify-journal";
export { verifyChain, verifyDocument, type ChainStart, type ChainVerdict, type Verdict } from "./verify";
