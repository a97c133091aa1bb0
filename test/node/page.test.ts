import { describe, expect, it } from "vitest";
import type { ReceiptDocument } from "../../src/core/document";
import { profileFor, type CountryCode } from "../../src/core/profiles";
import { computeTotals, type Line, type Payment, type ReceiptStatus } from "../../src/core/receipt";
import { customerPage, gonePage, notFoundPage, pageLanguage } from "../../src/render/page";

function line(position: number, name: string, quantityMilli: number, unitPrice: number, vatRate: string, voided = false): Line {
  const amount = Math.round((unitPrice * quantityMilli) / 1000);
  return { id: `ln_${position}`, position, name, quantityMilli, unitPrice, discount: 0, vatRate, amount, voided };
}

function makeDoc(country: CountryCode, status: ReceiptStatus, lines: Line[], payments: Payment[]): ReceiptDocument {
  const profile = profileFor(country);
  return {
    id: "rcp_1",
    status,
    profile,
    merchant: { name: "Sklep „Pod Lipą” & Syn", address: "ul. Długa 1, 00-001 Warszawa", taxId: "5260250274", storeName: "Sklep nr 1" },
    createdAt: "2026-03-01T10:00:00.000Z",
    lines,
    payments,
    totals: computeTotals(profile, lines, payments),
    electronic: true,
    fiscal:
      status === "issued"
        ? {
            deviceId: "dev_1",
            deviceSerial: "SIM-PL-000001",
            number: 42,
            numberText: "000042",
            issuedAt: "2026-03-01T10:05:00.000Z",
            signature: "sig",
            hash: "ab",
            prevHash: "00",
            qrPayload: "https://example.test/v?n=42&s=a b",
            printed: false,
          }
        : null,
    customerUrl: "https://example.test/r/tok123",
  };
}

const urls = { token: "tok123", pdfUrl: "/r/tok123/pdf", eventsUrl: "/r/tok123/events", statusUrl: "/r/tok123/status" };

const plLines = [line(1, "Żółć łąka", 2000, 1250, "23"), line(2, "Chleb", 1000, 499, "5"), line(3, "Piwo", 1000, 600, "23", true)];
const plPay: Payment[] = [{ id: "pay_1", method: "cash", amount: 5000, confirmed: true }];

function mainOf(html: string): string {
  const m = /<main[\s\S]*<\/main>/.exec(html);
  if (!m) throw new Error("no <main>");
  return m[0];
}

describe("customerPage", () => {
  it("renders the waiting state with merchant, hint, refresh link and the live-update script, no total", () => {
    const html = customerPage({ doc: makeDoc("PL", "open", plLines, []), ...urls });
    expect(html.startsWith("<!doctype html><html lang=\"pl\">")).toBe(true);
    expect(html).toContain('data-state="waiting"');
    expect(html).toContain("Czekamy na Twój paragon…");
    expect(html).toContain("automatycznie");
    expect(html).toContain("Sklep „Pod Lipą” &amp; Syn");
    expect(html).toMatch(/<a[^>]*href="\/r\/tok123"[^>]*data-testid="refresh"[^>]*>Odśwież<\/a>/);
    expect(html).toContain('data-events="/r/tok123/events"');
    expect(html).toContain('data-status="/r/tok123/status"');
    expect(html).toContain("new WebSocket(");
    expect(html).toContain("EventSource(");
    expect(html).toContain("DOMParser");
    expect(html).not.toContain("location.reload");
    // privacy: nothing of the running sale is shown
    expect(html).not.toContain('data-testid="total"');
    expect(html).not.toContain("Żółć łąka");
    expect(html).not.toContain("download-pdf");
    // works without JS: a noscript auto-refresh as well as the button
    expect(html).toContain('<noscript><meta http-equiv="refresh"');
  });

  it("renders the issued receipt: lines, voided line struck, VAT table, total, payments, change, fiscal data, PDF link", () => {
    const doc = makeDoc("PL", "issued", plLines, plPay);
    const html = customerPage({ doc, ...urls });
    const main = mainOf(html);
    expect(main).toContain('data-state="issued"');
    expect(main).toContain("Żółć łąka");
    expect(main).toContain("2 × 12,50");
    expect(main).toContain("25,00");
    // the voided line is struck through and not counted
    expect(main).toMatch(/class="line void"[^>]*>[\s\S]*?<s>Piwo<\/s>/);
    expect(doc.totals.total).toBe(2999);
    expect(main).toMatch(/data-testid="total"><span>SUMA PLN<\/span><span>29,99<\/span>/);
    // VAT table: 23% (A) on 25,00 and 5% (C) on 4,99
    expect(main).toContain("<td>A 23%</td><td>20,33</td><td>4,67</td><td>25,00</td>");
    expect(main).toContain("<td>C 5%</td><td>4,75</td><td>0,24</td><td>4,99</td>");
    expect(main).toContain("Gotówka");
    expect(main).toMatch(/Reszta<\/span><span class="n">20,01</);
    expect(main).toContain("000042");
    expect(main).toContain("SIM-PL-000001");
    expect(main).toContain("E-PARAGON");
    expect(main).toContain("NIP 5260250274");
    expect(main).toMatch(/<a class="btn" href="\/r\/tok123\/pdf" download="" data-testid="download-pdf">Pobierz PDF<\/a>/);
    expect(main).toContain(`href="/verify?qr=${encodeURIComponent("https://example.test/v?n=42&s=a b").replace(/&/g, "&amp;")}"`);
    // no live-update script once issued
    expect(html).not.toContain("<script");
  });

  it("marks a paper receipt as a receipt, not an e-receipt", () => {
    const doc = { ...makeDoc("PL", "issued", plLines, plPay), electronic: false };
    const main = mainOf(customerPage({ doc, ...urls }));
    expect(main).toContain("PARAGON FISKALNY");
    expect(main).not.toContain("E-PARAGON");
  });

  it("renders the cancelled state", () => {
    const html = customerPage({ doc: makeDoc("PL", "cancelled", plLines, []), ...urls });
    expect(html).toContain('data-state="cancelled"');
    expect(html).toContain("Paragon anulowany");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("download-pdf");
  });

  it("uses Swedish and Russian wording and number formats", () => {
    const sv = customerPage({ doc: makeDoc("SE", "open", [], []), ...urls });
    expect(sv).toContain('<html lang="sv">');
    expect(sv).toContain("Väntar på ditt kvitto…");
    expect(sv).toContain(">Uppdatera sidan</a>");

    const ruLines = [line(1, "Молоко «Простоквашино»", 1500, 8990, "20"), line(2, "Хлеб", 375, 10000, "10")];
    const ruPay: Payment[] = [{ id: "p", method: "card", amount: 17235, confirmed: true }];
    const ru = customerPage({ doc: makeDoc("RU", "issued", ruLines, ruPay), ...urls });
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain("Молоко «Простоквашино»");
    expect(ru).toContain("1.5 × 89.90");
    expect(ru).toContain("0.375 × 100.00");
    expect(ru).toContain("ИТОГ RUB");
    expect(ru).toContain("172.35");
    expect(ru).toContain("Безналичными");
    expect(ru).toContain("Скачать PDF");
    expect(ru).toContain("ЭЛЕКТРОННЫЙ ЧЕК");
    expect(ru).toContain("ИНН");
    expect(ru).toContain("<td>НДС 20%</td>");
  });

  it("escapes hostile text from tills and merchants", () => {
    const hostile = "<script>alert(1)</script>";
    const doc = makeDoc("PL", "issued", [line(1, hostile, 1000, 100, "23")], [{ id: "p", method: "cash", amount: 100, confirmed: true }]);
    doc.merchant = { ...doc.merchant, name: `"><img src=x onerror=alert(2)>` };
    const html = customerPage({ doc, ...urls, pdfUrl: `/r/x"onmouseover="alert(3)` });
    expect(html).not.toContain(hostile);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<img");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
    expect(html).toContain('href="/r/x&quot;onmouseover=&quot;alert(3)"');
    expect(html.match(/<script/g)).toBeNull();

    const waiting = customerPage({ doc: { ...doc, status: "open", fiscal: null }, ...urls, token: 'a"b<c' });
    expect(waiting.match(/<script/g)?.length).toBe(1);
    expect(waiting).toContain('href="/r/a%22b%3Cc"');
  });

  it("stays small", () => {
    const waiting = customerPage({ doc: makeDoc("PL", "open", [], []), ...urls });
    const issued = customerPage({ doc: makeDoc("PL", "issued", plLines, plPay), ...urls });
    expect(new TextEncoder().encode(waiting).length).toBeLessThan(15_000);
    expect(new TextEncoder().encode(issued).length).toBeLessThan(15_000);
  });
});

describe("notFoundPage / gonePage", () => {
  it("are friendly, per language, English by default", () => {
    expect(notFoundPage()).toContain('<html lang="en">');
    expect(notFoundPage()).toContain("We can&#39;t find this receipt");
    expect(notFoundPage()).toContain('data-state="not-found"');
    expect(notFoundPage("pl")).toContain("Nie możemy znaleźć tego paragonu");
    expect(notFoundPage("ru")).toContain("Мы не можем найти этот чек");
    expect(notFoundPage("de")).toContain('<html lang="en">');

    expect(gonePage()).toContain("This receipt link has expired");
    expect(gonePage()).toContain("Receipts are kept for 30 days. Ask the store for a copy.");
    expect(gonePage("sv", 14)).toContain("Kvitton sparas i 14 dagar.");
    expect(gonePage("pl")).toContain("Poproś sklep o kopię");
    expect(gonePage("ru")).toContain('data-state="gone"');
  });

  it("pageLanguage picks a supported language from Accept-Language", () => {
    expect(pageLanguage("pl-PL,pl;q=0.9,en;q=0.8")).toBe("pl");
    expect(pageLanguage("de-DE,sv;q=0.5")).toBe("sv");
    expect(pageLanguage("en-GB,ru;q=0.5")).toBe("en");
    expect(pageLanguage(undefined)).toBe("en");
  });
});
