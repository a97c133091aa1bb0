/**
 * QR codes through qrcode-svg's model. qrcode-svg encodes byte mode only and mangles some
 * non-ASCII input, so only printable ASCII payloads (URLs, fiscal QR strings) are accepted.
 */
import QRCode from "qrcode-svg";

function assertAscii(text: string): void {
  if (!/^[\x20-\x7e]+$/.test(text)) {
    throw new Error("QR payload must be non-empty printable ASCII (percent-encode anything else)");
  }
}

/** Dark modules as rows (`matrix[y][x]`), without quiet zone, error correction level M. */
export function qrMatrix(text: string): boolean[][] {
  assertAscii(text);
  // The model is row-major in the standard orientation (dark module at row n-8, column 8).
  return new QRCode({ content: text, ecl: "M", padding: 0, join: true }).qrcode.modules.map((row) => row.map((dark) => dark === true));
}

/** The customer-display QR: a viewBox SVG (scales to its box) with a 4-module quiet zone. */
export function customerDisplayQrSvg(url: string): string {
  assertAscii(url);
  return new QRCode({
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
