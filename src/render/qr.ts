/**
 * QR codes through qrcode-svg's model. qrcode-svg encodes byte mode only and mangles some
 * non-ASCII input, so only ASCII payloads (URLs, fiscal QR strings) are accepted.
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
  const modules = new QRCode({ content: text, ecl: "M", padding: 0, join: true }).qrcode.modules;
  // qrcode-svg draws modules[x][y] at column x, row y; transpose so callers read rows.
  const size = modules.length;
  const rows: boolean[][] = [];
  for (let y = 0; y < size; y++) {
    const row: boolean[] = new Array<boolean>(size);
    for (let x = 0; x < size; x++) row[x] = modules[x]?.[y] === true;
    rows.push(row);
  }
  return rows;
}

/** The customer-display QR: a viewBox SVG (scales to its box) with a 4-module quiet zone. */
export function customerDisplayQrSvg(url: string): string {
  assertAscii(url);
  return new QRCode({
    content: url,
    ecl: "M",
    padding: 4,
    join: true,
    container: "svg-viewbox",
    xmlDeclaration: false,
    pretty: false,
  }).svg({ container: "svg-viewbox" });
}
