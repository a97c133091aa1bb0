/** SHA-256 through WebCrypto, the one host API the simulator uses. */
import { bytesToHex, utf8 } from "./bytes";

export async function sha256(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  // Copy: WebCrypto typings want an ArrayBuffer-backed view, and callers may pass a shared one.
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array(bytes)));
}

export async function sha256Hex(text: string): Promise<string> {
  return bytesToHex(await sha256(utf8(text)));
}
