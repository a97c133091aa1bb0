/** @jsxImportSource hono/jsx */
/**
 * The demo till at /demo (dev mode only): a till in the browser that sells to the demo merchants,
 * with the terminal's customer display and the customer's phone beside it, and every HTTP call it
 * makes in a log. It uses only the public API, as a real till would.
 */
import { PROFILES, type CountryCode } from "../core/profiles";
import { DEMO_SCRIPT } from "./demo-script";

interface DemoItem {
  name: string;
  quantity: string;
  unit_price: number;
  vat_rate: string;
}

interface DemoShop {
  name: string;
  key: string;
  currency: string;
  items: DemoItem[];
  delivery: string[];
}

const item = (name: string, quantity: string, unit_price: number, vat_rate: string): DemoItem => ({ name, quantity, unit_price, vat_rate });

/** The demo merchants' shelves, in their own language. */
const SHELVES: Record<"PL" | "SE" | "RU", { name: string; items: DemoItem[]; delivery: string[] }> = {
  PL: {
    name: "Sklep Żabka Demo Sp. z o.o.",
    items: [item("Chleb żytni", "1", 649, "5"), item("Masło extra 200 g", "2", 899, "5"), item("Jabłka Ligol", "1.254", 499, "5"), item("Kawa ziarnista 1 kg", "1", 5999, "23"), item("Płyn do naczyń", "1", 999, "23")],
    delivery: ["auto", "qr", "print", "sms", "email"],
  },
  SE: {
    name: "Kvitto Demo AB",
    items: [item("Kanelbulle", "2", 3500, "12"), item("Bryggkaffe", "1", 3900, "12"), item("Räksmörgås", "1", 8900, "12"), item("Dagens Nyheter", "1", 4500, "6"), item("Tändstickor", "3", 1500, "25")],
    delivery: ["auto", "qr", "print", "ebin", "sms", "email"],
  },
  RU: {
    name: "ООО «Демо Ритейл»",
    items: [item("Хлеб Бородинский", "1", 6500, "10"), item("Молоко 3,2 %", "2", 8990, "10"), item("Гречка 900 г", "1", 11900, "10"), item("Шоколад «Алёнка»", "1", 9900, "22"), item("Чай чёрный", "1", 24900, "22")],
    delivery: ["auto", "qr", "print", "sms", "email"],
  },
};

const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#eef1f4;color:#111827;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
header{display:flex;gap:16px;align-items:center;flex-wrap:wrap;padding:10px 16px;background:#111827;color:#fff}
header h1{font-size:1.05rem;margin:0 12px 0 0}
header input{width:12em}
.grid{display:grid;grid-template-columns:340px minmax(480px,1fr) 300px;gap:14px;padding:14px 16px;align-items:start}
.mid{display:flex;flex-direction:column;gap:14px;min-width:0}
section,figure{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(16,24,40,.1);padding:12px 14px;margin:0}
h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:#6b7280;margin:12px 0 6px}
h2:first-child{margin-top:0}
.items{display:grid;grid-template-columns:1fr 1fr;gap:6px}
.item{display:flex;flex-direction:column;align-items:flex-start;text-align:left;padding:6px 8px;border:1px solid #d1d5db;border-radius:8px;background:#f9fafb;color:#111827;cursor:pointer;font:inherit}
.item small{color:#6b7280}
button{font:inherit;padding:5px 10px;border-radius:6px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}
button:disabled{opacity:.4;cursor:default}
button.x{padding:0 7px;background:#fff;color:#b91c1c;border-color:#fca5a5}
.row{display:flex;gap:6px;align-items:center;flex-wrap:wrap}
table{width:100%;border-collapse:collapse}
td{padding:3px 4px;border-bottom:1px solid #f3f4f6}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.void td{color:#9ca3af;text-decoration:line-through}
.sum{display:flex;justify-content:space-between;font-weight:700;margin-top:6px}
#choice{margin-top:8px;padding:8px;border-radius:8px;background:#fef3c7}
#error{margin-top:8px;padding:8px;border-radius:8px;background:#fee2e2;color:#991b1b}
pre{white-space:pre-wrap;word-break:break-word;background:#f9fafb;padding:6px;border-radius:6px;font-size:12px;margin:6px 0 0}
figcaption{display:flex;justify-content:space-between;align-items:center;font-weight:600;margin-bottom:8px}
iframe{display:block;width:100%;border:0;border-radius:6px;background:#f6f7f9}
#display{width:1024px;height:600px;zoom:.52;border:10px solid #1f2937}
#phone{height:560px;border:8px solid #111827;border-radius:24px}
.log ol{list-style:none;margin:0;padding:0;max-height:330px;overflow:auto}
.log li{border-bottom:1px solid #f3f4f6;padding:3px 0;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.st{padding:0 5px;border-radius:4px;color:#fff}.s2{background:#15803d}.s4{background:#b45309}.s5{background:#b91c1c}
`.replace(/\n/g, "");

/** The Polish demo terminal's key can be changed when the demo is seeded (DEMO_TERMINAL_KEY): the page lets it be edited. */
const PL_KEY = "demo-terminal-key";

function shops(): Record<string, DemoShop> {
  return Object.fromEntries(
    (Object.keys(SHELVES) as ("PL" | "SE" | "RU")[]).map((country) => [
      country,
      { ...SHELVES[country], key: country === "PL" ? PL_KEY : `demo-terminal-key-${country.toLowerCase()}`, currency: PROFILES[country as CountryCode].currency },
    ]),
  );
}

export function demoPage(): string {
  const data = JSON.stringify(shops()).replace(/</g, "\\u003c");
  return `<!doctype html>${(
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex,nofollow" />
        <title>Demo till · eReceipt Edge</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <h1>eReceipt Edge · demo till</h1>
          <label>
            Shop{" "}
            <select id="shop">
              <option value="PL">PL · {SHELVES.PL.name}</option>
              <option value="SE">SE · {SHELVES.SE.name}</option>
              <option value="RU">RU · {SHELVES.RU.name}</option>
            </select>
          </label>
          <label>
            API key <input id="key" autocomplete="off" />
          </label>
          <span id="ready" data-testid="ready" />
        </header>
        <div class="grid">
          <section class="till">
            <h2>1 · Scan items</h2>
            <div class="items" id="items" />
            <h2>
              Receipt · <span id="status" data-testid="status" />
            </h2>
            <table>
              <tbody id="lines" />
            </table>
            <div class="sum">
              <span>Total</span>
              <span id="total" data-testid="till-total" />
            </div>
            <div class="sum">
              <span>Due</span>
              <span id="due" data-testid="due" />
            </div>
            <h2>2 · Payment</h2>
            <div class="row">
              <select id="method">
                <option value="cash">cash</option>
                <option value="card">card</option>
                <option value="voucher">voucher</option>
              </select>
              <input id="amount" type="number" step="0.01" min="0" style="width:8em" />
              <button id="pay" type="button">Take payment</button>
            </div>
            <h2>3 · Delivery</h2>
            <div class="row">
              <select id="delivery" />
              <input id="contact" placeholder="phone or e-mail, for sms / email" style="width:14em" />
            </div>
            <div class="row" style="margin-top:8px">
              <button id="finalize" type="button">Issue the receipt</button>
              <button id="cancel" type="button" class="x">Cancel receipt</button>
            </div>
            <div id="choice" hidden>
              The customer opened the QR: <b>QR receipt?</b>{" "}
              <button id="qr-ok" type="button">OK</button> <button id="qr-change" type="button">Change: print</button>
            </div>
            <div id="error" role="alert" hidden />
            <pre id="print" data-testid="print" hidden />
          </section>
          <div class="mid">
            <figure>
              <figcaption>Customer display</figcaption>
              <iframe id="display" title="Customer display" />
            </figure>
            <section class="log">
              <h2>
                HTTP calls, newest first · messages sent: <a href="/dev/outbox">/dev/outbox</a>
              </h2>
              <ol id="log" />
            </section>
          </div>
          <figure>
            <figcaption>
              Customer's phone{" "}
              <button id="scan" type="button">
                Scan the QR
              </button>
            </figcaption>
            <iframe id="phone" title="Customer's phone" />
          </figure>
        </div>
        <script id="shops" type="application/json" dangerouslySetInnerHTML={{ __html: data }} />
        <script dangerouslySetInnerHTML={{ __html: DEMO_SCRIPT }} />
      </body>
    </html>
  ).toString()}`;
}
