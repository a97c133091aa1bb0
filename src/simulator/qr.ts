/** The fiscal QR printed on the receipt: ASCII only (qrcode-svg is byte mode), kept short. */
import { utf8 } from "./bytes";
import { sha256 } from "./digest";
import { formatMinor } from "./numbering";
import { compactMinute, compactSecond, parseIssuedAt } from "./time";
import type { FiscalCountry } from "./types";

export const MAX_QR_LENGTH = 119;
const SIGNATURE_PREFIX = 16;

export interface QrFields {
  country: FiscalCountry;
  serial: string;
  number: number;
  numberText: string;
  issuedAt: string;
  total: number;
  payload: string;
  signature: string;
}

/**
 * Simulation of the Russian FN's fiscal sign (ФП): the real one is a MAC computed inside the
 * fiscal drive; here it is the first 4 bytes of SHA-256(payload + signature) read as an
 * unsigned big-endian integer, so it has at most 10 decimal digits like the real one.
 */
export async function fiscalSign(payload: string, signature: string): Promise<string> {
  const d = await sha256(utf8(payload + signature));
  const n = (d[0] ?? 0) * 0x1000000 + (((d[1] ?? 0) << 16) | ((d[2] ?? 0) << 8) | (d[3] ?? 0));
  return String(n);
}

/**
 * RU: the standard check-receipt QR `t=..&s=..&fn=..&i=..&fp=..&n=1` (n=1: sale, "приход").
 * PL/SE: `EREC1*country*serial*number*YYYYMMDDTHHMMSS*total-in-minor-units*signature-prefix`.
 */
export async function qrPayload(f: QrFields): Promise<string> {
  const t = parseIssuedAt(f.issuedAt);
  if (!t) throw new RangeError(`issuedAt is not ISO 8601: ${f.issuedAt}`);
  const text =
    f.country === "RU"
      ? `t=${compactMinute(t)}&s=${formatMinor(f.total)}&fn=${f.serial}&i=${f.number}&fp=${await fiscalSign(f.payload, f.signature)}&n=1`
      : ["EREC1", f.country, f.serial, f.numberText, compactSecond(t), String(f.total), f.signature.slice(0, SIGNATURE_PREFIX)].join("*");
  if (text.length > MAX_QR_LENGTH || !/^[\x20-\x7e]*$/.test(text)) throw new RangeError(`fiscal QR too long or not ASCII: ${text}`);
  return text;
}

/** What a scanned fiscal QR names, enough to look the document up (GET /verify?qr=). */
export interface ScannedQr {
  country: FiscalCountry;
  serial: string;
  number: number;
  /** RU: the fiscal sign; PL/SE: the signature prefix. */
  check: string;
  /** Minor units. */
  total: number;
  /** RU: YYYYMMDDTHHMM; PL/SE: YYYYMMDDTHHMMSS. */
  time: string;
}

const RU_QR = /^t=(\d{8}T\d{4})&s=(\d{1,13})\.(\d{2})&fn=([A-Za-z0-9-]{1,32})&i=(\d{1,10})&fp=(\d{1,10})&n=1$/;
const EREC_QR = /^EREC1\*(PL|SE)\*([A-Za-z0-9-]{1,32})\*(\d{1,15})\*(\d{8}T\d{6})\*(\d{1,15})\*([A-Za-z0-9_-]{16})$/;

export function parseFiscalQr(text: string): ScannedQr | null {
  const ru = RU_QR.exec(text);
  if (ru) {
    const [, time = "", units = "", cents = "", serial = "", num = "", fp = ""] = ru;
    return { country: "RU", serial, number: Number(num), check: fp, total: Number(units) * 100 + Number(cents), time };
  }
  const e = EREC_QR.exec(text);
  if (e) {
    const [, country = "", serial = "", num = "", time = "", total = "", sig = ""] = e;
    return { country: country === "PL" ? "PL" : "SE", serial, number: Number(num), check: sig, total: Number(total), time };
  }
  return null;
}
