/**
 * Which answers are kept for an Idempotency-Key and replayed to a retry: successes and refusals of
 * the request itself. Not kept: refusals that depend on the state of the receipt or device now
 * (409: the till fixes the cause and retries with the same key), rate limits, server errors.
 */
export const keptAnswer = (status: number): boolean => status < 500 && status !== 409 && status !== 429;
