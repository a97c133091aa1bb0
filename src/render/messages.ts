/**
 * The texts of outgoing messages (SMS, e-mail) in the merchant's language, English as fallback.
 * Receipt content (date, total, number) comes from the same helpers as the rendered receipt.
 */
import type { ReceiptDocument } from "../core/document";
import { formatMinor } from "../core/money";
import { PROFILES, type Language } from "../core/profiles";
import { cleanText, documentKind, formatLocalDateTime } from "./receipt-content";

export type IssueChannel = "print" | "sms" | "email" | "ebin" | "qr";

/** What a message says about its document: the receipt itself, or a return of it. */
interface DocumentWording {
  /** SMS: what the link is, e.g. "e-kvitto". */
  sms: string;
  smsCopy: string;
  subject: (merchant: string, total: string) => string;
  copySubject: (merchant: string, total: string) => string;
  intro: string;
  copyIntro: string;
  number: string;
  attached: string;
  download: string;
  view: string;
}

interface MessageWording {
  receipt: DocumentWording;
  return: DocumentWording;
  store: string;
  date: string;
  total: string;
  copyNote: (original: string) => string;
  issued: Record<IssueChannel, string>;
}

const WORDING: Readonly<Record<Language, MessageWording>> = {
  pl: {
    receipt: {
      sms: "e-paragon",
      smsCopy: "kopia paragonu",
      subject: (m, t) => `E-paragon: ${m}, ${t}`,
      copySubject: (m, t) => `Kopia paragonu: ${m}, ${t}`,
      intro: "Dziękujemy za zakupy. Oto Twój e-paragon.",
      copyIntro: "Oto kopia Twojego paragonu.",
      number: "Nr paragonu",
      attached: "Paragon jest w załączniku (PDF).",
      download: "Pobierz paragon (PDF)",
      view: "Zobacz paragon online",
    },
    return: {
      sms: "zwrot",
      smsCopy: "kopia zwrotu",
      subject: (m, t) => `Zwrot: ${m}, ${t}`,
      copySubject: (m, t) => `Kopia zwrotu: ${m}, ${t}`,
      intro: "Oto dokument Twojego zwrotu.",
      copyIntro: "Oto kopia dokumentu zwrotu.",
      number: "Nr dokumentu zwrotu",
      attached: "Dokument zwrotu jest w załączniku (PDF).",
      download: "Pobierz dokument zwrotu (PDF)",
      view: "Zobacz paragon online",
    },
    store: "Sklep",
    date: "Data",
    total: "Suma",
    copyNote: (o) => `Kopia — oryginał wydano jako: ${o}`,
    issued: {
      print: "Paragon papierowy",
      sms: "E-paragon (SMS)",
      email: "E-paragon (e-mail)",
      qr: "E-paragon (kod QR)",
      ebin: "Wyrzucony (e-kosz)",
    },
  },
  sv: {
    receipt: {
      sms: "e-kvitto",
      smsCopy: "kvittokopia",
      subject: (m, t) => `E-kvitto från ${m}, ${t}`,
      copySubject: (m, t) => `Kvittokopia från ${m}, ${t}`,
      intro: "Tack för ditt köp! Här är ditt e-kvitto.",
      copyIntro: "Här är en kopia av ditt kvitto.",
      number: "Kvittonr",
      attached: "Kvittot finns som bifogad PDF.",
      download: "Ladda ner kvittot (PDF)",
      view: "Visa kvittot online",
    },
    return: {
      sms: "returkvitto",
      smsCopy: "kopia av returkvitto",
      subject: (m, t) => `Returkvitto från ${m}, ${t}`,
      copySubject: (m, t) => `Kopia av returkvitto från ${m}, ${t}`,
      intro: "Här är kvittot på din retur.",
      copyIntro: "Här är en kopia av ditt returkvitto.",
      number: "Returkvittonr",
      attached: "Returkvittot finns som bifogad PDF.",
      download: "Ladda ner returkvittot (PDF)",
      view: "Visa kvittot online",
    },
    store: "Butik",
    date: "Datum",
    total: "Totalt",
    copyNote: (o) => `Kopia — originalet utfärdades som: ${o}`,
    issued: {
      print: "Papperskvitto",
      sms: "Elektroniskt kvitto (SMS)",
      email: "Elektroniskt kvitto (e-post)",
      qr: "Elektroniskt kvitto (QR-kod)",
      ebin: "Kasserat (e-Korg)",
    },
  },
  nb: {
    receipt: {
      sms: "e-kvittering",
      smsCopy: "kvitteringskopi",
      subject: (m, t) => `E-kvittering fra ${m}, ${t}`,
      copySubject: (m, t) => `Kvitteringskopi fra ${m}, ${t}`,
      intro: "Takk for handelen! Her er e-kvitteringen din.",
      copyIntro: "Her er en kopi av kvitteringen din.",
      number: "Kvitteringsnr",
      attached: "Kvitteringen er vedlagt som PDF.",
      download: "Last ned kvitteringen (PDF)",
      view: "Se kvitteringen på nett",
    },
    return: {
      sms: "returkvittering",
      smsCopy: "kopi av returkvittering",
      subject: (m, t) => `Returkvittering fra ${m}, ${t}`,
      copySubject: (m, t) => `Kopi av returkvittering fra ${m}, ${t}`,
      intro: "Her er returkvitteringen din.",
      copyIntro: "Her er en kopi av returkvitteringen din.",
      number: "Returkvitteringsnr",
      attached: "Returkvitteringen er vedlagt som PDF.",
      download: "Last ned returkvitteringen (PDF)",
      view: "Se kvitteringen på nett",
    },
    store: "Butikk",
    date: "Dato",
    total: "Totalt",
    copyNote: (o) => `Kopi — originalen ble utstedt som: ${o}`,
    issued: {
      print: "Papirkvittering",
      sms: "Elektronisk kvittering (SMS)",
      email: "Elektronisk kvittering (e-post)",
      qr: "Elektronisk kvittering (QR-kode)",
      ebin: "Kassert (e-kurv)",
    },
  },
  ru: {
    receipt: {
      sms: "чек",
      smsCopy: "копия чека",
      subject: (m, t) => `Электронный чек: ${m}, ${t}`,
      copySubject: (m, t) => `Копия чека: ${m}, ${t}`,
      intro: "Спасибо за покупку! Ваш электронный чек.",
      copyIntro: "Копия вашего чека.",
      number: "Номер чека",
      attached: "Чек во вложении (PDF).",
      download: "Скачать чек (PDF)",
      view: "Открыть чек онлайн",
    },
    return: {
      sms: "чек возврата",
      smsCopy: "копия чека возврата",
      subject: (m, t) => `Чек возврата: ${m}, ${t}`,
      copySubject: (m, t) => `Копия чека возврата: ${m}, ${t}`,
      intro: "Ваш чек возврата прихода.",
      copyIntro: "Копия вашего чека возврата.",
      number: "Номер чека возврата",
      attached: "Чек возврата во вложении (PDF).",
      download: "Скачать чек возврата (PDF)",
      view: "Открыть чек онлайн",
    },
    store: "Продавец",
    date: "Дата",
    total: "Итого",
    copyNote: (o) => `Копия — оригинал выдан как: ${o}`,
    issued: {
      print: "Бумажный чек",
      sms: "Электронный чек (SMS)",
      email: "Электронный чек (e-mail)",
      qr: "Электронный чек (QR-код)",
      ebin: "Выброшен (электронная корзина)",
    },
  },
  en: {
    receipt: {
      sms: "e-receipt",
      smsCopy: "receipt copy",
      subject: (m, t) => `Your receipt from ${m}, ${t}`,
      copySubject: (m, t) => `Receipt copy from ${m}, ${t}`,
      intro: "Thank you for your purchase. Here is your e-receipt.",
      copyIntro: "Here is a copy of your receipt.",
      number: "Receipt no.",
      attached: "Your receipt is attached as a PDF.",
      download: "Download your receipt (PDF)",
      view: "View your receipt online",
    },
    return: {
      sms: "return receipt",
      smsCopy: "return receipt copy",
      subject: (m, t) => `Your return receipt from ${m}, ${t}`,
      copySubject: (m, t) => `Return receipt copy from ${m}, ${t}`,
      intro: "Here is the receipt for your return.",
      copyIntro: "Here is a copy of your return receipt.",
      number: "Return no.",
      attached: "Your return receipt is attached as a PDF.",
      download: "Download your return receipt (PDF)",
      view: "View your receipt online",
    },
    store: "Store",
    date: "Date",
    total: "Total",
    copyNote: (o) => `Copy — original issued as: ${o}`,
    issued: {
      print: "Paper receipt",
      sms: "Electronic receipt (SMS)",
      email: "Electronic receipt (e-mail)",
      qr: "Electronic receipt (QR code)",
      ebin: "Discarded (e-bin)",
    },
  },
};

const wordingFor = (language: Language): MessageWording => WORDING[language] ?? WORDING.en;

/** A message delivers the receipt or one of its returns. */
export type MessageDocument = keyof Pick<MessageWording, "receipt" | "return">;

function decimalSeparatorFor(language: Language): string {
  return Object.values(PROFILES).find((p) => p.language === language)?.decimalSeparator ?? ".";
}

/** How an original was issued, as a copy states it ("Elektroniskt kvitto (SMS)"). */
export function originalIssueLabel(channel: IssueChannel, language: Language): string {
  return wordingFor(language).issued[channel];
}

// --- SMS -------------------------------------------------------------------------------------

/** GSM 03.38 default alphabet (7-bit, one septet each) and its extension table (two septets). */
const GSM_BASIC = new Set(
  Array.from("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"),
);
const GSM_EXTENDED = new Set(Array.from("^{}\\[~]|€"));

export interface SmsLength {
  encoding: "gsm7" | "ucs2";
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function smsLength(text: string): SmsLength {
  let septets = 0;
  for (const char of text) {
    if (GSM_BASIC.has(char)) septets += 1;
    else if (GSM_EXTENDED.has(char)) septets += 2;
    else {
      const units = text.length;
      return { encoding: "ucs2", units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
    }
  }
  return { encoding: "gsm7", units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}

const GSM_FOLD: Readonly<Record<string, string>> = {
  "„": '"', "“": '"', "”": '"', "«": '"', "»": '"', "‚": "'", "‘": "'", "’": "'",
  "–": "-", "—": "-", "…": "...", "ł": "l", "Ł": "L", "\u00A0": " ",
};

/**
 * The name in the GSM alphabet (ą -> a, „ -> "), or null if some character has no stand-in.
 * Polish SMS are commonly sent without diacritics: UCS-2 would leave 70 characters, too few for a link.
 */
function foldToGsm(text: string): string | null {
  let out = "";
  for (const char of text) {
    if (GSM_BASIC.has(char) || GSM_EXTENDED.has(char)) {
      out += char;
      continue;
    }
    const base = GSM_FOLD[char] ?? char.normalize("NFD").replace(/\p{M}+/gu, "");
    if (!Array.from(base).every((c) => GSM_BASIC.has(c))) return null;
    out += base;
  }
  return out;
}

/** Below this many characters a merchant name says nothing: better a second segment. */
const MIN_MERCHANT = 12;
const MAX_MERCHANT = 40;

function cut(text: string, size: number): string {
  return Array.from(text).slice(0, Math.max(0, size)).join("").trimEnd();
}

/**
 * "Merchant: e-kvitto 221,00 SEK https://…" — the link last and intact so phones detect it.
 * Aims for one segment: folds a Latin name to GSM-7, then shortens the name; if even that
 * leaves no room for a recognisable name (long link, Cyrillic), it keeps the name and takes two.
 */
export function smsText(input: { merchantName: string; total: number; currency: string; link: string; language: Language; copy?: boolean; document?: MessageDocument }): string {
  const words = wordingFor(input.language)[input.document ?? "receipt"];
  const link = input.link.trim();
  if (!link || /\s/.test(link)) throw new Error("smsText: the link must be one token");
  const amount = `${formatMinor(input.total, decimalSeparatorFor(input.language))} ${cleanText(input.currency)}`;
  const tail = `${input.copy ? words.smsCopy : words.sms} ${amount} ${link}`;
  const compose = (merchant: string) => (merchant ? `${merchant}: ${tail}` : tail);
  const fits = (text: string) => smsLength(text).segments === 1;

  const name = cleanText(input.merchantName);
  if (fits(compose(name))) return compose(name);
  const folded = smsLength(compose(name)).encoding === "ucs2" ? foldToGsm(name) : null;
  if (folded !== null && fits(compose(folded))) return compose(folded);

  const best = folded ?? name;
  let room = Math.min(Array.from(best).length, 160);
  while (room >= MIN_MERCHANT && !fits(compose(cut(best, room)))) room--;
  if (room >= MIN_MERCHANT) return compose(cut(best, room));
  return compose(cut(best, MAX_MERCHANT));
}

// --- E-mail ----------------------------------------------------------------------------------

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

function httpUrl(url: string): string {
  if (!/^https?:\/\/\S+$/i.test(url)) throw new Error(`emailContent: not an http(s) link: ${url}`);
  return url;
}

const CHANNELS: readonly string[] = ["print", "sms", "email", "ebin", "qr"] satisfies IssueChannel[];
const isChannel = (value: string): value is IssueChannel => CHANNELS.includes(value);

export function emailContent(input: {
  doc: ReceiptDocument;
  mode: "pdf" | "link";
  link: string;
  pdfUrl: string;
  /** `originalChannel`: a channel name, or a label already made by originalIssueLabel. */
  copy?: { originalChannel: string };
}): { subject: string; text: string; html: string } {
  const { doc, mode } = input;
  const { profile } = doc;
  const common = wordingFor(profile.language);
  const words = common[documentKind(doc) === "return" ? "return" : "receipt"];
  const merchant = cleanText(doc.merchant.name);
  const address = cleanText(doc.merchant.address);
  const total = `${formatMinor(doc.totals.total, profile.decimalSeparator)} ${profile.currency}`;
  const date = formatLocalDateTime(doc.fiscal?.issuedAt ?? doc.createdAt, profile.timeZone);
  const link = httpUrl(input.link);
  const pdfUrl = httpUrl(input.pdfUrl);
  const original = input.copy?.originalChannel;
  const copyNote =
    original === undefined
      ? null
      : common.copyNote(isChannel(original) ? originalIssueLabel(original, profile.language) : cleanText(original));

  const subject = (copyNote ? words.copySubject : words.subject)(merchant, total);
  const facts: [string, string][] = [
    [common.store, address ? `${merchant}, ${address}` : merchant],
    [common.date, date],
    [common.total, total],
    ...(doc.fiscal ? [[words.number, doc.fiscal.numberText] as [string, string]] : []),
  ];

  const text = [
    copyNote ? words.copyIntro : words.intro,
    ...(copyNote ? [copyNote] : []),
    "",
    ...facts.map(([label, value]) => `${label}: ${value}`),
    "",
    ...(mode === "pdf" ? [words.attached] : [`${words.download}: ${pdfUrl}`, `${words.view}: ${link}`]),
    "",
  ].join("\n");

  const cell = "padding:2px 16px 2px 0;vertical-align:top";
  const rows = facts
    .map(([label, value]) => `<tr><td style="${cell};color:#666">${escapeHtml(label)}</td><td style="${cell}">${escapeHtml(value)}</td></tr>`)
    .join("\n");
  const action =
    mode === "pdf"
      ? `<p>${escapeHtml(words.attached)}</p>`
      : `<p><a href="${escapeHtml(pdfUrl)}" style="font-weight:bold">${escapeHtml(words.download)}</a></p>\n` +
        `<p><a href="${escapeHtml(link)}">${escapeHtml(words.view)}</a></p>`;
  const html = [
    "<!DOCTYPE html>",
    `<html lang="${profile.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.4;color:#222">',
    `<p>${escapeHtml(copyNote ? words.copyIntro : words.intro)}</p>`,
    ...(copyNote ? [`<p><strong>${escapeHtml(copyNote)}</strong></p>`] : []),
    `<table role="presentation" style="border-collapse:collapse">\n${rows}\n</table>`,
    action,
    "</body></html>",
    "",
  ].join("\n");

  return { subject, text, html };
}
