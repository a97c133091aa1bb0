/**
 * QR codes through qrcode-svg's model. qrcode-svg encodes byte mode only and mangles some
 * non-ASCII input, so only printable ASCII payloads (URLs, fiscal QR strings) are accepted.
 */
import QRCode from "qrcode-svg";
import { useFastMaskScoring } from "./qr-mask";

function qrCode(options: QRCode.Options): QRCode {
  if (!/^[\x20-\x7e]+$/.test(options.content)) {
    throw new Error("QR payload must be non-empty printable ASCII (percent-encode anything else)");
  }
  useFastMaskScoring();
  return new QRCode(options);
}

/** Dark modules as rows (`matrix[y][x]`), without quiet zone, error correction level M. */
export function qrMatrix(text: string): boolean[][] {
  // The model is row-major in the standard orientation (dark module at row n-8, column 8).
  return qrCode({ content: text, ecl: "M", padding: 0, join: true }).qrcode.modules.map((row) => row.map((dark) => dark === true));
}

/** The customer-display QR: a viewBox SVG (scales to its box) with a 4-module quiet zone. */
export function customerDisplayQrSvg(url: string): string {
  return qrCode({
    content: url,
    ecl: "M",
    padding: 4,
    join: true,
    // qrcode-svg draws modules[x][y], a mirror image; swap draws the standard orientation.
    swap: true,
    container: "svg-viewbox",
    xmlDeclaration: false,
    pretty: false,
  }).svg({ container: "svg-viewbox" });
}
