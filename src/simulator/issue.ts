/** Turns a payload into a numbered document: hash, signature, fiscal QR and (PL receipts) the JWS. */
import { bytesToBase64url, utf8 } from "./bytes";
import { sha256Hex } from "./digest";
import { signJws } from "./jws";
import { numberText } from "./numbering";
import { isReceipt, payloadJson, type FiscalPayload } from "./payload";
import { qrPayload } from "./qr";
import type { FiscalDocument, Signer } from "./types";

/** PL e-receipts are JWS documents; other devices sign the payload alone. */
export function carriesJws(p: FiscalPayload): boolean {
  return p.country === "PL" && isReceipt(p);
}

export async function issueDocument(p: FiscalPayload, sign: Signer): Promise<FiscalDocument> {
  const payload = payloadJson(p);
  const signature = bytesToBase64url(await sign(utf8(payload)));
  const document: FiscalDocument = {
    deviceId: p.device,
    serial: p.serial,
    number: p.number,
    numberText: numberText(p),
    kind: p.kind,
    receiptId: isReceipt(p) ? p.receiptId : "",
    issuedAt: p.issuedAt,
    printed: isReceipt(p) ? p.printed : false,
    payload,
    prevHash: p.prevHash,
    hash: await sha256Hex(payload),
    signature,
    keyId: p.kid,
    qrPayload: await qrPayload(p, payload, signature),
  };
  if (carriesJws(p)) document.jws = await signJws(payload, p.kid, sign);
  return document;
}
