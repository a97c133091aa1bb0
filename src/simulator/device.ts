/** The simulated fiscal device: one pure step from (state, request) to (document, next state). */
import { bytesToBase64url, utf8 } from "./bytes";
import { checkRequest, checkState, ZERO_HASH } from "./checks";
import { sha256Hex } from "./digest";
import { numberText } from "./numbering";
import { buildPayload, payloadJson } from "./payload";
import { qrPayload } from "./qr";
import type { DeviceState, FiscalCountry, FiscalDocument, FiscalRequest, Signer } from "./types";

export { deviceSerial } from "./serial";

export function initialDeviceState(deviceId: string, country: FiscalCountry, serial: string, keyId: string): DeviceState {
  return { deviceId, country, serial, lastNumber: 0, lastHash: ZERO_HASH, keyId };
}

/**
 * Issues the next document. Nothing is mutated: the host persists the returned state together
 * with the document (in one transaction) so a number is never reused or skipped.
 * Throws FiscalInputError for bad input, before anything is signed.
 */
export async function fiscalize(
  state: DeviceState,
  request: FiscalRequest,
  sign: Signer,
): Promise<{ document: FiscalDocument; state: DeviceState }> {
  checkState(state);
  checkRequest(request);
  const number = state.lastNumber + 1;
  const payload = payloadJson(buildPayload(state, request, number));
  const bytes = utf8(payload);
  const hash = await sha256Hex(payload);
  const signature = bytesToBase64url(await sign(bytes));
  const text = numberText(state.country, number);
  const qr = await qrPayload({
    country: state.country,
    serial: state.serial,
    number,
    numberText: text,
    issuedAt: request.issuedAt,
    total: request.total,
    payload,
    signature,
  });
  const document: FiscalDocument = {
    deviceId: state.deviceId,
    serial: state.serial,
    number,
    numberText: text,
    kind: request.kind,
    receiptId: request.receiptId,
    issuedAt: request.issuedAt,
    printed: request.printed,
    payload,
    prevHash: state.lastHash,
    hash,
    signature,
    keyId: state.keyId,
    qrPayload: qr,
  };
  return { document, state: { ...state, lastNumber: number, lastHash: hash } };
}
