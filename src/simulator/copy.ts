/** Copies: a duplicate of a receipt, counted and logged by the device, never numbered or re-signed. */
import { checkInstant } from "./checks";
import { sha256Hex } from "./digest";
import { FiscalError, FiscalInputError } from "./errors";
import { NO_EFFECTS } from "./fault-steps";
import { hitFault } from "./faults";
import { PROFILES } from "./profile";
import { isReceipt } from "./payload";
import { readPayload } from "./payload-read";
import { restoreState } from "./state";
import type { CopyRecord, DeviceState, Effects, FiscalDocument, FullDeviceState } from "./types";

/**
 * `printed`: on paper (paper_out refuses it) or sent electronically. `earlierCopies`: copies of
 * this receipt already made; SE and NO devices refuse a second one.
 */
export async function copyOf(
  stored: DeviceState,
  document: FiscalDocument,
  now: string,
  printed: boolean,
  earlierCopies = 0,
): Promise<{ copy: CopyRecord; state: FullDeviceState; effects: Effects }> {
  const base = restoreState(stored);
  checkInstant(now, "now");
  if (document.deviceId !== base.deviceId || document.number < 1 || document.number > base.lastNumber) {
    throw new FiscalInputError("a copy can only be made of a document this device issued");
  }
  if (document.kind !== "sale" && document.kind !== "return" && document.kind !== "correction") throw new FiscalInputError("copies are made of receipts, not of reports");
  if ((await sha256Hex(document.payload)) !== document.hash) throw new FiscalInputError("the document's payload does not match its hash");
  const max = PROFILES[base.country].maxCopies;
  if (max !== null && earlierCopies >= max) {
    throw new FiscalInputError(`at most ${max} copy of a receipt may be made here; receipt ${document.numberText} already has ${earlierCopies}`);
  }
  const signed = readPayload(document.payload);
  const amount = signed && isReceipt(signed) ? signed.total : 0;
  let s = base;
  if (printed) {
    const paper = hitFault(s, "paper_out");
    if (paper.fault) {
      const message = "The printer is out of paper: no copy was made. Load paper and retry, or send the copy by SMS or e-mail.";
      throw new FiscalError("paper_out", message, paper.state);
    }
  }
  const slow = hitFault(s, "slow");
  s = slow.state;
  const copyNumber = s.counters.copies + 1;
  const copy: CopyRecord = {
    kind: "copy",
    deviceId: s.deviceId,
    serial: s.serial,
    copyNumber,
    of: document.number,
    ofHash: document.hash,
    receiptId: document.receiptId,
    numberText: document.numberText,
    qrPayload: document.qrPayload,
    issuedAt: now,
    printed,
    shift: s.shift?.number ?? null,
    marking: PROFILES[s.country].copyMarking,
  };
  const state: FullDeviceState = {
    ...s,
    counters: { ...s.counters, copies: copyNumber },
    shift: s.shift ? { ...s.shift, totals: { ...s.shift.totals, copies: s.shift.totals.copies + 1, copyTotal: (s.shift.totals.copyTotal ?? 0) + amount } } : null,
  };
  return { copy, state, effects: { ...NO_EFFECTS, delayMs: slow.fault?.ms ?? 0 } };
}
