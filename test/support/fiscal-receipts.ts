/**
 * Receipts as the service issues them: the fixtures' lines and payments, fiscalized by the real
 * simulator, and the ReceiptDocument built from the fiscal document the way the API does.
 */
import type { ReceiptDocument } from "../../src/core/document";
import { formatQuantity } from "../../src/core/money";
import type { CountryCode } from "../../src/core/profiles";
import {
  deriveDeviceKey,
  ed25519Signer,
  fiscalize,
  initialDeviceState,
  type FiscalDocument,
  type FiscalRequest,
  type FullDeviceState,
  type SaleRequest,
} from "../../src/simulator";

const SERIALS: Record<CountryCode, string> = { PL: "ABC12345678", SE: "CU-0123456789", NO: "NO-0123456789", RU: "7281440500123456" };

export interface Issued {
  doc: ReceiptDocument;
  document: FiscalDocument;
  state: FullDeviceState;
}

/**
 * Fiscalizes `base` (a fixture) on a fresh test device of its country and returns it as issued;
 * `as` turns the sale into another request (a correction receipt).
 */
export async function issue(base: ReceiptDocument, extra: Partial<SaleRequest> = {}, as: (sale: SaleRequest) => FiscalRequest = (sale) => sale): Promise<Issued> {
  const country = base.profile.country;
  const key = await deriveDeviceKey("audit-secret", `dev-${country}`);
  const device = initialDeviceState(`dev-${country}`, country, SERIALS[country], key.kid);
  const { totals } = base;
  const request: SaleRequest = {
    kind: "sale",
    receiptId: base.id,
    issuedAt: base.createdAt,
    currency: base.profile.currency,
    total: totals.total,
    vat: totals.vat.map(({ rate, net, vat, gross }) => ({ rate, net, vat, gross })),
    lines: base.lines
      .filter((l) => !l.voided)
      .map((l) => ({ name: l.name, quantity: formatQuantity(l.quantityMilli), unitPrice: l.unitPrice, amount: l.amount, vatRate: l.vatRate })),
    payments: base.payments.map(({ method, amount }) => ({ method, amount })),
    printed: !base.electronic,
    ...extra,
  };
  const out = await fiscalize(device, as(request), ed25519Signer(key.privateKey));
  const d = out.document;
  const doc: ReceiptDocument = {
    ...base,
    fiscal: {
      deviceId: d.deviceId,
      deviceSerial: d.serial,
      number: d.number,
      numberText: d.numberText,
      issuedAt: d.issuedAt,
      signature: d.signature,
      hash: d.hash,
      prevHash: d.prevHash,
      qrPayload: d.qrPayload,
      printed: d.printed,
      payload: d.payload,
    },
  };
  return { doc, document: d, state: out.state };
}
