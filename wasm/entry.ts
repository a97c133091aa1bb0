/** The component's entry: the JSON functions of api.ts, over WebCrypto completed for the component's engine. */
import { Point } from "@noble/ed25519";
import { installWebCryptoPolyfill } from "./webcrypto-polyfill";

installWebCryptoPolyfill();
// Top-level code runs once at build time and every instance starts from that snapshot: noble's
// base-point table computed here spares each instance's first signature that work (~0.3-1 s).
Point.BASE.multiply(1n);

export { copy, fault, fiscalize, newDevice, report, verify } from "./api";
