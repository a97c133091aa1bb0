/** The component's entry: the JSON functions of api.ts, over WebCrypto completed for the component's engine. */
import { installWebCryptoPolyfill } from "./webcrypto-polyfill";

installWebCryptoPolyfill();

export { copy, fault, fiscalize, newDevice, nonReceipt, report, verify } from "./api";
