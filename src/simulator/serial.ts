/** Realistic-looking device serials made from injected random bytes (the simulator owns no randomness). */
import type { FiscalCountry } from "./types";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const HEX_UPPER = "0123456789ABCDEF";
export const SERIAL_SEED_BYTES = 16;

function pick(alphabet: string, byte: number): string {
  // Modulo bias is fine: these are simulated serials, not secrets.
  return alphabet.charAt(byte % alphabet.length);
}

/**
 * PL: unique device number, 3 letters + 8 digits ("ABC12345678").
 * SE: control unit serial, "CU-" + 10 upper-case hex characters.
 * RU: fiscal drive (FN) number, 16 digits starting with "7" ("7281440500123456").
 * Needs at least 16 seed bytes; the same bytes always give the same serial.
 */
export function deviceSerial(country: FiscalCountry, seedBytes: Uint8Array): string {
  if (seedBytes.length < SERIAL_SEED_BYTES) {
    throw new RangeError(`deviceSerial needs ${SERIAL_SEED_BYTES} seed bytes, got ${seedBytes.length}`);
  }
  const byte = (i: number): number => seedBytes[i] ?? 0;
  let out = "";
  switch (country) {
    case "PL":
      for (let i = 0; i < 3; i++) out += pick(LETTERS, byte(i));
      for (let i = 3; i < 11; i++) out += pick("0123456789", byte(i));
      return out;
    case "SE":
      out = "CU-";
      for (let i = 0; i < 10; i++) out += pick(HEX_UPPER, byte(i));
      return out;
    case "NO":
      // A Norwegian cash register's serial as its producer prints it.
      out = "NO-";
      for (let i = 0; i < 10; i++) out += pick("0123456789", byte(i));
      return out;
    case "RU":
      out = "7";
      for (let i = 0; i < 15; i++) out += pick("0123456789", byte(i));
      return out;
  }
}
