/**
 * Norway: a device's journal for a period as a SAF-T Cash Register audit file (XML, the Tax
 * Administration's schema v1.00): company, VAT codes, employees (cashiers), the code lists used,
 * and per cash register its events (receipts, Z reports with their report) and transactions.
 */
import type { MerchantInfo } from "../core/document";
import { divRound, formatMinor } from "../core/money";
import type { CountryProfile } from "../core/profiles";
import { readPayload, type FiscalDocument, type ReceiptPayload, type ZReportPayload } from "../simulator";

export interface SaftExport {
  profile: CountryProfile;
  merchant: MerchantInfo;
  /** The register's ID as the audit file names it (its own number). */
  registerId: string;
  /** Local calendar days, inclusive. */
  from: string;
  to: string;
  /** Local time of the export, with its offset. */
  createdAt: string;
  /** The device's documents issued in the period, in number order. */
  documents: FiscalDocument[];
  /** Provisional and training prints in the period: local time with its offset, and the sale they were of. */
  slips: { kind: "provisional" | "training"; at: string; receiptId: string; amount: number }[];
}

const SLIP_EVENTS = { provisional: "PROREC", training: "TRAREC" } as const;

// Norwegian standard VAT codes (SAF-T): output VAT at the general, medium and low rate; 5 = zero rate.
const STANDARD_VAT: Record<string, string> = { "25": "3", "15": "31", "12": "33", "0": "5" };
const PAYMENTS: Record<string, { id: string; code: string; desc: string }> = {
  cash: { id: "CASH", code: "12001", desc: "Cash" },
  card: { id: "CARD", code: "12002", desc: "Debit card" },
  card_standalone: { id: "CARD", code: "12002", desc: "Debit card" },
  voucher: { id: "GIFT", code: "12005", desc: "Gift token" },
};
const paymentOf = (method: string) => PAYMENTS[method] ?? { id: "OTHER", code: "12999", desc: "Other" };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const amount = (minor: number) => formatMinor(minor, ".");
const percent = (code: string) => `${/^\d+$/.test(code) ? code : "0"}.00`;
/** "2026-11-26T10:05:43+01:00" -> ["2026-11-26", "10:05:43"]: the local date and time as printed. */
const localParts = (iso: string): [string, string] => [iso.slice(0, 10), iso.slice(11, 19)];

/** Minimal XML writer: elements in schema order, text escaped, two-space indentation. */
class Xml {
  private out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;
  open(name: string, attrs = ""): this {
    this.out.push(`${"  ".repeat(this.depth++)}<${name}${attrs}>`);
    return this;
  }
  close(name: string): this {
    this.out.push(`${"  ".repeat(--this.depth)}</${name}>`);
    return this;
  }
  leaf(name: string, value: string | number): this {
    this.out.push(`${"  ".repeat(this.depth)}<${name}>${esc(String(value))}</${name}>`);
    return this;
  }
  group(name: string, fill: () => void): this {
    this.open(name);
    fill();
    return this.close(name);
  }
  toString(): string {
    return `${this.out.join("\n")}\n`;
  }
}

function vatOfLine(gross: number, rate: string): number {
  const bp = /^\d+$/.test(rate) ? Number(rate) * 100 : 0;
  return divRound(gross * bp, 10_000 + bp);
}

function transaction(x: Xml, p: ReceiptPayload, doc: FiscalDocument, employees: Map<string, string>): void {
  const sign = p.kind === "sale" ? 1 : -1;
  const tp = p.kind === "sale" ? "C" : "D";
  const [date, time] = localParts(p.issuedAt);
  const emp = employees.get(p.cashier ?? "");
  const vatTotal = p.vat.reduce((s, r) => s + r.vat, 0);
  x.group("cashtransaction", () => {
    x.leaf("nr", p.number).leaf("transID", doc.numberText).leaf("transType", p.kind === "sale" ? "CASHSAL" : "RETURNSAL");
    x.leaf("transAmntIn", amount(sign * p.total)).leaf("transAmntEx", amount(sign * (p.total - vatTotal))).leaf("amntTp", tp);
    if (emp) x.leaf("empID", emp);
    x.leaf("periodNumber", 1).leaf("transDate", date).leaf("transTime", time);
    p.lines.forEach((line, i) => {
      const vat = vatOfLine(line.amount, line.vatRate);
      x.group("ctLine", () => {
        x.leaf("nr", p.number).leaf("lineID", i + 1).leaf("lineType", p.kind === "sale" ? "SAL" : "RET").leaf("artGroupID", "1");
        x.leaf("qnt", line.quantity).leaf("lineAmntIn", amount(sign * line.amount)).leaf("lineAmntEx", amount(sign * (line.amount - vat))).leaf("amntTp", tp);
        x.leaf("cashTransLineDescr", line.name.slice(0, 9999)).leaf("lineDate", date).leaf("lineTime", time);
        x.group("vat", () => {
          x.leaf("vatCode", line.vatRate).leaf("vatPerc", percent(line.vatRate)).leaf("vatAmnt", amount(sign * vat)).leaf("vatAmntTp", tp).leaf("vatBasAmnt", amount(sign * (line.amount - vat)));
        });
      });
    });
    for (const row of p.vat) {
      x.group("vat", () => {
        x.leaf("vatCode", row.rate).leaf("vatPerc", percent(row.rate)).leaf("vatAmnt", amount(sign * row.vat)).leaf("vatAmntTp", tp).leaf("vatBasAmnt", amount(sign * row.net));
      });
    }
    const change = Math.max(0, p.payments.reduce((s, pay) => s + pay.amount, 0) - p.total);
    for (const pay of p.payments) {
      // Cash: what stayed in the drawer, the tendered amount less the change.
      const paid = pay.method === "cash" ? pay.amount - change : pay.amount;
      x.group("payment", () => x.leaf("paymentType", paymentOf(pay.method).id).leaf("paidAmnt", amount(sign * paid)).leaf("curCode", p.currency));
    }
    x.leaf("signature", doc.signature).leaf("keyVersion", doc.keyId).leaf("voidTransaction", "false").leaf("trainingID", "false");
  });
}

function zReport(x: Xml, z: ZReportPayload, e: SaftExport, companyIdent: string): void {
  const { totals, grandTotal } = z;
  const [date, time] = localParts(z.issuedAt);
  const net = totals.sales.total - totals.returns.total;
  const payments = totals.payments ?? [];
  const cashCount = payments.filter((p) => p.method === "cash").reduce((s, p) => s + p.sales.count + p.returns.count, 0);
  // Corrections, price look-ups and other corrections are not recorded by the device: one "None" row each, as the schema needs one.
  const zero = (group: string, row: string, type: string, prefix: string) =>
    x.group(group, () => x.group(row, () => x.leaf(type, "None").leaf(`${prefix}Num`, 0).leaf(`${prefix}Amnt`, "0.00")));
  x.group("eventReport", () => {
    x.leaf("reportID", z.shift).leaf("reportType", "Z report").leaf("companyIdent", companyIdent).leaf("companyName", e.merchant.name.slice(0, 100));
    x.leaf("reportDate", date).leaf("reportTime", time).leaf("registerID", e.registerId);
    x.group("reportTotalCashSales", () => x.leaf("totalCashSaleAmnt", amount(net)));
    x.group("reportArtGroups", () => x.group("reportArtGroup", () => x.leaf("artGroupID", "1").leaf("artGroupNum", totals.sales.count).leaf("artGroupAmnt", amount(net))));
    x.group("reportPayments", () => {
      const rows = payments.length ? payments : [{ method: "cash", sales: { count: 0, total: 0 }, returns: { count: 0, total: 0 } }];
      for (const p of rows) {
        x.group("reportPayment", () => x.leaf("paymentType", paymentOf(p.method).id).leaf("paymentNum", p.sales.count + p.returns.count).leaf("paymentAmnt", amount(p.sales.total - p.returns.total)));
      }
    });
    x.group("reportCashSalesVat", () => {
      const rows = totals.vat.length ? totals.vat : [{ rate: "0", sales: { net: 0, vat: 0, gross: 0 }, returns: { net: 0, vat: 0, gross: 0 } }];
      for (const r of rows) {
        x.group("reportCashSaleVat", () => {
          x.leaf("vatCode", r.rate).leaf("vatPerc", percent(r.rate)).leaf("cashSaleAmnt", amount(r.sales.net - r.returns.net)).leaf("vatAmnt", amount(r.sales.vat - r.returns.vat)).leaf("vatAmntTp", "C");
        });
      }
    });
    x.leaf("reportOpeningChangeFloat", "0.00").leaf("reportReceiptNum", totals.sales.count + totals.returns.count).leaf("reportOpenCashBoxNum", cashCount);
    x.leaf("reportReceiptCopyNum", totals.copies).leaf("reportReceiptCopyAmnt", amount(totals.copyTotal ?? 0));
    x.leaf("reportReceiptProformaNum", totals.provisional?.count ?? 0).leaf("reportReceiptProformaAmnt", amount(totals.provisional?.total ?? 0));
    x.leaf("reportReturnNum", totals.returns.count).leaf("reportReturnAmnt", amount(totals.returns.total));
    x.leaf("reportDiscountNum", totals.discounts?.count ?? 0).leaf("reportDiscountAmnt", amount(totals.discounts?.total ?? 0)).leaf("reportVoidTransNum", 0).leaf("reportVoidTransAmnt", "0.00");
    zero("reportCorrLines", "reportCorrLine", "corrLineType", "corrLine");
    zero("reportPriceInquiries", "reportPriceInquiry", "priceInquiryGroup", "priceInquiry");
    zero("reportOtherCorrs", "reportOtherCorr", "otherCorrType", "otherCorr");
    x.leaf("reportReceiptDeliveryNum", 0).leaf("reportReceiptDeliveryAmnt", "0.00").leaf("reportTrainingNum", totals.training?.count ?? 0).leaf("reportTrainingAmnt", amount(totals.training?.total ?? 0));
    x.leaf("reportGrandTotalSales", amount(grandTotal.sales)).leaf("reportGrandTotalReturn", amount(grandTotal.returns)).leaf("reportGrandTotalSalesNet", amount(grandTotal.sales - grandTotal.returns));
  });
}

export function saftCashRegisterXml(e: SaftExport): string {
  const companyIdent = e.merchant.taxId.replace(/\D/g, "");
  const signed = e.documents.map((doc) => ({ doc, p: readPayload(doc.payload) }));
  const employees = new Map<string, string>();
  for (const { p } of signed) if ((p?.kind === "sale" || p?.kind === "return") && p.cashier && !employees.has(p.cashier)) employees.set(p.cashier, String(employees.size + 1));
  const [createdDate, createdTime] = localParts(e.createdAt);
  const x = new Xml();
  x.open("auditfile", ' xmlns="urn:StandardAuditFile-Taxation-CashRegister:NO"');
  x.group("header", () => {
    x.leaf("fiscalYear", e.from.slice(0, 4)).leaf("startDate", e.from).leaf("endDate", e.to).leaf("curCode", e.profile.currency);
    x.leaf("dateCreated", createdDate).leaf("timeCreated", createdTime);
    x.leaf("softwareDesc", "eReceipt Edge").leaf("softwareVersion", "1.0").leaf("softwareCompanyName", "eReceipt Edge").leaf("auditfileVersion", "1.0");
  });
  x.group("company", () => {
    x.leaf("companyIdent", companyIdent).leaf("companyName", e.merchant.name.slice(0, 100)).leaf("taxRegistrationCountry", "NO").leaf("taxRegIdent", `${companyIdent}MVA`);
    x.group("vatCodeDetails", () => {
      for (const rate of e.profile.vatRates) {
        x.group("vatCodeDetail", () => x.leaf("vatCode", rate.code).leaf("dateOfEntry", e.from).leaf("vatDesc", `MVA ${rate.code} %`).leaf("standardVatCode", STANDARD_VAT[rate.code] ?? "6"));
      }
    });
    x.group("periods", () => x.group("period", () => x.leaf("periodNumber", 1).leaf("startDatePeriod", e.from).leaf("endDatePeriod", e.to)));
    if (employees.size) {
      x.group("employees", () => {
        for (const [name, id] of employees) x.group("employee", () => x.leaf("empID", id).leaf("dateOfEntry", e.from).leaf("timeOfEntry", "00:00:00").leaf("surName", name.slice(0, 100)));
      });
    }
    x.group("basics", () => {
      const basic = (type: string, id: string, code: string | null, desc: string) =>
        x.group("basic", () => {
          x.leaf("basicType", type).leaf("basicID", id);
          if (code) x.leaf("predefinedBasicID", code);
          x.leaf("basicDesc", desc);
        });
      basic("04", "1", "04999", "Goods");
      basic("05", "SAL", null, "Sale line");
      basic("05", "RET", null, "Return line");
      basic("11", "CASHSAL", "11001", "Cash sale");
      basic("11", "RETURNSAL", "11006", "Return payment");
      for (const p of new Map(Object.values(PAYMENTS).map((v) => [v.id, v])).values()) basic("12", p.id, p.code, p.desc);
      basic("13", "SALREC", "13012", "Sales receipt printed");
      basic("13", "RETREC", "13013", "Return receipt");
      basic("13", "ZREP", "13009", "Z report");
      basic("13", SLIP_EVENTS.provisional, "13015", "Provisional receipt");
      basic("13", SLIP_EVENTS.training, "13017", "Training receipt");
    });
    x.group("location", () => {
      x.leaf("name", (e.merchant.storeName || e.merchant.name).slice(0, 100));
      x.group("cashregister", () => {
        x.leaf("registerID", e.registerId);
        // Documents and provisional/training prints, in the order they happened.
        const happened: { at: string; write: () => void }[] = [];
        for (const { doc, p } of signed) {
          if (!p || p.kind === "shift_open") continue;
          happened.push({
            at: p.issuedAt,
            write: () => {
              x.leaf("eventType", p.kind === "sale" ? "SALREC" : p.kind === "return" ? "RETREC" : "ZREP");
              if (p.kind !== "z_report") x.leaf("transID", doc.numberText);
              const [date, time] = localParts(p.issuedAt);
              x.leaf("eventDate", date).leaf("eventTime", time);
              if (p.kind === "z_report") zReport(x.leaf("eventText", `Z-rapport ${doc.numberText}`), p, e, companyIdent);
            },
          });
        }
        for (const slip of e.slips) {
          happened.push({
            at: slip.at,
            write: () => {
              const [date, time] = localParts(slip.at);
              const what = slip.kind === "provisional" ? "Foreløpig kvittering" : "Treningskvittering";
              x.leaf("eventType", SLIP_EVENTS[slip.kind]).leaf("eventDate", date).leaf("eventTime", time).leaf("eventText", `${what} ${amount(slip.amount)} (${slip.receiptId})`);
            },
          });
        }
        happened.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
        happened.forEach((event, i) =>
          x.group("event", () => {
            x.leaf("eventID", i + 1);
            event.write();
          }),
        );
        for (const { doc, p } of signed) if (p?.kind === "sale" || p?.kind === "return") transaction(x, p, doc, employees);
      });
    });
  });
  x.close("auditfile");
  return x.toString();
}
