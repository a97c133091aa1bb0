/** Country profiles as data: what a receipt in that country may contain and how it is worded. */
export type CountryCode = "PL" | "SE" | "NO" | "RU";
export type Language = "pl" | "sv" | "nb" | "ru" | "en";

export interface VatRate {
  /** The code tills send as `vat_rate`. */
  code: string;
  /** Percentage in hundredths of a percent (2300 = 23%); 0 for exempt / not subject. */
  basisPoints: number;
  /** The letter or label printed beside the line and in the VAT table. */
  label: string;
  /** First and last calendar day (YYYY-MM-DD, inclusive) the rate may be charged; absent = no bound. The fiscal device refuses it outside. */
  validFrom?: string;
  validUntil?: string;
}

export interface Wording {
  receipt: string;
  eReceipt: string;
  total: string;
  vat: string;
  net: string;
  gross: string;
  paid: string;
  change: string;
  fiscalNumber: string;
  device: string;
  waiting: string;
  download: string;
  refresh: string;
  cancelled: string;
  copy: string;
  /** Customer page: under "waiting" — the receipt appears here by itself. */
  waitingHint: string;
  /** Customer page: under "cancelled". */
  cancelledHint: string;
  /** 404 page title and hint (check the link). */
  notFound: string;
  notFoundHint: string;
  /** 410 page title and hint; "{days}" is replaced by the retention period. */
  gone: string;
  goneHint: string;
  /** Link to the public verification of the fiscal signature. */
  verify: string;
  /** VAT table column heading for the rate. */
  vatRate: string;
  /** Label of the merchant's tax number (NIP, Org.nr, ИНН). */
  taxId: string;
  payment: Record<"cash" | "card" | "card_standalone" | "voucher", string>;
  /** Under a standalone card terminal's payment: its authorisation code ("{code}") and that the till called no terminal. */
  cardNoTerminal: string;
  /** Customer page: the heading over the receipt's returns, each a link to its PDF. */
  returns: string;
}

export interface CountryProfile {
  country: CountryCode;
  currency: string;
  language: Language;
  locale: string;
  /** Receipts show the wall-clock time of the country (a store's own zone is not modelled yet). */
  timeZone: string;
  decimalSeparator: string;
  vatRates: VatRate[];
  /** "per_rate": VAT from each rate's gross sum (PL, SE); "per_line": VAT per line, summed (RU). */
  vatRounding: "per_rate" | "per_line";
  /** May a receipt be discarded into the digital waste bin instead of printed? */
  ebinAllowed: boolean;
  wording: Wording;
}

const PL: CountryProfile = {
  country: "PL",
  currency: "PLN",
  language: "pl",
  locale: "pl-PL",
  timeZone: "Europe/Warsaw",
  decimalSeparator: ",",
  vatRates: [
    { code: "23", basisPoints: 2300, label: "A" },
    { code: "8", basisPoints: 800, label: "B" },
    { code: "5", basisPoints: 500, label: "C" },
    { code: "0", basisPoints: 0, label: "D" },
    { code: "exempt", basisPoints: 0, label: "E" },
  ],
  vatRounding: "per_rate",
  ebinAllowed: true,
  wording: {
    receipt: "PARAGON FISKALNY",
    eReceipt: "E-PARAGON",
    total: "SUMA",
    vat: "PTU",
    net: "Netto",
    gross: "Brutto",
    paid: "Zapłacono",
    change: "Reszta",
    fiscalNumber: "Nr paragonu",
    device: "Nr unikatowy",
    waiting: "Czekamy na Twój paragon…",
    download: "Pobierz PDF",
    refresh: "Odśwież",
    cancelled: "Paragon anulowany",
    copy: "KOPIA",
    waitingHint: "Paragon pojawi się tutaj automatycznie, gdy kasjer zakończy sprzedaż. Nie zamykaj tej strony.",
    cancelledHint: "Sprzedaż została anulowana, paragon nie został wystawiony.",
    notFound: "Nie możemy znaleźć tego paragonu",
    notFoundHint: "Sprawdź, czy link jest kompletny, albo zeskanuj kod QR jeszcze raz.",
    gone: "Link do paragonu wygasł",
    goneHint: "Paragony przechowujemy przez {days} dni. Poproś sklep o kopię paragonu.",
    verify: "Sprawdź autentyczność",
    vatRate: "Stawka",
    taxId: "NIP",
    payment: { cash: "Gotówka", card: "Karta", card_standalone: "Karta (terminal)", voucher: "Bon" },
    cardNoTerminal: "Kod autoryzacji {code}; kasa nie łączyła się z terminalem",
    returns: "Zwroty",
  },
};

const SE: CountryProfile = {
  country: "SE",
  currency: "SEK",
  language: "sv",
  locale: "sv-SE",
  timeZone: "Europe/Stockholm",
  decimalSeparator: ",",
  vatRates: [
    { code: "25", basisPoints: 2500, label: "A" },
    { code: "12", basisPoints: 1200, label: "B" },
    { code: "6", basisPoints: 600, label: "C" },
    { code: "0", basisPoints: 0, label: "D" },
  ],
  vatRounding: "per_rate",
  ebinAllowed: true,
  wording: {
    receipt: "KASSAKVITTO",
    eReceipt: "ELEKTRONISKT KASSAKVITTO",
    total: "TOTALT",
    vat: "Moms",
    net: "Netto",
    gross: "Brutto",
    paid: "Betalt",
    change: "Växel",
    fiscalNumber: "Kvittonr",
    device: "Kontrollenhet nr",
    waiting: "Väntar på ditt kvitto…",
    download: "Ladda ner PDF",
    refresh: "Uppdatera sidan",
    cancelled: "Kvittot är makulerat",
    copy: "KOPIA",
    waitingHint: "Kvittot visas här automatiskt när kassan slutför köpet. Stäng inte sidan.",
    cancelledHint: "Köpet avbröts och inget kvitto utfärdades.",
    notFound: "Vi hittar inte det här kvittot",
    notFoundHint: "Kontrollera att länken är komplett eller skanna QR-koden igen.",
    gone: "Länken till kvittot har gått ut",
    goneHint: "Kvitton sparas i {days} dagar. Be butiken om en kvittokopia.",
    verify: "Kontrollera äktheten",
    vatRate: "Momssats",
    taxId: "Org.nr",
    payment: { cash: "Kontant", card: "Kort", card_standalone: "Kort (terminal)", voucher: "Presentkort" },
    cardNoTerminal: "Auktoriseringskod {code}; kassan anropade ingen terminal",
    returns: "Returer",
  },
};

/** Norway: the digital waste bin is forbidden by law (seed 001), so ebinAllowed is false. */
const NO: CountryProfile = {
  country: "NO",
  currency: "NOK",
  language: "nb",
  locale: "nb-NO",
  timeZone: "Europe/Oslo",
  decimalSeparator: ",",
  vatRates: [
    { code: "25", basisPoints: 2500, label: "A" },
    { code: "15", basisPoints: 1500, label: "B" },
    { code: "12", basisPoints: 1200, label: "C" },
    { code: "0", basisPoints: 0, label: "D" },
  ],
  vatRounding: "per_rate",
  ebinAllowed: false,
  wording: {
    receipt: "KVITTERING",
    eReceipt: "ELEKTRONISK KVITTERING",
    total: "TOTALT",
    vat: "MVA",
    net: "Netto",
    gross: "Brutto",
    paid: "Betalt",
    change: "Veksel",
    fiscalNumber: "Kvitteringsnr",
    device: "Kasse-ID",
    waiting: "Venter på kvitteringen din…",
    download: "Last ned PDF",
    refresh: "Oppdater siden",
    cancelled: "Kvitteringen er annullert",
    copy: "KOPI",
    waitingHint: "Kvitteringen vises her automatisk når kassen fullfører kjøpet. Ikke lukk siden.",
    cancelledHint: "Kjøpet ble avbrutt, og ingen kvittering ble utstedt.",
    notFound: "Vi finner ikke denne kvitteringen",
    notFoundHint: "Sjekk at lenken er komplett, eller skann QR-koden på nytt.",
    gone: "Lenken til kvitteringen er utløpt",
    goneHint: "Kvitteringer lagres i {days} dager. Be butikken om en kopi.",
    verify: "Kontroller ektheten",
    vatRate: "MVA-sats",
    taxId: "Org.nr",
    payment: { cash: "Kontant", card: "Kort", card_standalone: "Kort (terminal)", voucher: "Gavekort" },
    cardNoTerminal: "Autorisasjonskode {code}; kassen kalte ingen terminal",
    returns: "Returer",
  },
};

const RU: CountryProfile = {
  country: "RU",
  currency: "RUB",
  language: "ru",
  locale: "ru-RU",
  timeZone: "Europe/Moscow",
  decimalSeparator: ".",
  vatRates: [
    // 22% from 2026 (425-FZ); 5% and 7% are the simplified-tax payers' rates.
    { code: "22", basisPoints: 2200, label: "НДС 22%", validFrom: "2026-01-01" },
    { code: "20", basisPoints: 2000, label: "НДС 20%", validUntil: "2025-12-31" },
    { code: "10", basisPoints: 1000, label: "НДС 10%" },
    { code: "0", basisPoints: 0, label: "НДС 0%" },
    { code: "none", basisPoints: 0, label: "Без НДС" },
    { code: "5", basisPoints: 500, label: "НДС 5%" },
    { code: "7", basisPoints: 700, label: "НДС 7%" },
  ],
  vatRounding: "per_line",
  ebinAllowed: true,
  wording: {
    receipt: "КАССОВЫЙ ЧЕК",
    eReceipt: "ЭЛЕКТРОННЫЙ ЧЕК",
    total: "ИТОГ",
    vat: "НДС",
    net: "Без НДС",
    gross: "С НДС",
    paid: "Оплачено",
    change: "Сдача",
    fiscalNumber: "ФД №",
    device: "ФН №",
    waiting: "Ждём ваш чек…",
    download: "Скачать PDF",
    refresh: "Обновить",
    cancelled: "Чек аннулирован",
    copy: "КОПИЯ",
    waitingHint: "Чек появится здесь автоматически, как только кассир завершит покупку. Не закрывайте страницу.",
    cancelledHint: "Покупка отменена, чек не выдан.",
    notFound: "Мы не можем найти этот чек",
    notFoundHint: "Проверьте, что ссылка скопирована полностью, или отсканируйте QR-код ещё раз.",
    gone: "Срок действия ссылки на чек истёк",
    goneHint: "Чеки хранятся {days} дней. Попросите копию чека в магазине.",
    verify: "Проверить чек",
    vatRate: "Ставка",
    taxId: "ИНН",
    payment: { cash: "Наличными", card: "Безналичными", card_standalone: "Безналичными (терминал)", voucher: "Сертификат" },
    cardNoTerminal: "Код авторизации {code}; касса не обращалась к терминалу",
    returns: "Возвраты",
  },
};

export const PROFILES: Readonly<Record<CountryCode, CountryProfile>> = { PL, SE, NO, RU };

export function profileFor(country: string): CountryProfile {
  const profile = PROFILES[country as CountryCode];
  if (!profile) throw new Error(`no country profile for ${country}`);
  return profile;
}

export function vatRateFor(profile: CountryProfile, code: string): VatRate | undefined {
  return profile.vatRates.find((rate) => rate.code === code);
}
