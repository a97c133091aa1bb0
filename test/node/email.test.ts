/** The receipt e-mail as MIME: parsed back with postal-mime, every part and header survives. */
import { PDFDocument } from "pdf-lib";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { buildEmail, encodeHeaderText, type EmailInput } from "../../src/render/email";
import { emailContent } from "../../src/render/messages";
import { polishReceipt, russianReceipt } from "../support/fixtures";

const urls = { link: "https://ereceipt.example/r/tok", pdfUrl: "https://ereceipt.example/r/tok/pdf" };
const crlfToLf = (text: string | undefined) => (text ?? "").replace(/\r\n/g, "\n");

async function pdfBytes(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([226, 400]).drawText("Paragon 000123");
  return pdf.save();
}

async function polishEmail(overrides: Partial<EmailInput> = {}) {
  const content = emailContent({ doc: polishReceipt({ electronic: true }), mode: "pdf", ...urls });
  const bytes = await pdfBytes();
  const input: EmailInput = {
    from: { name: "Delikatesy „Pod Lipą” Sp. z o.o.", addr: "paragony@pod-lipa.example" },
    to: "klient@example.pl",
    content,
    attachment: { filename: "paragon-000123.pdf", bytes, contentType: "application/pdf" },
    messageId: "<msg_01@pod-lipa.example>",
    date: new Date("2026-11-22T13:03:07.000Z"),
    ...overrides,
  };
  const raw = buildEmail(input);
  return { raw, content, bytes, parsed: await PostalMime.parse(raw) };
}

describe("buildEmail", () => {
  it("parses back: Polish subject, from, to, Message-ID, date", async () => {
    const { raw, content, parsed } = await polishEmail();
    expect(content.subject).toBe("E-paragon: Delikatesy „Pod Lipą” Sp. z o.o., 70,21 PLN");
    expect(parsed.subject).toBe(content.subject);
    expect(parsed.from).toEqual({ name: "Delikatesy „Pod Lipą” Sp. z o.o.", address: "paragony@pod-lipa.example" });
    expect(parsed.to).toEqual([{ name: "", address: "klient@example.pl" }]);
    expect(parsed.messageId).toBe("<msg_01@pod-lipa.example>");
    expect(parsed.date).toBe("2026-11-22T13:03:07.000Z");
    expect(raw).toMatch(/^Date: Sun, 22 Nov 2026 13:03:07 \+0000\r$/m);
    expect(raw).toMatch(/^MIME-Version: 1\.0\r$/m);
  });

  it("multipart/mixed holding multipart/alternative text + HTML, and the PDF", async () => {
    const { raw, content, bytes, parsed } = await polishEmail();
    expect(raw).toMatch(/^Content-Type: multipart\/mixed; boundary=/m);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative; boundary=/m);
    expect(crlfToLf(parsed.text)).toBe(content.text);
    expect(crlfToLf(parsed.html)).toBe(content.html);
    expect(parsed.attachments).toHaveLength(1);
    const [attachment] = parsed.attachments;
    expect(attachment).toMatchObject({ filename: "paragon-000123.pdf", mimeType: "application/pdf", disposition: "attachment" });
    expect(new Uint8Array(attachment!.content as ArrayBuffer)).toEqual(bytes);
  });

  it("is 7-bit clean with short lines: base64 bodies, encoded-words of at most 75 characters", async () => {
    const { raw } = await polishEmail();
    expect(/^[\x00-\x7f]*$/.test(raw)).toBe(true);
    expect(raw.replace(/\r\n/g, "")).not.toContain("\n");
    for (const line of raw.split("\r\n")) expect(line.length, line).toBeLessThanOrEqual(78);
    for (const word of raw.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
  });

  it("folds a long Russian subject into several encoded-words that decode to the original", async () => {
    const content = emailContent({ doc: russianReceipt(), mode: "link", ...urls, copy: { originalChannel: "sms" } });
    const subject = `${content.subject} — ${"очень длинная тема письма ".repeat(4)}`.trim();
    const raw = buildEmail({ from: { name: "ООО «Продукты у дома»", addr: "chek@produkty.example" }, to: "pokupatel@example.ru", content: { ...content, subject }, messageId: "m1@produkty.example", date: new Date("2026-03-14T16:45:00Z") });
    const parsed = await PostalMime.parse(raw);
    expect(parsed.subject).toBe(subject);
    expect(parsed.from).toEqual({ name: "ООО «Продукты у дома»", address: "chek@produkty.example" });
    expect(parsed.messageId).toBe("<m1@produkty.example>");
    expect((raw.match(/=\?UTF-8\?B\?/g) ?? []).length).toBeGreaterThan(4);
    // Without an attachment the top level is the alternative itself.
    expect(raw).not.toContain("multipart/mixed");
    expect(raw).toMatch(/^Content-Type: multipart\/alternative; boundary=/m);
    expect(parsed.attachments).toHaveLength(0);
    expect(crlfToLf(parsed.text)).toBe(content.text);
    expect(crlfToLf(parsed.html)).toBe(content.html);
  });

  it("never splits a character between encoded-words", () => {
    const text = "żółć".repeat(30) + "🍰".repeat(20);
    const words = encodeHeaderText(text).split("\r\n ");
    const decoded = words.map((w) => {
      const b64 = /^=\?UTF-8\?B\?(.*)\?=$/.exec(w)?.[1] ?? "";
      return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
    });
    expect(decoded.join("")).toBe(text);
  });

  it("refuses header injection through addresses and Message-ID; keeps the file name ASCII", async () => {
    await expect(polishEmail({ to: "a@b.example\r\nBcc: victim@example.com" })).rejects.toThrow(/recipient/);
    await expect(polishEmail({ from: { name: "X", addr: "x@y.example>\r\nX: y" } })).rejects.toThrow(/sender/);
    await expect(polishEmail({ messageId: "<a@b>\r\nBcc: c@d" })).rejects.toThrow(/Message-ID/);
    const { parsed } = await polishEmail({ attachment: { filename: "paragon\"\r\nX: ż.pdf", bytes: Uint8Array.from([1, 2, 3]), contentType: "application/pdf" } });
    expect(parsed.attachments[0]?.filename).toBe("paragon___X___.pdf");
    const named = await polishEmail({ from: { name: "Evil\r\nBcc: x@y.example", addr: "shop@example.com" } });
    expect(named.parsed.from).toEqual({ name: "Evil Bcc: x@y.example", address: "shop@example.com" });
    expect(named.parsed.headers.filter((h) => h.key === "bcc")).toHaveLength(0);
  });
});
