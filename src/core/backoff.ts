/**
 * When to try a failed delivery again: exponential backoff with "equal jitter" (half fixed, half
 * random), so retries spread out instead of hammering a provider in lockstep.
 */
export const MAX_DELIVERY_ATTEMPTS = 6;
export const DEFAULT_RETRY_BASE_MS = 5_000;
const CAP_MS = 30 * 60_000;

/** Delay before attempt `attempt + 1`, given `attempt` failures so far (1-based) and a random 0..1. */
export function retryDelayMs(attempt: number, random01: number, baseMs = DEFAULT_RETRY_BASE_MS): number {
  const ceiling = Math.min(CAP_MS, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random01);
}
