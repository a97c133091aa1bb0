/** Outgoing message texts: short SMS with the link last, e-mail in the merchant's language, escaped HTML. */
import { describe, expect, it } from "vitest";
import type { ReceiptDocument } from "../../src/core/document";
import type { Language } from "../../src/core/profiles";
import { emailContent, originalIssueLabel, smsLength, smsText } from "../../src/render/messages";
import { polishReceipt, russianReceipt, swedishReceipt } from "../support/fixtures";

/** A realistic customer link: 128 random bits as 22 base64url characters. */
const LINK = "https://ereceipt.example/r/Xy3kP9qL2mN8vB4cT6wZ1a";

const lastToken = (text: string) => text.split(" ").at(-1);

describe("smsText", () => {
  const cases: { language: Language; merchant: string; shown: string; total: number; currency: string; amount: string; word: string; copyWord: string }[] = [
    // Polish diacritics would force UCS-2 (70 characters): the name is folded to GSM-7 instead.
    { language: "pl", merchant: "Delikatesy „Pod Lipą” Sp. z o.o.", shown: 'Delikatesy "Pod Lipa" Sp. z o.o.', total: 7021, currency: "PLN", amount: "70,21 PLN", word: "e-paragon", copyWord: "kopia paragonu" },
    { language: "sv", merchant: "Kaffebaren Åkersberga AB", shown: "Kaffebaren Åkersberga AB", total: 22100, currency: "SEK", amount: "221,00 SEK", word: "e-kvitto", copyWord: "kvittokopia" },
    { language: "en", merchant: "Corner Shop Ltd", shown: "Corner Shop Ltd", total: 999, currency: "EUR", amount: "9.99 EUR", word: "e-receipt", copyWord: "receipt copy" },
    { language: "ru", merchant: "ООО «Продукты у дома»", shown: "ООО «Продукты у дома»", total: 103275, currency: "RUB", amount: "1032.75 RUB", word: "чек", copyWord: "копия чека" },
  ];

  it.each(cases)("$language: merchant, formatted total, and the intact link as the last token", (c) => {
    for (const copy of [false, true]) {
      const text = smsText({ merchantName: c.merchant, total: c.total, currency: c.currency, link: LINK, language: c.language, copy });
      expect(text).toBe(`${c.shown}: ${copy ? c.copyWord : c.word} ${c.amount} ${LINK}`);
      expect(lastToken(text)).toBe(LINK);
    }
  });

  it.each(cases.filter((c) => c.language !== "ru"))("$language: one GSM-7 segment", (c) => {
    const text = smsText({ merchantName: c.merchant, total: c.total, currency: c.currency, link: LINK, language: c.language, copy: true });
    expect(smsLength(text)).toMatchObject({ encoding: "gsm7", segments: 1 });
  });

  it("ru: Cyrillic is UCS-2; with a short link one segment, with a full link at most two", () => {
    const short = smsText({ merchantName: "Магазин", total: 100, currency: "RUB", link: "https://e.example/r/AbC", language: "ru" });
    expect(smsLength(short)).toMatchObject({ encoding: "ucs2", segments: 1 });
    const full = smsText({ merchantName: "ООО «Продукты у дома»", total: 103275, currency: "RUB", link: LINK, language: "ru", copy: true });
    expect(smsLength(full).segments).toBeLessThanOrEqual(2);
  });

  it("shortens a long merchant name to stay in one segment, never the link", () => {
    const merchant = `Hurtownia Spożywcza ${"Bardzo Długa Nazwa ".repeat(10)}`;
    const text = smsText({ merchantName: merchant, total: 123456, currency: "PLN", link: LINK, language: "pl" });
    expect(smsLength(text)).toMatchObject({ encoding: "gsm7", segments: 1 });
    expect(text.startsWith("Hurtownia Spozywcza Bardzo Dluga Nazwa")).toBe(true);
    expect(text.endsWith(` e-paragon 1234,56 PLN ${LINK}`)).toBe(true);

    const ru = smsText({ merchantName: "Я".repeat(300), total: 100, currency: "RUB", link: LINK, language: "ru" });
    expect(ru).toBe(`${"Я".repeat(40)}: чек 1.00 RUB ${LINK}`);
  });

  it("cleans control characters and line breaks out of the merchant name", () => {
    const text = smsText({ merchantName: "Kiosk\n\u0007 Ruch ", total: 500, currency: "PLN", link: LINK, language: "pl" });
    expect(text).toBe(`Kiosk Ruch: e-paragon 5,00 PLN ${LINK}`);
  });

  it("refuses a link that is not one token", () => {
    expect(() => smsText({ merchantName: "X", total: 1, currency: "SEK", link: "https://a.example/r/x y", language: "sv" })).toThrow(/one token/);
  });
});

describe("smsLength", () => {
  it("counts GSM-7 septets (extension characters twice) and UCS-2 units", () => {
    expect(smsLength("a".repeat(160))).toEqual({ encoding: "gsm7", units: 160, segments: 1 });
    expect(smsLength("a".repeat(161))).toEqual({ encoding: "gsm7", units: 161, segments: 2 });
    expect(smsLength("€".repeat(80))).toEqual({ encoding: "gsm7", units: 160, segments: 1 });
    expect(smsLength("åäöÅÄÖéü")).toMatchObject({ encoding: "gsm7", units: 8 });
    expect(smsLength("ą".repeat(70))).toEqual({ encoding: "ucs2", units: 70, segments: 1 });
    expect(smsLength("ą".repeat(71))).toEqual({ encoding: "ucs2", units: 71, segments: 2 });
    expect(smsLength("ж".repeat(135))).toEqual({ encoding: "ucs2", units: 135, segments: 3 });
  });
});

describe("originalIssueLabel", () => {
  it("says how the original was issued, in the language", () => {
    expect(originalIssueLabel("sms", "sv")).toBe("Elektroniskt kvitto (SMS)");
    expect(originalIssueLabel("sms", "pl")).toBe("E-paragon (SMS)");
    expect(originalIssueLabel("sms", "ru")).toBe("Электронный чек (SMS)");
    expect(originalIssueLabel("sms", "en")).toBe("Electronic receipt (SMS)");
    expect(originalIssueLabel("print", "en")).toBe("Paper receipt");
    expect(originalIssueLabel("ebin", "en")).toBe("Discarded (e-bin)");
    expect(originalIssueLabel("email", "sv")).toBe("Elektroniskt kvitto (e-post)");
    expect(originalIssueLabel("qr", "ru")).toBe("Электронный чек (QR-код)");
    expect(originalIssueLabel("print", "de" as Language)).toBe("Paper receipt");
  });
});

describe("emailContent", () => {
  const urls = { link: "https://ereceipt.example/r/tok", pdfUrl: "https://ereceipt.example/r/tok/pdf" };
  const cases: [string, ReceiptDocument, { subject: string; date: string; total: string; attached: string; download: string }][] = [
    ["pl", polishReceipt({ electronic: true }), { subject: "E-paragon: Delikatesy „Pod Lipą” Sp. z o.o., 70,21 PLN", date: "Data: 2026-11-22 14:03", total: "Suma: 70,21 PLN", attached: "Paragon jest w załączniku (PDF).", download: "Pobierz paragon (PDF)" }],
    ["sv", swedishReceipt(), { subject: "E-kvitto från Kaffebaren Åkersberga AB, 221,00 SEK", date: "Datum: 2026-07-01 10:15", total: "Totalt: 221,00 SEK", attached: "Kvittot finns som bifogad PDF.", download: "Ladda ner kvittot (PDF)" }],
    ["ru", russianReceipt({ electronic: true }), { subject: "Электронный чек: ООО «Продукты у дома», 1032.75 RUB", date: "Дата: 2026-03-14 19:45", total: "Итого: 1032.75 RUB", attached: "Чек во вложении (PDF).", download: "Скачать чек (PDF)" }],
  ];

  it.each(cases)("%s, pdf mode: subject, merchant, local date, total, number, attachment note", (_lang, doc, expected) => {
    const mail = emailContent({ doc, mode: "pdf", ...urls });
    expect(mail.subject).toBe(expected.subject);
    for (const part of [expected.date, expected.total, expected.attached, doc.merchant.name, doc.merchant.address, doc.fiscal!.numberText]) {
      expect(mail.text).toContain(part);
    }
    expect(mail.text).not.toContain(urls.pdfUrl);
    expect(mail.html).toContain(`lang="${doc.profile.language}"`);
    expect(mail.html).toContain(expected.attached);
    expect(mail.html).not.toContain("href=");
  });

  it.each(cases)("%s, link mode: the download link instead of the attachment note", (_lang, doc, expected) => {
    const mail = emailContent({ doc, mode: "link", ...urls });
    expect(mail.text).toContain(`${expected.download}: ${urls.pdfUrl}`);
    expect(mail.text).toContain(urls.link);
    expect(mail.text).not.toContain(expected.attached);
    expect(mail.html).toContain(`<a href="${urls.pdfUrl}" style="font-weight:bold">${expected.download}</a>`);
    expect(mail.html).toContain(`<a href="${urls.link}">`);
  });

  it("a copy says how the original was issued, from a channel or a ready label", () => {
    const pl = emailContent({ doc: polishReceipt(), mode: "pdf", ...urls, copy: { originalChannel: "sms" } });
    expect(pl.subject).toBe("Kopia paragonu: Delikatesy „Pod Lipą” Sp. z o.o., 70,21 PLN");
    expect(pl.text).toContain("Kopia — oryginał wydano jako: E-paragon (SMS)");
    expect(pl.html).toContain("Kopia — oryginał wydano jako: E-paragon (SMS)");

    const sv = emailContent({ doc: swedishReceipt(), mode: "link", ...urls, copy: { originalChannel: originalIssueLabel("sms", "sv") } });
    expect(sv.subject.startsWith("Kvittokopia från")).toBe(true);
    expect(sv.text).toContain("Kopia — originalet utfärdades som: Elektroniskt kvitto (SMS)");

    const ru = emailContent({ doc: russianReceipt(), mode: "pdf", ...urls, copy: { originalChannel: "print" } });
    expect(ru.text).toContain("Копия — оригинал выдан как: Бумажный чек");

    const original = emailContent({ doc: polishReceipt(), mode: "pdf", ...urls });
    expect(original.text).not.toContain("Kopia");
  });

  it("falls back to English wording", () => {
    const doc = polishReceipt();
    const en = emailContent({ doc: { ...doc, profile: { ...doc.profile, language: "en" } }, mode: "pdf", ...urls, copy: { originalChannel: "ebin" } });
    expect(en.subject).toBe("Receipt copy from Delikatesy „Pod Lipą” Sp. z o.o., 70,21 PLN");
    expect(en.text).toContain("Copy — original issued as: Discarded (e-bin)");
    expect(en.text).toContain("Your receipt is attached as a PDF.");
  });

  it("escapes every piece of receipt text in the HTML", () => {
    const doc = polishReceipt();
    const hostile: ReceiptDocument = {
      ...doc,
      merchant: { ...doc.merchant, name: `<script>alert("x")</script> & 'Co'`, address: `<img src=x onerror=alert(1)>` },
    };
    const mail = emailContent({ doc: hostile, mode: "link", ...urls, copy: { originalChannel: `<b>"paper"</b>` } });
    expect(mail.html).not.toMatch(/<script|<img|<b>/i);
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.html).toContain("&lt;b&gt;&quot;paper&quot;&lt;/b&gt;");
    expect(mail.text).toContain(`<script>alert("x")</script> & 'Co'`);
  });

  it("refuses a link that is not http(s)", () => {
    expect(() => emailContent({ doc: polishReceipt(), mode: "link", link: "javascript:alert(1)", pdfUrl: urls.pdfUrl })).toThrow(/http/);
    expect(() => emailContent({ doc: polishReceipt(), mode: "link", link: urls.link, pdfUrl: 'https://x.example/" onclick="x' })).toThrow(/http/);
  });
});
