/**
 * The receipt e-mail as an RFC 5322 MIME message, built with mimetext: multipart/mixed holding
 * multipart/alternative (text + HTML) and the PDF, all base64. mimetext's runtime-neutral class
 * gets our own environment (UTF-8 via TextEncoder, btoa, CRLF), so nothing needs Node APIs.
 */
import { Mailbox, MIMEMessage, type EnvironmentContext } from "mimetext/browser";

export interface EmailInput {
  from: { name: string; addr: string };
  to: string;
  content: { subject: string; text: string; html: string };
  attachment?: { filename: string; bytes: Uint8Array; contentType: string };
  /** With or without angle brackets: "<id@host>" or "id@host". */
  messageId: string;
  date: Date;
}

const EOL = "\r\n";

function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

const ENV: EnvironmentContext = {
  toBase64: (text) => bytesToBase64(utf8(text)),
  toBase64WebSafe: (text) => bytesToBase64(utf8(text)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
  eol: EOL,
  validateContentType: (type) => (type.length > 0 ? type : false),
};

/** Body lines of at most 76 characters (RFC 2045 6.8). */
function base64Body(bytes: Uint8Array): string {
  return (bytesToBase64(bytes).match(/.{1,76}/g) ?? []).join(EOL);
}

/** Encoded-word payload per line: 42 UTF-8 bytes = 56 base64 chars, so "Subject: " + word stays within 78. */
const WORD_BYTES = 42;

/**
 * RFC 2047 B encoded-words, each at most 75 characters and never splitting a character
 * (mimetext writes one unbounded word), folded onto continuation lines.
 */
export function encodeHeaderText(text: string): string {
  const words: number[][] = [];
  let chunk: number[] = [];
  for (const char of text) {
    const bytes = utf8(char);
    if (chunk.length + bytes.length > WORD_BYTES) {
      words.push(chunk.splice(0));
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0 || words.length === 0) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${bytesToBase64(Uint8Array.from(word))}?=`).join(`${EOL} `);
}

const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

function address(addr: string, what: string): string {
  if (!ADDRESS.test(addr)) throw new Error(`buildEmail: invalid ${what} address ${JSON.stringify(addr)}`);
  return addr;
}

/** "Name <addr>" with the address on its own continuation line when the name's last line is full. */
function mailbox(box: Mailbox): string {
  if (!box.name) return `<${box.addr}>`;
  const name = encodeHeaderText(box.name);
  const lastLine = name.slice(name.lastIndexOf(EOL) + 1);
  const fits = "From: ".length + lastLine.length + ` <${box.addr}>`.length <= 78;
  return `${name}${fits ? " " : `${EOL} `}<${box.addr}>`;
}

function mailboxHeader(value: unknown): string {
  const boxes = Array.isArray(value) ? value : [value];
  return boxes
    .filter((box): box is Mailbox => box instanceof Mailbox)
    .map(mailbox)
    .join(`,${EOL} `);
}

/** "Sun, 22 Nov 2026 13:03:00 +0000" (RFC 5322 3.3). */
function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, "+0000");
}

export function buildEmail(input: EmailInput): string {
  const messageId = input.messageId.startsWith("<") ? input.messageId : `<${input.messageId}>`;
  if (!/^<[^\s<>@]+@[^\s<>@]+>$/.test(messageId)) throw new Error(`buildEmail: invalid Message-ID ${JSON.stringify(input.messageId)}`);

  const message = new MIMEMessage(ENV);
  // Our own header encoders: folded encoded-words instead of mimetext's single long one.
  for (const field of message.headers.fields) {
    if (field.name === "Subject") field.dump = (value) => (typeof value === "string" ? encodeHeaderText(value) : "");
    if (field.name === "From" || field.name === "To") field.dump = mailboxHeader;
  }
  message.setSender({ name: input.from.name.replace(/[\r\n]+/g, " ").trim(), addr: address(input.from.addr, "sender") });
  message.setTo(address(input.to, "recipient"));
  message.setSubject(input.content.subject.replace(/[\r\n]+/g, " "));
  message.setHeader("Date", rfc5322Date(input.date));
  message.setHeader("Message-ID", messageId);

  // Text in canonical CRLF form (RFC 2046 4.1.1), base64 so any script survives any relay.
  const crlf = (text: string) => text.replace(/\r?\n/g, EOL);
  message.addMessage({ contentType: "text/plain", charset: "UTF-8", encoding: "base64", data: base64Body(utf8(crlf(input.content.text))) });
  message.addMessage({ contentType: "text/html", charset: "UTF-8", encoding: "base64", data: base64Body(utf8(crlf(input.content.html))) });

  const attachment = input.attachment;
  if (attachment) {
    if (!/^[\w.+-]+\/[\w.+-]+$/.test(attachment.contentType)) throw new Error(`buildEmail: invalid content type ${attachment.contentType}`);
    message.addAttachment({
      // mimetext writes the name unencoded into the header: keep it to safe ASCII.
      filename: attachment.filename.replace(/[^A-Za-z0-9._-]/g, "_"),
      contentType: attachment.contentType,
      encoding: "base64",
      data: base64Body(attachment.bytes),
    });
  }
  return message.asRaw() + EOL;
}
