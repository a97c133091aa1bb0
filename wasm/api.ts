/**
 * The simulator as JSON-in, JSON-out functions: the WebAssembly component's exports (see
 * simulator.wit), and, run directly under a host's WebCrypto, the reference its bytes are
 * tested against. Keys, clock and serial randomness all come in the input.
 */
import {
  armFault,
  clearFaults,
  closeShift,
  copyOf,
  countNonReceipt,
  deriveDeviceKey,
  deviceSerial,
  ed25519Signer,
  FiscalError,
  FiscalInputError,
  fiscalize as issueReceipt,
  importPublicJwk,
  initialDeviceState,
  SERIAL_SEED_BYTES,
  verifyChain,
  xReport,
  type DeviceKey,
  type DeviceState,
  type FaultKind,
  type FaultSpec,
  type FiscalCountry,
  type FiscalDocument,
  type FiscalRequest,
} from "../src/simulator";

type Input = Record<string, unknown>;
type Answer = Record<string, unknown>;

const COUNTRIES: readonly string[] = ["PL", "SE", "NO", "RU"];
const HEX = /^(?:[0-9a-f]{2})+$/;

function refuse(message: string): never {
  throw new FiscalInputError(message);
}

function text(input: Input, field: string): string {
  const value = input[field];
  return typeof value === "string" && value !== "" ? value : refuse(`${field} must be a non-empty string`);
}

function object<T>(input: Input, field: string): T {
  const value = input[field];
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as T) : refuse(`${field} must be an object`);
}

function list<T>(input: Input, field: string): T[] {
  const value = input[field];
  return Array.isArray(value) ? (value as T[]) : refuse(`${field} must be an array`);
}

function optional<T>(input: Input, field: string, read: (input: Input, field: string) => T): T | undefined {
  return input[field] === undefined ? undefined : read(input, field);
}

function integer(input: Input, field: string): number {
  const value = input[field];
  return Number.isSafeInteger(value) ? (value as number) : refuse(`${field} must be an integer`);
}

function hexBytes(value: string, field: string): Uint8Array {
  if (!HEX.test(value)) refuse(`${field} must be lower-case hex`);
  return Uint8Array.from(value.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** The device's key from the caller's secret; refuses a secret that gives another key than the state names. */
async function keyFor(input: Input, state: DeviceState): Promise<DeviceKey> {
  const key = await deriveDeviceKey(text(input, "secret"), state.deviceId);
  return key.kid === state.keyId ? key : refuse(`the secret does not give this device's key ${state.keyId}`);
}

/**
 * Runs one call: the answer with ok: true, or the refusal with its code and the state to keep
 * (when the refusal changed it). Engine errors would read differently per engine, so the input's
 * outer shape is checked here; malformed JSON gets one fixed message.
 */
async function answer(json: string, run: (input: Input) => Promise<Answer>): Promise<string> {
  try {
    let input: unknown;
    try {
      input = JSON.parse(json);
    } catch {
      refuse("the input is not JSON");
    }
    if (typeof input !== "object" || input === null || Array.isArray(input)) refuse("the input must be a JSON object");
    return JSON.stringify({ ok: true, ...(await run(input as Input)) });
  } catch (error) {
    const refusal = error instanceof FiscalError ? error : null;
    const message = error instanceof Error ? error.message : String(error);
    return JSON.stringify({ ok: false, error: { code: refusal?.code ?? "invalid_request", message, state: refusal?.state ?? null } });
  }
}

/** A fresh device: its state and the public key (JWK) a verifier needs. */
export function newDevice(json: string): Promise<string> {
  return answer(json, async (input) => {
    const deviceId = text(input, "deviceId");
    const country = text(input, "country");
    if (!COUNTRIES.includes(country)) refuse(`country must be one of ${COUNTRIES.join(", ")}`);
    const seed = hexBytes(text(input, "serialSeed"), "serialSeed");
    if (seed.length < SERIAL_SEED_BYTES) refuse(`serialSeed must hold at least ${SERIAL_SEED_BYTES} bytes`);
    const key = await deriveDeviceKey(text(input, "secret"), deviceId);
    const state = initialDeviceState(deviceId, country as FiscalCountry, deviceSerial(country as FiscalCountry, seed), key.kid);
    return { state, publicJwk: key.publicJwk };
  });
}

/**
 * Issues a sale or return. `now` is the device clock (default: the request's issuedAt). An RU
 * sale that opened the shift also answers `opened`, the shift-opening report that comes first.
 */
export function fiscalize(json: string): Promise<string> {
  return answer(json, async (input) => {
    const state = object<DeviceState>(input, "state");
    const request = object<FiscalRequest>(input, "request");
    for (const field of ["lines", "vat", "payments"]) list(request, field);
    const key = await keyFor(input, state);
    const result = await issueReceipt(state, request, ed25519Signer(key.privateKey), optional(input, "now", text));
    // RU: a sale that found no shift open is preceded by the shift-opening report the device issued.
    return { document: result.document, ...(result.opened && { opened: result.opened }), state: result.state, effects: result.effects };
  });
}

/** A counted, unsigned copy of a receipt the device issued. */
export function copy(json: string): Promise<string> {
  return answer(json, async (input) => {
    const printed = input.printed;
    if (typeof printed !== "boolean") refuse("printed must be a boolean");
    const result = await copyOf(object<DeviceState>(input, "state"), object<FiscalDocument>(input, "document"), text(input, "now"), printed);
    return { copy: result.copy, state: result.state, effects: result.effects };
  });
}

/** SE, NO: a provisional (pro forma) or training print, counted with its amount for the Z report; not numbered or signed. */
export function nonReceipt(json: string): Promise<string> {
  return answer(json, async (input) => {
    const kind = text(input, "kind");
    if (kind !== "provisional" && kind !== "training") refuse('kind must be "provisional" or "training"');
    const result = await countNonReceipt(object<DeviceState>(input, "state"), kind, text(input, "receiptId"), integer(input, "amount"), text(input, "now"));
    return { record: result.record, state: result.state, effects: result.effects };
  });
}

/** X report (totals, changes nothing) or Z report (closes the shift: a signed document). */
export function report(json: string): Promise<string> {
  return answer(json, async (input) => {
    const state = object<DeviceState>(input, "state");
    const kind = text(input, "kind");
    if (kind === "x") return { report: xReport(state, text(input, "now")) };
    if (kind !== "z") refuse('kind must be "x" or "z"');
    const key = await keyFor(input, state);
    const result = await closeShift(state, text(input, "now"), ed25519Signer(key.privateKey));
    return { document: result.document, report: result.report, state: result.state, effects: result.effects };
  });
}

/** Arms one fault, or clears one kind or all. */
export function fault(json: string): Promise<string> {
  return answer(json, async (input) => {
    const state = object<DeviceState>(input, "state");
    if (input.arm !== undefined) return { state: armFault(state, object<FaultSpec>(input, "arm")) };
    const clear = text(input, "clear");
    return { state: clear === "all" ? clearFaults(state) : clearFaults(state, clear as FaultKind) };
  });
}

/** Checks one device's documents: numbering, chaining and every signature, against its public key. */
export function verify(json: string): Promise<string> {
  return answer(json, async (input) => {
    const documents = list<FiscalDocument>(input, "documents");
    const jwk = object<JsonWebKey & { kid?: string }>(input, "publicJwk");
    const publicKey = await importPublicJwk(jwk);
    const keyOf = async (kid: string): Promise<CryptoKey> => (kid === jwk.kid ? publicKey : refuse(`unknown key ${kid}`));
    const verdict = await verifyChain(documents, keyOf, { start: optional(input, "start", integer), prevHash: optional(input, "prevHash", text) });
    return { verdict };
  });
}
