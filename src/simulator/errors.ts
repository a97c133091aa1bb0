/** Refusals a device answers with: a code for the host to map, and a message telling the till what to do. */
import type { FullDeviceState } from "./types";

export type FiscalErrorCode =
  | "invalid_request"
  | "shift_open"
  | "no_open_shift"
  | "shift_expired"
  | "offline_limit"
  | "paper_out"
  | "clock_skew"
  | "return_exceeds_sale"
  | "power_loss";

export class FiscalError extends Error {
  override readonly name: string = "FiscalError";
  /**
   * The state to persist despite the refusal, when it changed (an armed fault used one of its
   * `count`); null when nothing changed.
   */
  readonly state: FullDeviceState | null;

  constructor(
    readonly code: FiscalErrorCode,
    message: string,
    state: FullDeviceState | null = null,
  ) {
    super(message);
    this.state = state;
  }
}

/** Input a device would reject; nothing changes. */
export class FiscalInputError extends FiscalError {
  override readonly name: string = "FiscalInputError";

  constructor(message: string) {
    super("invalid_request", message);
  }
}
