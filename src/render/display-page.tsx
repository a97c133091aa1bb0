/** @jsxImportSource hono/jsx */
/**
 * The customer display at /display/{token}: the screen facing the customer at a till. Blank
 * between receipts; during a sale the lines, the total and, while it is offered, the QR of the
 * customer's link. A tiny inline script listens (WebSocket -> SSE -> polling) and swaps <main>
 * in place on every change, and once more when the QR window ends.
 */
import { formatMinor, formatQuantity } from "../core/money";
import { profileFor, type CountryProfile, type Language } from "../core/profiles";
import type { DisplayLine, DisplayView } from "../worker/display/view";
import { customerDisplayQrSvg } from "./qr";

/** The display's own words, beside the profile's receipt words (TOTAL, Paid). */
const WORDS: Record<Language | "en", { scan: string; scanned: string }> = {
  pl: { scan: "Zeskanuj, aby dostać e-paragon", scanned: "Otwarte na telefonie ✓" },
  sv: { scan: "Skanna för kvittot i mobilen", scanned: "Öppnat i telefonen ✓" },
  nb: { scan: "Skann for kvitteringen på mobilen", scanned: "Åpnet på telefonen ✓" },
  ru: { scan: "Отсканируйте, чтобы получить электронный чек", scanned: "Открыто на телефоне ✓" },
  en: { scan: "Scan for your e-receipt", scanned: "Opened on your phone ✓" },
};

const CSS = `
*{box-sizing:border-box}
html,body{height:100%}
body{margin:0;background:#f6f7f9;color:#111827;font:clamp(16px,2.2vw,30px)/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{height:100%;display:flex}
main[data-state="idle"]{background:#f6f7f9}
.sale{flex:1 1 60%;display:flex;flex-direction:column;padding:20px 24px;min-width:0}
.lines{flex:1;overflow:auto}
.line{display:flex;justify-content:space-between;gap:16px;padding:8px 0;border-bottom:1px solid #e5e7eb}
.line .nm{overflow-wrap:anywhere}
.line .q{display:block;color:#6b7280;font-size:.75em}
.n{font-family:ui-monospace,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-variant-numeric:tabular-nums;white-space:nowrap}
.void{color:#9ca3af}.void .nm,.void .amt{text-decoration:line-through}
.total{display:flex;justify-content:space-between;align-items:baseline;font-size:1.8em;font-weight:700;padding-top:12px;border-top:3px solid #111827}
.paid{display:flex;justify-content:space-between;color:#4b5563}
.qr{flex:0 0 38%;display:flex;flex-direction:column;align-items:center;justify-content:center;background:#fff;padding:20px;border-left:1px solid #e5e7eb;text-align:center}
.qr svg{width:min(100%,340px);height:auto}
.qr p{margin:12px 0 0;font-weight:600}
.ok{color:#15803d}
.msg{margin:auto;text-align:center;color:#6b7280}
`.replace(/\n/g, "");

/**
 * Refetches this page on every message (and when the QR window ends) and swaps <main>; a revoked
 * link answers 404 and the page stops listening.
 */
const SCRIPT = `(function(){
var ev=location.pathname.replace(/\\/$/,'')+'/events',busy=0,again=0,done=0,timer,qrTimer,ws,es;
function stop(){done=1;clearInterval(timer);try{ws&&ws.close()}catch(e){}try{es&&es.close()}catch(e){}}
function arm(){clearTimeout(qrTimer);var m=document.querySelector('main'),ms=m&&m.getAttribute('data-qr-ms');if(ms)qrTimer=setTimeout(swap,Number(ms)+250);
var l=document.querySelector('.lines');if(l)l.scrollTop=l.scrollHeight}
function swap(){if(done)return;if(busy){again=1;return}busy=1;
fetch(location.href,{headers:{accept:'text/html'},cache:'no-store'}).then(function(r){return r.text().then(function(t){return [r.status,t]})}).then(function(a){
busy=0;var d=new DOMParser().parseFromString(a[1],'text/html'),n=d.querySelector('main'),o=document.querySelector('main');
if(n&&o)o.replaceWith(document.importNode(n,true));if(a[0]===404)return stop();arm();if(again){again=0;swap()}}).catch(function(){busy=0;poll()})}
function poll(){if(done||timer)return;timer=setInterval(swap,3000)}
function sse(){if(done)return;if(!window.EventSource)return poll();es=new EventSource(ev);es.onmessage=swap;es.onerror=function(){if(es)es.close();es=null;poll()}}
var fell=0;function fb(){if(fell||done)return;fell=1;ws=null;sse()}
try{var u=new URL(ev,location.href);u.protocol=u.protocol==='https:'?'wss:':'ws:';ws=new WebSocket(u.href);ws.onmessage=swap;ws.onerror=fb;ws.onclose=fb}catch(e){fb()}
arm();
})();`.replace(/\n/g, "");

function LineRow(props: { profile: CountryProfile; line: DisplayLine }) {
  const { profile, line } = props;
  const money = (minor: number) => formatMinor(minor, profile.decimalSeparator);
  return (
    <div class={line.voided ? "line void" : "line"} data-testid="line">
      <div>
        <span class="nm">{line.name}</span>
        <span class="q n">
          {formatQuantity(line.quantityMilli).replace(".", profile.decimalSeparator)} × {money(line.unitPrice)}
          {line.discount > 0 ? ` −${money(line.discount)}` : ""}
        </span>
      </div>
      <span class="n amt">{money(line.amount)}</span>
    </div>
  );
}

function OpenView(props: { view: Extract<DisplayView, { state: "open" }>; now: Date }) {
  const { view, now } = props;
  const profile = profileFor(view.country);
  const words = WORDS[profile.language];
  const qrLeft = view.qrOfferedUntil ? Date.parse(view.qrOfferedUntil) - now.getTime() : 0;
  return (
    <main data-state="open" data-receipt={view.receiptId} {...(qrLeft > 0 && { "data-qr-ms": String(qrLeft) })}>
      <section class="sale">
        <div class="lines">
          {view.lines.map((line) => (
            <LineRow profile={profile} line={line} />
          ))}
        </div>
        <div class="total" data-testid="total">
          <span>
            {profile.wording.total} {profile.currency}
          </span>
          <span class="n">{formatMinor(view.total, profile.decimalSeparator)}</span>
        </div>
        {view.paid > 0 ? (
          <div class="paid" data-testid="paid">
            <span>{profile.wording.paid}</span>
            <span class="n">{formatMinor(view.paid, profile.decimalSeparator)}</span>
          </div>
        ) : null}
      </section>
      {qrLeft > 0 ? (
        <aside class="qr" data-testid="qr" data-url={view.customerUrl}>
          <div role="img" aria-label={words.scan} dangerouslySetInnerHTML={{ __html: customerDisplayQrSvg(view.customerUrl) }} />
          <p class={view.qrScanned ? "ok" : ""}>{view.qrScanned ? words.scanned : words.scan}</p>
        </aside>
      ) : null}
    </main>
  );
}

function Page(props: { lang: string; live: boolean; children: unknown }) {
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex,nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>Customer display</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        {props.children}
        {props.live ? <script dangerouslySetInnerHTML={{ __html: SCRIPT }} /> : null}
      </body>
    </html>
  );
}

/** The display as it is now: blank between receipts, the open receipt during a sale. */
export function displayPage(view: DisplayView, now: Date): string {
  const lang = view.state === "open" ? profileFor(view.country).language : "en";
  return `<!doctype html>${(
    <Page lang={lang} live>{view.state === "open" ? <OpenView view={view} now={now} /> : <main data-state="idle" />}</Page>
  ).toString()}`;
}

/** An unknown or revoked display link. */
export function displayNotFoundPage(): string {
  return `<!doctype html>${(
    <Page lang="en" live={false}>
      <main data-state="not-found">
        <p class="msg">This display link is not valid (it was revoked or replaced). Ask the till for a new one.</p>
      </main>
    </Page>
  ).toString()}`;
}
