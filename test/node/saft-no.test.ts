/** Norway: the SAF-T Cash Register export of a period, validated against the Tax Administration's schema. */
import { describe, expect, it } from "vitest";
import { profileFor } from "../../src/core/profiles";
import { saftCashRegisterXml } from "../../src/render/saft-no";
import { closeShift, copyOf, fiscalize, type FiscalDocument, type SaleRequest } from "../../src/simulator";
import { testDevices } from "../support/simulator-devices";
import { SAFT_NO_SCHEMA as SCHEMA, validateXml } from "../support/xmllint";

const { signer, fresh } = testDevices("saft-secret");
const merchant = { name: "Bakeriet Grünerløkka AS", address: "Thorvald Meyers gate 30, 0555 Oslo", taxId: "912 345 678 MVA", storeName: "Butikk Grünerløkka" };

async function journal(): Promise<FiscalDocument[]> {
  const sign = signer("NO");
  const bun = { name: "Skolebolle", quantity: "2", unitPrice: 3900, amount: 7800, vatRate: "15" };
  const bag = { name: "Bærepose <stor> & sterk", quantity: "1", unitPrice: 300, amount: 300, vatRate: "25" };
  const sale: SaleRequest = {
    kind: "sale", receiptId: "r1", issuedAt: "2026-11-22T09:00:00Z", currency: "NOK", total: 8100,
    vat: [{ rate: "15", net: 6783, vat: 1017, gross: 7800 }, { rate: "25", net: 240, vat: 60, gross: 300 }],
    lines: [bun, bag], payments: [{ method: "cash", amount: 10000 }], printed: true, cashier: "Kari Nordmann",
  };
  const a = await fiscalize(fresh("NO"), sale, sign);
  const copy = await copyOf(a.state, a.document, "2026-11-22T09:01:00Z", true);
  const ret = await fiscalize(
    copy.state,
    { ...sale, kind: "return", receiptId: "r1", issuedAt: "2026-11-22T09:05:00Z", total: 300, vat: [{ rate: "25", net: 240, vat: 60, gross: 300 }], lines: [{ ...bag, originalLine: 1 }], payments: [{ method: "card", amount: 300 }], original: a.document, earlierReturns: [] },
    sign,
  );
  const z = await closeShift(ret.state, "2026-11-22T20:00:00Z", sign);
  return [a.document, ret.document, z.document];
}

describe("SAF-T Cash Register (NO)", () => {
  it("exports a day's receipts, return and Z report as a file the published schema accepts", async () => {
    const xml = saftCashRegisterXml({
      profile: profileFor("NO"),
      merchant,
      registerId: "NO-0123456789",
      from: "2026-11-22",
      to: "2026-11-22",
      createdAt: "2026-11-23T08:00:00+01:00",
      documents: await journal(),
      slips: [{ kind: "provisional", at: "2026-11-22T09:30:00+01:00", receiptId: "r9", amount: 37800 }],
    });
    const verdict = validateXml(xml, SCHEMA);
    expect(verdict.output).toMatch(/validates/);
    expect(verdict.valid).toBe(true);
    // The sale: local time, credit amounts, cash net of change; the return in debit.
    expect(xml).toContain("<transDate>2026-11-22</transDate>");
    expect(xml).toContain("<transTime>10:00:00</transTime>");
    expect(xml).toContain("<transAmntIn>81.00</transAmntIn>");
    expect(xml).toMatch(/<paymentType>CASH<\/paymentType>\s*<paidAmnt>81\.00<\/paidAmnt>/);
    expect(xml).toMatch(/<transType>RETURNSAL<\/transType>\s*<transAmntIn>-3\.00<\/transAmntIn>/);
    expect(xml).toContain("Bærepose &lt;stor&gt; &amp; sterk");
    expect(xml).toContain("<companyIdent>912345678</companyIdent>");
    expect(xml).toMatch(/<reportType>Z report<\/reportType>/);
    expect(xml).toContain("<reportReceiptCopyNum>1</reportReceiptCopyNum>");
    expect(xml).toContain("<reportReceiptCopyAmnt>81.00</reportReceiptCopyAmnt>");
    expect(xml).toContain("<reportGrandTotalSalesNet>78.00</reportGrandTotalSalesNet>");
    // The provisional receipt printed before the sale is the first event, with its code in the basics.
    expect(xml).toMatch(/<basicID>PROREC<\/basicID>\s*<predefinedBasicID>13015<\/predefinedBasicID>/);
    expect(xml).toMatch(/<event>\s*<eventID>1<\/eventID>\s*<eventType>PROREC<\/eventType>\s*<eventDate>2026-11-22<\/eventDate>\s*<eventTime>09:30:00<\/eventTime>\s*<eventText>Foreløpig kvittering 378\.00 \(r9\)<\/eventText>/);
    expect(xml).toMatch(/<eventID>2<\/eventID>\s*<eventType>SALREC<\/eventType>/);
    expect(xml).toMatch(/<empID>1<\/empID>\s*<dateOfEntry>2026-11-22<\/dateOfEntry>\s*<timeOfEntry>00:00:00<\/timeOfEntry>\s*<surName>Kari Nordmann<\/surName>/);
  });

  it("the schema check can fail: a file missing a required element is refused", () => {
    const verdict = validateXml('<?xml version="1.0"?><auditfile xmlns="urn:StandardAuditFile-Taxation-CashRegister:NO"><header/></auditfile>', SCHEMA);
    expect(verdict.valid).toBe(false);
  });
});
