/** @jsxImportSource hono/jsx */
/**
 * The customer's page at /r/{token}: "waiting" while the till is still scanning, then the receipt
 * itself, swapped in place by a tiny inline script (WebSocket -> SSE -> polling) without a reload.
 * Server-rendered with hono/jsx, which escapes every text and attribute value.
 */
import type { ReceiptDocument } from "../core/document";
import { formatMinor, formatQuantity } from "../core/money";
import { PROFILES, type CountryProfile, type Language, type Wording } from "../core/profiles";
import type { Line } from "../core/receipt";
import { fiscalDetails } from "./receipt-content";
import type { JSX } from "hono/jsx/jsx-runtime";

export interface CustomerPageProps {
  doc: ReceiptDocument;
  token: string;
  pdfUrl: string;
  eventsUrl: string;
  statusUrl: string;
  /** The issued receipt's returns, each the customer's own document. */
  returns?: { numberText: string; total: number; pdfUrl: string }[];
}

/** English words, used for `lang` "en" and for any language without a country profile. */
export const ENGLISH_WORDING: Wording = {
  receipt: "RECEIPT",
  eReceipt: "E-RECEIPT",
  total: "TOTAL",
  vat: "VAT",
  net: "Net",
  gross: "Gross",
  paid: "Paid",
  change: "Change",
  fiscalNumber: "Receipt no.",
  device: "Till",
  waiting: "Waiting for your receipt…",
  download: "Download PDF",
  refresh: "Refresh",
  cancelled: "Receipt cancelled",
  copy: "COPY",
  waitingHint: "Your receipt appears here automatically as soon as the cashier completes the sale. Keep this page open.",
  cancelledHint: "The sale was cancelled and no receipt was issued.",
  notFound: "We can't find this receipt",
  notFoundHint: "Check that the link is complete, or scan the QR code again.",
  gone: "This receipt link has expired",
  goneHint: "Receipts are kept for {days} days. Ask the store for a copy.",
  verify: "Verify authenticity",
  vatRate: "Rate",
  taxId: "Tax ID",
  payment: { cash: "Cash", card: "Card", card_standalone: "Card (terminal)", voucher: "Voucher" },
  cardNoTerminal: "Authorisation code {code}; the till called no terminal",
  returns: "Returns",
};

/** Store-local time for the printed date; a country without an entry is shown in UTC. */
const CSS = `
*{box-sizing:border-box}
body{margin:0;background:#eef1f4;color:#1c2430;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;-webkit-text-size-adjust:100%}
main{max-width:440px;margin:0 auto;padding:16px 12px 32px}
.card{background:#fff;border-radius:14px;box-shadow:0 1px 3px rgba(16,24,40,.1),0 8px 24px rgba(16,24,40,.06);padding:20px 18px}
.c{text-align:center}
h1{font-size:1.2rem;margin:0 0 2px}
h2{font-size:1.1rem;margin:14px 0 6px}
p{margin:6px 0}
.m{color:#5b6675;font-size:.88rem}
.n,.total,table{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"DejaVu Sans Mono",monospace;font-variant-numeric:tabular-nums}
.badge{display:inline-block;margin-top:10px;padding:3px 10px;border:1.5px solid #1f6f4a;border-radius:99px;color:#1f6f4a;font-size:.78rem;font-weight:700;letter-spacing:.06em}
.rule{border:0;border-top:1.5px dashed #c9d0d8;margin:14px 0}
.line{display:flex;justify-content:space-between;gap:12px;padding:6px 0}
.line .nm{overflow-wrap:anywhere}
.line .q{display:block;color:#5b6675;font-size:.85rem}
.line .n{white-space:nowrap;align-self:flex-end}
.void{color:#8a94a0}.void .nm,.void .n{text-decoration:line-through}
.total{display:flex;justify-content:space-between;align-items:baseline;font-size:1.45rem;font-weight:700;padding:4px 0}
table{width:100%;margin-top:6px;border-collapse:collapse;font-size:.8rem;color:#3c4654}
th,td{padding:2px 0;text-align:right}th:first-child,td:first-child{text-align:left}
th{font-weight:600;color:#5b6675}
.kv{display:flex;justify-content:space-between;gap:12px;font-size:.92rem;padding:1px 0}
.btn{display:block;width:100%;margin-top:16px;padding:13px 16px;border:0;border-radius:10px;background:#1d4ed8;color:#fff;font:600 1rem system-ui,sans-serif;text-align:center;text-decoration:none}
.btn.sec{background:#fff;color:#1d4ed8;border:1.5px solid #1d4ed8}
.spin{width:44px;height:44px;margin:18px auto;border:4px solid #dbe3ee;border-top-color:#1d4ed8;border-radius:50%;animation:r 1s linear infinite}
@keyframes r{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.spin{animation-duration:3s}}
.ic{font-size:2.4rem;line-height:1;margin:10px 0}
a{color:#1d4ed8}
`.replace(/\n/g, "");

/**
 * Waiting state only. Listens on the events URL (WebSocket, then SSE, then polling the status URL
 * every 3 s); on "issued"/"cancelled" it fetches this page again and swaps <main> in place.
 */
const SCRIPT = `(function(){
var m=document.querySelector('main[data-state="waiting"]');if(!m)return;
var ev=m.getAttribute('data-events'),st=m.getAttribute('data-status'),done=0,busy=0,ws,es,timer;
function stop(){done=1;clearInterval(timer);try{ws&&ws.close()}catch(e){}try{es&&es.close()}catch(e){}}
function poll(){if(done||timer)return;timer=setInterval(check,3000);check()}
function swap(){if(done||busy)return;busy=1;
fetch(location.href,{headers:{accept:'text/html'},cache:'no-store'}).then(function(r){return r.text()}).then(function(t){
busy=0;var d=new DOMParser().parseFromString(t,'text/html'),n=d.querySelector('main'),o=document.querySelector('main');
if(!n||!o||done)return;if(n.getAttribute('data-state')==='waiting')return poll();
stop();o.replaceWith(document.importNode(n,true));document.title=d.title}).catch(function(){busy=0;poll()})}
function check(){if(done)return;fetch(st,{headers:{accept:'application/json'},cache:'no-store'}).then(function(r){return r.json()}).then(function(j){if(j&&j.status&&j.status!=='open')swap()}).catch(function(){})}
function msg(e){var t;try{t=JSON.parse(e.data).type}catch(x){return}if(t==='issued'||t==='cancelled')swap()}
function sse(){if(done)return;if(!window.EventSource)return poll();
es=new EventSource(ev);es.onmessage=msg;es.onopen=check;es.addEventListener('issued',swap);es.addEventListener('cancelled',swap);
es.onerror=function(){if(es)es.close();es=null;poll()}}
var fell=0;function fb(){if(fell||done)return;fell=1;ws=null;sse()}
try{var u=new URL(ev,location.href);u.protocol=u.protocol==='https:'?'wss:':'ws:';ws=new WebSocket(u.href);ws.onopen=check;ws.onmessage=msg;ws.onerror=fb;ws.onclose=fb}catch(e){fb()}
document.addEventListener('visibilitychange',function(){if(!document.hidden)check()});
})();`.replace(/\n/g, "");

function wordingFor(lang: string | undefined): { lang: Language; words: Wording } {
  const profile = Object.values(PROFILES).find((p) => p.language === lang);
  return profile ? { lang: profile.language, words: profile.wording } : { lang: "en", words: ENGLISH_WORDING };
}

function money(profile: CountryProfile, minor: number): string {
  return formatMinor(minor, profile.decimalSeparator);
}

function quantity(profile: CountryProfile, milli: number): string {
  return formatQuantity(milli).replace(".", profile.decimalSeparator);
}

function issuedAtText(profile: CountryProfile, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(profile.locale, {
      dateStyle: "short",
      timeStyle: "short",
      timeZone: profile.timeZone,
    }).format(date);
  } catch {
    return iso.slice(0, 16).replace("T", " ");
  }
}

function render(node: JSX.Element): string {
  const html = node.toString();
  // Every component here is synchronous; an async one would stringify as "[object Promise]".
  if (typeof html !== "string" || html === "[object Promise]") throw new Error("page components must be synchronous");
  return `<!doctype html>${html}`;
}

function Layout(props: { lang: Language; title: string; children: JSX.Element; script?: boolean; noscriptRefresh?: boolean }) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex,nofollow" />
        <meta name="referrer" content="no-referrer" />
        <meta name="color-scheme" content="light" />
        <title>{props.title}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
        {props.noscriptRefresh ? (
          <noscript>
            <meta http-equiv="refresh" content="15" />
          </noscript>
        ) : null}
      </head>
      <body>
        {props.children}
        {props.script ? <script dangerouslySetInnerHTML={{ __html: SCRIPT }} /> : null}
      </body>
    </html>
  );
}

function MerchantHeader(props: { doc: ReceiptDocument }) {
  const { merchant, profile } = props.doc;
  return (
    <header class="c">
      <h1>{merchant.name}</h1>
      {merchant.storeName && merchant.storeName !== merchant.name ? <p class="m">{merchant.storeName}</p> : null}
      {merchant.address ? <p class="m">{merchant.address}</p> : null}
      {merchant.taxId ? (
        <p class="m">
          {profile.wording.taxId} {merchant.taxId}
        </p>
      ) : null}
    </header>
  );
}

function LineRow(props: { profile: CountryProfile; line: Line }) {
  const { profile, line } = props;
  const rate = profile.vatRates.find((r) => r.code === line.vatRate);
  return (
    <div class={line.voided ? "line void" : "line"} data-testid="line">
      <div>
        <span class="nm">{line.voided ? <s>{line.name}</s> : line.name}</span>
        <span class="q n">
          {quantity(profile, line.quantityMilli)} × {money(profile, line.unitPrice)}
          {line.discount > 0 ? ` −${money(profile, line.discount)}` : ""} {rate ? rate.label : line.vatRate}
        </span>
      </div>
      <span class="n">{line.voided ? <s>{money(profile, line.amount)}</s> : money(profile, line.amount)}</span>
    </div>
  );
}

function IssuedView(props: CustomerPageProps) {
  const { doc, pdfUrl } = props;
  const { profile, totals, fiscal } = doc;
  const w = profile.wording;
  return (
    <main data-state="issued">
      <div class="card">
        <MerchantHeader doc={doc} />
        <div class="c">
          <span class="badge">{doc.electronic ? w.eReceipt : w.receipt}</span>
          {fiscal ? <p class="m n">{issuedAtText(profile, fiscal.issuedAt)}</p> : null}
        </div>
        <hr class="rule" />
        <section>
          {doc.lines.map((line) => (
            <LineRow profile={profile} line={line} />
          ))}
        </section>
        <hr class="rule" />
        <div class="total" data-testid="total">
          <span>
            {w.total} {profile.currency}
          </span>
          <span>{money(profile, totals.total)}</span>
        </div>
        {totals.vat.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th>{w.vatRate}</th>
                <th>{w.net}</th>
                <th>{w.vat}</th>
                <th>{w.gross}</th>
              </tr>
            </thead>
            <tbody>
              {totals.vat.map((row) => (
                <tr>
                  <td>{/^\d+$/.test(row.rate) && !row.label.includes("%") ? `${row.label} ${row.rate}%` : row.label}</td>
                  <td>{money(profile, row.net)}</td>
                  <td>{money(profile, row.vat)}</td>
                  <td>{money(profile, row.gross)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <hr class="rule" />
        <section>
          {doc.payments.map((p) => (
            <div class="kv">
              <span>{w.payment[p.method]}</span>
              <span class="n">{money(profile, p.amount)}</span>
            </div>
          ))}
          <div class="kv">
            <span>{w.paid}</span>
            <span class="n">{money(profile, totals.paid)}</span>
          </div>
          {totals.change > 0 ? (
            <div class="kv" data-testid="change">
              <span>{w.change}</span>
              <span class="n">{money(profile, totals.change)}</span>
            </div>
          ) : null}
        </section>
        {fiscal ? (
          <>
            <hr class="rule" />
            <section class="m">
              <div class="kv">
                <span>{w.fiscalNumber}</span>
                <span class="n" data-testid="fiscal-number">
                  {fiscal.numberText}
                </span>
              </div>
              <div class="kv">
                <span>{w.device}</span>
                <span class="n">{fiscal.deviceSerial}</span>
              </div>
              {fiscalDetails(doc)
                .filter(([label]) => label !== w.fiscalNumber && label !== w.device)
                .map(([label, value]) => (
                  <div class="kv">
                    <span>{label}</span>
                    <span class="n">{value}</span>
                  </div>
                ))}
              <p class="c">
                <a href={`/verify?qr=${encodeURIComponent(fiscal.qrPayload)}`} rel="nofollow">
                  {w.verify}
                </a>
              </p>
            </section>
          </>
        ) : null}
        {props.returns?.length ? (
          <>
            <hr class="rule" />
            <section data-testid="returns">
              <h2>{w.returns}</h2>
              {props.returns.map((r) => (
                <div class="kv">
                  <a href={r.pdfUrl} download>
                    {r.numberText}
                  </a>
                  <span class="n">−{money(profile, r.total)}</span>
                </div>
              ))}
            </section>
          </>
        ) : null}
      </div>
      <a class="btn" href={pdfUrl} download data-testid="download-pdf">
        {w.download}
      </a>
    </main>
  );
}

function WaitingView(props: CustomerPageProps) {
  const { doc, token, eventsUrl, statusUrl } = props;
  const w = doc.profile.wording;
  return (
    <main data-state="waiting" data-events={eventsUrl} data-status={statusUrl} aria-live="polite">
      <div class="card c">
        <h1>{doc.merchant.name}</h1>
        {doc.merchant.address ? <p class="m">{doc.merchant.address}</p> : null}
        <div class="spin" role="progressbar" aria-label={w.waiting} />
        <h2>{w.waiting}</h2>
        <p class="m">{w.waitingHint}</p>
      </div>
      <a class="btn sec" href={`/r/${encodeURIComponent(token)}`} data-testid="refresh">
        {w.refresh}
      </a>
    </main>
  );
}

function CancelledView(props: CustomerPageProps) {
  const { doc } = props;
  const w = doc.profile.wording;
  return (
    <main data-state="cancelled">
      <div class="card c">
        <h1>{doc.merchant.name}</h1>
        <div class="ic" aria-hidden="true">
          ⊘
        </div>
        <h2>{w.cancelled}</h2>
        <p class="m">{w.cancelledHint}</p>
      </div>
    </main>
  );
}

/** The full HTML of /r/{token} for the receipt's current state. */
export function customerPage(props: CustomerPageProps): string {
  const { doc } = props;
  const w = doc.profile.wording;
  const lang = doc.profile.language;
  if (doc.status === "issued") {
    return render(
      <Layout lang={lang} title={`${doc.electronic ? w.eReceipt : w.receipt} · ${doc.merchant.name}`}>
        <IssuedView {...props} />
      </Layout>,
    );
  }
  if (doc.status === "cancelled") {
    return render(
      <Layout lang={lang} title={`${w.cancelled} · ${doc.merchant.name}`}>
        <CancelledView {...props} />
      </Layout>,
    );
  }
  return render(
    <Layout lang={lang} title={`${w.waiting} · ${doc.merchant.name}`} script noscriptRefresh>
      <WaitingView {...props} />
    </Layout>,
  );
}

function MessagePage(props: { lang: Language; state: string; icon: string; title: string; hint: string }) {
  return render(
    <Layout lang={props.lang} title={props.title}>
      <main data-state={props.state}>
        <div class="card c">
          <div class="ic" aria-hidden="true">
            {props.icon}
          </div>
          <h1>{props.title}</h1>
          <p class="m">{props.hint}</p>
        </div>
      </main>
    </Layout>,
  );
}

/** 404: the token is unknown. `lang` is a page language ("pl", "sv", "ru", "en"); English otherwise. */
export function notFoundPage(lang?: string): string {
  const { lang: l, words } = wordingFor(lang);
  return MessagePage({ lang: l, state: "not-found", icon: "?", title: words.notFound, hint: words.notFoundHint });
}

/** 410: the link is past retention. */
export function gonePage(lang?: string, retentionDays = 30): string {
  const { lang: l, words } = wordingFor(lang);
  const hint = words.goneHint.replace("{days}", String(retentionDays));
  return MessagePage({ lang: l, state: "gone", icon: "⌛", title: words.gone, hint });
}

/** Picks the first supported page language from an Accept-Language header ("en" if none). */
export function pageLanguage(acceptLanguage: string | null | undefined): Language {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const code = part.trim().split(";")[0]?.split("-")[0]?.toLowerCase() ?? "";
    if (code === "en") return "en";
    const profile = Object.values(PROFILES).find((p) => p.language === code);
    if (profile) return profile.language;
  }
  return "en";
}
