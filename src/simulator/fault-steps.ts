/** How armed faults shape one numbered document: power loss before it exists; transmission, lost reply and latency after. */
import { FiscalError } from "./errors";
import { hitFault } from "./faults";
import { contactOperator, queueUnsent } from "./operator";
import { mix32 } from "./random";
import type { Effects, FullDeviceState } from "./types";

export const NO_EFFECTS: Effects = { delayMs: 0, replyLost: false, powerLoss: null, acks: [], shiftOpened: null };

/**
 * power_loss: the seed decides, hit by hit, whether the power went after the document was
 * complete (returns true: persist it) or before (throws: nothing but the fault's count changed).
 */
export function powerLoss(state: FullDeviceState): { state: FullDeviceState; struck: boolean } {
  const hit = hitFault(state, "power_loss");
  if (!hit.fault) return { state, struck: false };
  if (mix32(hit.fault.seed, hit.fault.hits) % 2 === 1) return { state: hit.state, struck: true };
  throw new FiscalError(
    "power_loss",
    "The device lost power before the document was complete: nothing was fiscalized and no number was used. Retry the same request.",
    hit.state,
  );
}

/** After the document exists: send it (unless the power went), then a lost reply and latency. */
export async function afterIssue(
  state: FullDeviceState,
  now: string,
  powerStruck: boolean,
  shiftOpened: number | null,
): Promise<{ state: FullDeviceState; effects: Effects }> {
  // A device that lost power sent nothing and answered nothing: the document waits in its queue.
  if (powerStruck) return { state: queueUnsent(state, now), effects: { ...NO_EFFECTS, powerLoss: "completed", shiftOpened } };
  const sent = await contactOperator(state, now);
  const lost = hitFault(sent.state, "reply_lost");
  const slow = hitFault(lost.state, "slow");
  return {
    state: slow.state,
    effects: { delayMs: slow.fault?.ms ?? 0, replyLost: lost.fault !== null, powerLoss: null, acks: sent.acks, shiftOpened },
  };
}
