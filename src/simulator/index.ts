/** Public API of the fiscal-device simulator (pure TS + WebCrypto; no host APIs, no dependencies). */
export type { DeviceState, DocumentKind, FiscalCountry, FiscalDocument, FiscalLine, FiscalPayload, FiscalRequest, Signer } from "./types";
export { canonicalJson, type JsonValue } from "./canonical";
export { base64urlToBytes, bytesToBase64url, bytesToHex } from "./bytes";
export { FiscalInputError, ZERO_HASH } from "./checks";
export { deviceSerial, fiscalize, initialDeviceState } from "./device";
export { deriveDeviceKey, ed25519Signer, importPublicJwk, type DeviceKey } from "./keys";
export { formatMinor, numberText } from "./numbering";
export { readPayload } from "./payload";
export { fiscalSign, MAX_QR_LENGTH, parseFiscalQr, type ScannedQr } from "./qr";
export { SERIAL_SEED_BYTES } from "./serial";
export { verifyChain, verifyDocument, type ChainStart, type ChainVerdict, type Verdict } from "./verify";
