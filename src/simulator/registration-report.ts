/** RU: the registration report (отчёт о регистрации), the fiscal drive's first document. */
import { checkInstant } from "./checks";
import { FiscalInputError } from "./errors";
import { afterIssue, powerLoss } from "./fault-steps";
import { issueDocument } from "./issue";
import type { RegistrationPayload } from "./payload";
import { documentTitle } from "./profile";
import { ruHead } from "./registration";
import { restoreState } from "./state";
import type { DeviceState, Effects, FiscalDocument, FullDeviceState, Signer } from "./types";
import { localIso } from "./zone";

/** Issues document 1 of an RU device: what it is registered with, signed and chained like every document. */
export async function registrationReport(
  stored: DeviceState,
  now: string,
  sign: Signer,
): Promise<{ document: FiscalDocument; state: FullDeviceState; effects: Effects }> {
  const base = restoreState(stored);
  const nowMs = checkInstant(now, "now");
  if (base.country !== "RU") throw new FiscalInputError("the registration report is an RU fiscal document");
  if (base.lastNumber !== 0) throw new FiscalInputError("the registration report is the device's first document; this device has issued documents already");
  const power = powerLoss(base);
  const s = power.state;
  const payload: RegistrationPayload = {
    v: 2,
    country: s.country,
    device: s.deviceId,
    serial: s.serial,
    kid: s.keyId,
    number: 1,
    kind: "registration",
    title: documentTitle(s.country, "registration", false),
    issuedAt: localIso(s.country, nowMs),
    shift: 0,
    prevHash: s.lastHash,
    register: s.registration.registerNumber,
    ru: ruHead(s.registration),
    validUntil: s.registration.validUntil,
  };
  const document = await issueDocument(payload, sign);
  return { document, ...(await afterIssue({ ...s, lastNumber: 1, lastHash: document.hash }, now, power.struck, null)) };
}
