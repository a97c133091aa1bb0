/** The fiscal QR printed on the receipt: ASCII only (qrcode-svg is byte mode), kept short. */
import { utf8 } from "./bytes";
import { sha256 } from "./digest";
import { formatMinor } from "./numbering";
import { isReceipt, settlementOf, type FiscalPayload } from "./payload";
import { compactMinute, compactOffset, compactSecond, parseIssuedAt } from "./time";
import type { FiscalCountry, ReceiptKind } from "./types";

export const MAX_QR_LENGTH = 119;
const SIGNATURE_PREFIX = 16;

/**
 * Simulation of the Russian FN's fiscal sign (ФП): the real one is a MAC computed inside the
 * fiscal drive. Here it is keyed through the device's Ed25519 signature: the first 4 bytes of
 * SHA-256(payload + signature) read as an unsigned big-endian integer, so it has at most 10
 * decimal digits like the real one, and anyone holding the document can recompute it.
 */
export async function fiscalSign(payload: string, signature: string): Promise<string> {
  const d = await sha256(utf8(payload + signature));
  const n = (d[0] ?? 0) * 0x1000000 + (((d[1] ?? 0) << 16) | ((d[2] ?? 0) << 8) | (d[3] ?? 0));
  return String(n);
}

/**
 * SE: the control unit's control code (kontrollkod) for a receipt: 16 upper-case hex characters,
 * keyed through the device's signature like the RU fiscal sign, so it can be recomputed from the document.
 */
export async function controlCode(payload: string, signature: string): Promise<string> {
  const d = await sha256(utf8(`${payload}\n${signature}`));
  return Array.from(d.slice(0, 8), (b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();
}

/**
 * RU: the standard check-receipt QR `t=..&s=..&fn=..&i=..&fp=..&n=..` (n=1 sale "приход", n=2 return "возврат прихода").
 * PL/NO: `EREC1*country*serial*document-number*YYYYMMDDTHHMMSS±HHMM*total-in-minor-units*signature-prefix`
 * (the printed local time with its offset);
 * SE: the same with the control code in place of the signature prefix.
 * Reports (Z, shift opening, registration) carry no QR ("").
 */
export async function qrPayload(p: FiscalPayload, payload: string, signature: string): Promise<string> {
  if (!isReceipt(p)) return "";
  const t = parseIssuedAt(p.issuedAt);
  if (!t) throw new RangeError(`issuedAt is not ISO 8601: ${p.issuedAt}`);
  const text =
    p.country === "RU"
      ? `t=${compactMinute(t)}&s=${formatMinor(p.total)}&fn=${p.serial}&i=${p.number}&fp=${await fiscalSign(payload, signature)}&n=${settlementOf(p) === "sale" ? 1 : 2}`
      : ["EREC1", p.country, p.serial, String(p.number), `${compactSecond(t)}${compactOffset(p.issuedAt)}`, String(p.total), p.country === "SE" ? await controlCode(payload, signature) : signature.slice(0, SIGNATURE_PREFIX)].join("*");
  if (text.length > MAX_QR_LENGTH || !/^[\x20-\x7e]*$/.test(text)) throw new RangeError(`fiscal QR too long or not ASCII: ${text}`);
  return text;
}

/** What a scanned fiscal QR names, enough to look the document up (GET /verify?qr=). */
export interface ScannedQr {
  country: FiscalCountry;
  serial: string;
  /** The device document number (RU: ФД). */
  number: number;
  /** RU: the fiscal sign; SE: the control code; PL/NO: the signature prefix. */
  check: string;
  /** Minor units. */
  total: number;
  /** RU: YYYYMMDDTHHMM (Moscow time); PL/SE/NO: YYYYMMDDTHHMMSS±HHMM (without the offset on documents issued before it was added). */
  time: string;
  /** RU only (from n=): PL/SE QRs do not say. */
  kind: ReceiptKind | null;
}

const RU_QR = /^t=(\d{8}T\d{4})&s=(\d{1,13})\.(\d{2})&fn=([A-Za-z0-9-]{1,32})&i=(\d{1,10})&fp=(\d{1,10})&n=([12])$/;
const EREC_QR = /^EREC1\*(PL|SE|NO)\*([A-Za-z0-9-]{1,32})\*(\d{1,15})\*(\d{8}T\d{6}(?:[+-]\d{4})?)\*(\d{1,15})\*([A-Za-z0-9_-]{16})$/;

export function parseFiscalQr(text: string): ScannedQr | null {
  const ru = RU_QR.exec(text);
  if (ru) {
    const [, time = "", units = "", cents = "", serial = "", num = "", fp = "", n = ""] = ru;
    const kind = n === "1" ? "sale" : "return";
    return { country: "RU", serial, number: Number(num), check: fp, total: Number(units) * 100 + Number(cents), time, kind };
  }
  const e = EREC_QR.exec(text);
  if (e) {
    const [, country = "", serial = "", num = "", time = "", total = "", sig = ""] = e;
    return { country: country as "PL" | "SE" | "NO", serial, number: Number(num), check: sig, total: Number(total), time, kind: null };
  }
  return null;
}
