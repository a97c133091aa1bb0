/**
 * Words and settings the renderings need that the country profiles do not carry (yet): the
 * fiscal details each country's law wants printed. Kept here so the renderers stay free of
 * country switches.
 */
import type { CountryCode } from "../core/profiles";

export interface RenderLabels {
  /** Printed before the merchant's tax id. */
  taxId: string;
  /** Marks a voided (storno) line in place of its amount. */
  voided: string;
  signature: string;
  /** The document's heading, by settlement sign: the paper heading, also on the electronic receipt. */
  heading: { sale: string; return: string };
  /** A return names the document it refunds (its device document number). */
  originalRef: string;
  /** RU: the correction receipt's heading. */
  correctionHeading: string;
  /** RU: the settlement sign printed under the heading (ПРИХОД / ВОЗВРАТ ПРИХОДА). */
  settlement: { sale: string; return: string } | null;
  cashier: string;
  /** The register's own number (PL kasa, SE manufacturing number, RU ЗН ККТ). */
  register: string;
  /** The fiscal device's serial (PL unique number, SE control unit, RU ФН). */
  serial: string;
  /** PL: the total VAT line ("SUMA PTU"); null where the VAT table is enough. */
  vatTotal: string | null;
  /** The rate text of an exempt rate (PL "zw"). */
  exempt: string;
  /** SE: the control unit's control code. */
  controlCode: string | null;
  /** PL: the buyer's NIP. */
  buyerTaxId: string;
  /** A copy says how loud its marking is: NO wants "KOPI" at least 50% larger than the amounts. */
  loudCopy: boolean;
  /** SE, NO: the markings of a provisional (pro forma) and a training receipt, and that neither is a receipt. */
  slip: { provisional: string; training: string; notice: string } | null;
}

const LABELS: Readonly<Record<CountryCode, RenderLabels>> = {
  PL: {
    taxId: "NIP",
    voided: "STORNO",
    signature: "Podpis",
    heading: { sale: "PARAGON FISKALNY", return: "ZWROT" },
    correctionHeading: "PARAGON KORYGUJĄCY",
    originalRef: "Dotyczy dokumentu nr",
    settlement: null,
    cashier: "Kasjer",
    register: "Kasa",
    serial: "Nr unikatowy",
    vatTotal: "SUMA PTU",
    exempt: "zw",
    controlCode: null,
    buyerTaxId: "NIP nabywcy",
    loudCopy: false,
    slip: null,
  },
  SE: {
    taxId: "Org.nr",
    voided: "MAKULERAD",
    signature: "Signatur",
    heading: { sale: "KASSAKVITTO", return: "RETURKVITTO" },
    correctionHeading: "KORRIGERING",
    originalRef: "Avser kvitto, dok.nr",
    settlement: null,
    cashier: "Kassör",
    register: "Kassaregister nr",
    serial: "Kontrollenhet nr",
    vatTotal: null,
    exempt: "0%",
    controlCode: "Kontrollkod",
    buyerTaxId: "Köparens org.nr",
    loudCopy: false,
    slip: { provisional: "PROFORMAKVITTO", training: "ÖVNINGSKVITTO", notice: "DETTA ÄR INTE ETT KVITTO" },
  },
  NO: {
    taxId: "Org.nr",
    voided: "ANNULLERT",
    signature: "Signatur",
    heading: { sale: "SALGSKVITTERING", return: "RETURKVITTERING" },
    correctionHeading: "KORRIGERING",
    originalRef: "Gjelder kvittering, dok.nr",
    settlement: null,
    cashier: "Kasserer",
    register: "Kassenr",
    serial: "Kasse-ID",
    vatTotal: null,
    exempt: "0%",
    controlCode: null,
    buyerTaxId: "Kjøpers org.nr",
    loudCopy: true,
    slip: { provisional: "FORELØPIG KVITTERING", training: "TRENINGSKVITTERING", notice: "IKKE KVITTERING FOR KJØP" },
  },
  RU: {
    taxId: "ИНН",
    voided: "СТОРНО",
    signature: "ФП",
    heading: { sale: "КАССОВЫЙ ЧЕК", return: "КАССОВЫЙ ЧЕК" },
    correctionHeading: "КАССОВЫЙ ЧЕК КОРРЕКЦИИ",
    originalRef: "Чек прихода, ФД №",
    settlement: { sale: "ПРИХОД", return: "ВОЗВРАТ ПРИХОДА" },
    cashier: "Кассир",
    register: "ЗН ККТ",
    serial: "ФН №",
    vatTotal: null,
    exempt: "-",
    controlCode: null,
    buyerTaxId: "ИНН покупателя",
    loudCopy: false,
    slip: null,
  },
};

export function labelsFor(country: CountryCode): RenderLabels {
  return LABELS[country];
}

/** RU (FFD 1.2) words: the tax service's site, taxation systems (tag 1055), measures (tag 2108), item and payment method signs. */
export const RU_WORDS = {
  taxSite: "www.nalog.gov.ru",
  shift: "Смена №",
  receipt: "Чек №",
  place: "Место расчётов",
  taxSystem: "СНО",
  registration: "РН ККТ",
  document: "ФД №",
  ffd: "ФФД",
  site: "Сайт ФНС",
  buyerEmail: "Эл. адрес покупателя",
  buyerPhone: "Телефон покупателя",
  taxSystems: { osn: "ОСН", usn_income: "УСН доход", usn_income_outcome: "УСН доход - расход", esn: "ЕСХН", patent: "ПСН" } as Record<string, string>,
  measures: { 0: "шт", 11: "кг" } as Record<number, string>,
  itemTypes: { 1: "Товар" } as Record<number, string>,
  paymentMethods: { 4: "Полный расчёт" } as Record<number, string>,
};
