/**
 * Reads ESC/POS bytes back the way a printer would: text lines in the selected code page (with
 * ESC a alignment applied on a fixed grid), the QR payloads stored with GS ( k, and the list of
 * commands seen. Strict: an unknown command or a stray control byte throws, so a test notices.
 *
 * Decoding is independent of the encoder under test: PC866 comes from TextDecoder("ibm866"),
 * WPC1252 from Latin-1 plus the 0x80-0x9F row of Unicode's CP1252.TXT (Node 20's
 * TextDecoder("windows-1252") decodes that row as Latin-1 C1 controls), PC852 from IBM's chart.
 */

export interface PrintedText {
  kind: "text";
  text: string;
  bold: boolean;
  doubleHeight: boolean;
  /** Character height as a multiple of the normal size (GS ! low nibble + 1). */
  heightScale: number;
  doubleWidth: boolean;
  align: "left" | "center" | "right";
}
export type Printed = PrintedText | { kind: "qr"; payload: string; moduleSize: number; ecc: number; model: number };

export interface ParsedEscPos {
  /** What the paper reads, line by line; a QR symbol as `qrLine(payload)`. */
  lines: string[];
  printed: Printed[];
  /** Payloads printed as QR symbols, in order. */
  qrPayloads: string[];
  /** Commands in order, e.g. "init", "codepage:18", "align:1", "bold:1", "size:1", "qr:print", "feed:4", "cut:1". */
  commands: string[];
}

export const qrLine = (payload: string) => `[QR ${payload}]`;

/** IBM code page 852, bytes 0x80-0xFF (reference chart). */
const IBM852 =
  "ÇüéâäůćçłëŐőîŹÄĆÉĹĺôöĽľŚśÖÜŤťŁ×čáíóúĄąŽžĘę¬źČş«»░▒▓│┤ÁÂĚŞ╣║╗╝Żż┐" +
  "└┴┬├─┼Ăă╚╔╩╦╠═╬¤đĐĎËďŇÍÎě┘┌█▄ŢŮ▀ÓßÔŃńňŠšŔÚŕŰýÝţ´\u00AD˝˛ˇ˘§÷¸°¨˙űŘř■\u00A0";

/** Windows-1252 0x80-0x9F (CP1252.TXT); "\uFFFD" where undefined. 0xA0-0xFF equal Latin-1. */
const CP1252_80_9F = "€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ";

function decoderTable(page: number): string[] {
  const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
  const whatwg = (label: string) => Array.from(new TextDecoder(label).decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i)));
  switch (page) {
    case 0:
      return [...ascii, ...Array.from({ length: 128 }, () => "\uFFFD")]; // PC437 default: only ASCII expected
    case 16:
      return [...ascii, ...Array.from(CP1252_80_9F), ...Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i))];
    case 17:
      return [...ascii, ...whatwg("ibm866")];
    case 18:
      return [...ascii, ...Array.from(IBM852)];
    default:
      throw new Error(`escpos: code page ${page} not supported by the test parser`);
  }
}

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

export function parseEscPos(bytes: Uint8Array, options: { columns: number }): ParsedEscPos {
  const result: ParsedEscPos = { lines: [], printed: [], qrPayloads: [], commands: [] };
  let table = decoderTable(0);
  let align: PrintedText["align"] = "left";
  let bold = false;
  let size = 0;
  let buffer = "";
  let hasText = false;
  const qr = { model: 0, moduleSize: 3, ecc: 48, stored: null as string | null };
  let at = 0;

  const need = (count: number) => {
    if (at + count > bytes.length) throw new Error(`escpos: truncated command at ${at}`);
  };
  const next = () => {
    need(1);
    return bytes[at++] ?? 0;
  };
  const flush = () => {
    const width = Array.from(buffer).length;
    const room = Math.max(0, options.columns - width);
    const pad = align === "center" ? Math.floor(room / 2) : align === "right" ? room : 0;
    // A blank line stays blank whatever the alignment.
    const text = buffer ? " ".repeat(pad) + buffer : "";
    result.lines.push(text);
    result.printed.push({ kind: "text", text, bold, doubleHeight: (size & 0x0f) > 0, heightScale: (size & 0x0f) + 1, doubleWidth: (size & 0xf0) > 0, align });
    buffer = "";
    hasText = false;
  };

  while (at < bytes.length) {
    const byte = next();
    if (byte === LF) {
      flush();
    } else if (byte === ESC) {
      const command = next();
      if (command === 0x40) {
        table = decoderTable(0);
        align = "left";
        bold = false;
        size = 0;
        result.commands.push("init");
      } else if (command === 0x74) {
        const page = next();
        table = decoderTable(page);
        result.commands.push(`codepage:${page}`);
      } else if (command === 0x61) {
        const n = next() % 48;
        align = n === 1 ? "center" : n === 2 ? "right" : "left";
        result.commands.push(`align:${n}`);
      } else if (command === 0x45) {
        bold = (next() & 1) === 1;
        result.commands.push(`bold:${bold ? 1 : 0}`);
      } else if (command === 0x64) {
        if (hasText) flush();
        result.commands.push(`feed:${next()}`);
      } else {
        throw new Error(`escpos: unknown ESC 0x${command.toString(16)} at ${at - 2}`);
      }
    } else if (byte === GS) {
      const command = next();
      if (command === 0x21) {
        size = next();
        result.commands.push(`size:${size}`);
      } else if (command === 0x56) {
        const m = next();
        if (m === 65 || m === 66) next();
        if (hasText) throw new Error("escpos: cut in the middle of a line");
        result.commands.push(`cut:${m}`);
      } else if (command === 0x28 && next() === 0x6b) {
        const length = next() | (next() << 8);
        need(length);
        const body = bytes.subarray(at, at + length);
        at += length;
        const [cn, fn, ...params] = body;
        if (cn !== 49) throw new Error(`escpos: GS ( k for symbol cn=${cn} not supported`);
        if (fn === 65) {
          qr.model = params[0] ?? 0;
          result.commands.push(`qr:model:${qr.model}`);
        } else if (fn === 67) {
          qr.moduleSize = params[0] ?? 0;
          result.commands.push(`qr:size:${qr.moduleSize}`);
        } else if (fn === 69) {
          qr.ecc = params[0] ?? 0;
          result.commands.push(`qr:ecc:${qr.ecc}`);
        } else if (fn === 80) {
          qr.stored = new TextDecoder("utf-8", { fatal: true }).decode(body.subarray(3));
          result.commands.push("qr:store");
        } else if (fn === 81) {
          if (qr.stored === null) throw new Error("escpos: QR print with no stored data");
          if (hasText) throw new Error("escpos: QR printed in the middle of a line");
          result.lines.push(qrLine(qr.stored));
          result.printed.push({ kind: "qr", payload: qr.stored, moduleSize: qr.moduleSize, ecc: qr.ecc, model: qr.model });
          result.qrPayloads.push(qr.stored);
          result.commands.push("qr:print");
        } else {
          throw new Error(`escpos: QR function ${fn} not supported`);
        }
      } else {
        throw new Error(`escpos: unknown GS 0x${command.toString(16)} at ${at - 2}`);
      }
    } else if (byte < 0x20 || byte === 0x7f) {
      throw new Error(`escpos: stray control byte 0x${byte.toString(16)} at ${at - 1}`);
    } else {
      buffer += table[byte] ?? "\uFFFD";
      hasText = true;
    }
  }
  if (hasText) flush();
  return result;
}
