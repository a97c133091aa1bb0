/** Test devices for the simulator's own tests: fixed serials and clock, keys per country, refusals. */
import { beforeAll, expect } from "vitest";
import { deriveDeviceKey, ed25519Signer, FiscalError, initialDeviceState, type DeviceKey, type FiscalCountry, type FullDeviceState, type Signer } from "../../src/simulator";

export const SERIALS: Record<FiscalCountry, string> = { PL: "ABC12345678", SE: "CU-0123456789", NO: "NO-0123456789", RU: "7281440500123456" };
export const T0 = Date.parse("2026-03-14T08:00:00Z");
export const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

/** Keys derived once per test file (in beforeAll) from `secret`; devices are named `dev-<country>`. */
export function testDevices(secret: string) {
  const keys = new Map<FiscalCountry, DeviceKey>();
  beforeAll(async () => {
    for (const c of ["PL", "SE", "NO", "RU"] as const) keys.set(c, await deriveDeviceKey(secret, `dev-${c}`));
  });
  const key = (c: FiscalCountry) => keys.get(c) as DeviceKey;
  return {
    key,
    signer: (c: FiscalCountry): Signer => ed25519Signer(key(c).privateKey),
    fresh: (c: FiscalCountry): FullDeviceState => initialDeviceState(`dev-${c}`, c, SERIALS[c], key(c).kid),
    keyFor: (c: FiscalCountry) => async (): Promise<CryptoKey> => key(c).publicKey,
  };
}

/** Awaits `p` and expects the device to refuse it with `code`; returns the refusal. */
export async function expectRefusal(p: Promise<unknown>, code: string): Promise<FiscalError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FiscalError);
  expect((error as FiscalError).code).toBe(code);
  return error as FiscalError;
}
