/** Public checker (no auth): GET /verify for a fiscal QR or a PL e-receipt JWS, GET /.well-known/jwks.json for the keys. */
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { DomainError } from "../../core/errors";
import { formatMinor } from "../../core/money";
import { PROFILES } from "../../core/profiles";
import { parseFiscalQr, type FiscalCountry } from "../../simulator";
import type { AppEnv } from "../app";
import type { Ports } from "../ports";
import { publishedKeys, verifyJwsText, verifyQr, type Verification, type VerifiedDocument } from "../services/verify";
import { jsonContent, problems, publicAccess } from "./openapi";

const MAX_PARAM_BYTES = 4096;
const tags = ["verification"];

const DocumentSchema = z
  .object({
    country: z.string().openapi({ example: "PL" }),
    serial: z.string(),
    device_id: z.string(),
    number: z.number().int(),
    number_text: z.string(),
    kind: z.enum(["sale", "return", "z_report"]),
    issued_at: z.string(),
    total: z.number().int().openapi({ description: "Minor units" }),
    currency: z.string(),
    lines: z.array(z.object({ name: z.string(), quantity: z.string(), unit_price: z.number(), amount: z.number(), vat_rate: z.string() })).optional(),
    vat: z.array(z.object({ rate: z.string(), net: z.number(), vat: z.number(), gross: z.number() })).optional(),
    printed: z.boolean(),
  })
  .openapi("VerifiedDocument");

const VerificationSchema = z
  .object({
    valid: z.boolean(),
    reason: z.string().optional().openapi({ description: "Why it is not authentic" }),
    document: DocumentSchema.optional().openapi({ description: "Only when valid: the signed facts" }),
  })
  .openapi("Verification");

const JwksSchema = z
  .object({ keys: z.array(z.object({ kty: z.string(), crv: z.string(), x: z.string(), kid: z.string(), alg: z.string(), use: z.string() })) })
  .openapi("Jwks");

const VerifyQuery = z.object({
  qr: z.string().optional().openapi({ description: "The fiscal QR text (EREC1*... or t=...&fn=...), URL-encoded; at most 4 KB" }),
  jws: z.string().optional().openapi({ description: "A PL e-receipt as a compact JWS; at most 4 KB" }),
  format: z.string().optional().openapi({ description: "`json` answers JSON, as `Accept: application/json` does" }),
});

const routes = {
  verify: createRoute({
    method: "get", path: "/verify", operationId: "verifyReceipt", tags, security: publicAccess, summary: "Is this fiscal QR or e-receipt JWS authentic? (public)",
    request: { query: VerifyQuery },
    responses: {
      200: {
        description: "The verdict (valid true or false), as JSON when asked for, an HTML page otherwise; without qr or jws, a form",
        content: { "application/json": { schema: VerificationSchema }, "text/html": { schema: z.string() } },
      },
      ...problems("verify", 400),
    },
  }),
  jwks: createRoute({
    method: "get", path: "/.well-known/jwks.json", operationId: "getJwks", tags, security: publicAccess, summary: "The fiscal devices' Ed25519 public keys, including keys of rotated-out secrets",
    responses: { 200: jsonContent(JwksSchema, "JWK Set (RFC 7517)") },
  }),
};

type Words = { lang: string; authentic: string; notAuthentic: string; serial: string; number: string; date: string; total: string; kind: Record<VerifiedDocument["kind"], string> };

const ENGLISH: Words = {
  lang: "en", authentic: "Authentic receipt", notAuthentic: "Not authentic", serial: "Device serial", number: "Number", date: "Date", total: "Total",
  kind: { sale: "Sale", return: "Return", z_report: "Z report", shift_open: "Shift opening report", correction: "Correction receipt", registration: "Registration report" },
};

// The receipt's own language beside the English, so both the customer and an inspector can read it.
const LOCAL: Record<FiscalCountry, Words> = {
  PL: { lang: "pl", authentic: "Paragon autentyczny", notAuthentic: "Nieautentyczny", serial: "Numer unikatowy", number: "Numer", date: "Data", total: "Suma", kind: { sale: "Sprzedaż", return: "Zwrot", z_report: "Raport dobowy", shift_open: "Otwarcie zmiany", correction: "Paragon korygujący", registration: "Fiskalizacja" } },
  SE: { lang: "sv", authentic: "Äkta kvitto", notAuthentic: "Inte äkta", serial: "Kontrollenhet", number: "Nummer", date: "Datum", total: "Summa", kind: { sale: "Försäljning", return: "Retur", z_report: "Z-dagrapport", shift_open: "Öppning", correction: "Korrigering", registration: "Registrering" } },
  NO: { lang: "nb", authentic: "Ekte kvittering", notAuthentic: "Ikke ekte", serial: "Serienummer", number: "Nummer", date: "Dato", total: "Sum", kind: { sale: "Salg", return: "Retur", z_report: "Z-rapport", shift_open: "Åpning", correction: "Korrigering", registration: "Registrering" } },
  RU: { lang: "ru", authentic: "Подлинный чек", notAuthentic: "Не подлинный", serial: "ФН", number: "ФД", date: "Дата", total: "Итог", kind: { sale: "Приход", return: "Возврат прихода", z_report: "Отчёт о закрытии смены", shift_open: "Отчёт об открытии смены", correction: "Чек коррекции", registration: "Отчёт о регистрации" } },
};


const CSS = `*{box-sizing:border-box}
body{margin:0;background:#eef1f4;color:#1c2430;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;-webkit-text-size-adjust:100%}
main{max-width:440px;margin:0 auto;padding:16px 12px 32px}
.card{background:#fff;border-radius:14px;box-shadow:0 1px 3px rgba(16,24,40,.1),0 8px 24px rgba(16,24,40,.06);padding:20px 18px;margin-bottom:14px}
h1{font-size:1.2rem;margin:0 0 4px}h2{font-size:1rem;margin:0 0 8px}p{margin:6px 0}.m{color:#5b6675;font-size:.88rem}
.banner{border-radius:12px;padding:16px 18px;margin-bottom:14px;color:#fff}.banner h1{font-size:1.35rem}.banner p{margin:2px 0;opacity:.95}
.ok{background:#1f6f4a}.bad{background:#b42318}
.kv{display:flex;justify-content:space-between;gap:12px;padding:3px 0;font-size:.95rem}.kv span:first-child{color:#5b6675;white-space:nowrap}
.n{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-variant-numeric:tabular-nums;overflow-wrap:anywhere;text-align:right}
.total{font-size:1.25rem;font-weight:700}
textarea{width:100%;min-height:4.5rem;padding:8px;border:1.5px solid #c9d0d8;border-radius:8px;font:13px ui-monospace,Menlo,Consolas,monospace}
button{margin-top:8px;width:100%;padding:11px 16px;border:0;border-radius:10px;background:#1d4ed8;color:#fff;font:600 1rem system-ui,sans-serif}
label{display:block;font-weight:600;margin:10px 0 4px}`.replace(/\n/g, "");

function dateText(country: FiscalCountry, iso: string): string {
  try {
    // Components, not dateStyle/timeStyle: those cannot be combined with timeZoneName.
    const parts = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short" } as const;
    return new Intl.DateTimeFormat(PROFILES[country].locale, { ...parts, timeZone: PROFILES[country].timeZone }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** "Total · Suma" in the receipt's language, just "Total" in English. */
const both = (local: Words, pick: (w: Words) => string) => (local.lang === "en" ? pick(ENGLISH) : `${pick(ENGLISH)} · ${pick(local)}`);

function Facts(props: { doc: VerifiedDocument; local: Words }) {
  const { doc, local } = props;
  const separator = PROFILES[doc.country].decimalSeparator;
  const rows: [string, string][] = [
    [both(local, (w) => w.kind[doc.kind]), doc.printed ? "printed" : "electronic"],
    [both(local, (w) => w.serial), doc.serial],
    [both(local, (w) => w.number), doc.number_text],
    [both(local, (w) => w.date), dateText(doc.country, doc.issued_at)],
  ];
  return (
    <div class="card">
      {rows.map(([label, value]) => (
        <div class="kv">
          <span>{label}</span>
          <span class="n">{value}</span>
        </div>
      ))}
      <div class="kv total" data-testid="total">
        <span>{both(local, (w) => w.total)}</span>
        <span class="n">
          {formatMinor(doc.total, separator)} {doc.currency}
        </span>
      </div>
      {(doc.lines ?? []).map((l) => (
        <div class="kv m">
          <span>
            {l.name} × {l.quantity}
          </span>
          <span class="n">{formatMinor(l.amount, separator)}</span>
        </div>
      ))}
    </div>
  );
}

function Verdict(props: { verdict: Verification; local: Words }) {
  const { verdict, local } = props;
  const title = (w: Words) => (verdict.valid ? w.authentic : w.notAuthentic);
  return (
    <>
      <section class={`banner ${verdict.valid ? "ok" : "bad"}`} role="status" data-valid={String(verdict.valid)}>
        <h1>{`${verdict.valid ? "✓" : "✗"} ${title(ENGLISH)}`}</h1>
        {local.lang === "en" ? null : <p lang={local.lang}>{title(local)}</p>}
        {verdict.reason ? <p>Reason: {verdict.reason}</p> : null}
      </section>
      {verdict.document ? <Facts doc={verdict.document} local={local} /> : null}
    </>
  );
}

type Input = { qr?: string | undefined; jws?: string | undefined };

function Form(props: Input) {
  return (
    <div class="card">
      <h2>Check a receipt</h2>
      <p class="m">Paste the text of the fiscal QR code, or a Polish e-receipt (JWS). Nothing is stored.</p>
      <form method="get" action="/verify">
        <label for="qr">Fiscal QR text</label>
        <textarea id="qr" name="qr" maxlength={MAX_PARAM_BYTES} placeholder="EREC1*PL*… or t=…&s=…&fn=…">
          {props.qr ?? ""}
        </textarea>
        <button type="submit">Verify QR</button>
      </form>
      <form method="get" action="/verify">
        <label for="jws">E-receipt (JWS)</label>
        <textarea id="jws" name="jws" maxlength={MAX_PARAM_BYTES} placeholder="eyJ…">
          {props.jws ?? ""}
        </textarea>
        <button type="submit">Verify JWS</button>
      </form>
    </div>
  );
}

function page(verdict: Verification | null, input: Input, country: FiscalCountry | null): string {
  const local = country ? LOCAL[country] : ENGLISH;
  const title = verdict ? (verdict.valid ? ENGLISH.authentic : ENGLISH.notAuthentic) : "Verify a receipt";
  const html = (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="robots" content="noindex,nofollow" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · eReceipt Edge`}</title>
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <main>
          {verdict ? <Verdict verdict={verdict} local={local} /> : null}
          <Form {...input} />
          <p class="m">
            Signatures are Ed25519; the keys are at <a href="/.well-known/jwks.json">/.well-known/jwks.json</a>.
          </p>
        </main>
      </body>
    </html>
  );
  return `<!doctype html>${html.toString()}`;
}

const tooLong = (value: string | undefined) => value !== undefined && new TextEncoder().encode(value).length > MAX_PARAM_BYTES;

/** The one parameter to check, or null for the bare form; malformed requests are 400 problems. */
function inputOf(query: Input): { kind: "qr" | "jws"; text: string } | null {
  const qr = query.qr || undefined;
  const jws = query.jws || undefined;
  if (tooLong(qr) || tooLong(jws)) throw new DomainError("bad_request", "parameter-too-long", "Parameter too long", `qr and jws are limited to ${MAX_PARAM_BYTES} bytes.`);
  if (qr && jws) throw new DomainError("bad_request", "ambiguous-parameters", "Give one of qr or jws", "Pass either qr=<fiscal QR text> or jws=<compact JWS>, not both.");
  if (qr) return { kind: "qr", text: qr };
  return jws ? { kind: "jws", text: jws } : null;
}

export function verifyRoutes(app: OpenAPIHono<AppEnv>, ports: Ports): void {
  app.openapi(routes.jwks, async (c) =>
    c.json({ keys: await publishedKeys(ports) }, 200, { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" }),
  );

  app.openapi(routes.verify, async (c) => {
    const query = c.req.valid("query");
    const wantsJson = query.format === "json" || (c.req.header("accept") ?? "").includes("application/json");
    const input = inputOf(query);
    if (!input && wantsJson) throw new DomainError("bad_request", "missing-parameter", "Nothing to verify", "Pass qr=<fiscal QR text> or jws=<compact JWS>.");
    const headers = { "cache-control": "no-store", "referrer-policy": "no-referrer", "x-robots-tag": "noindex" };
    if (!input) return c.html(page(null, {}, null), 200, headers);
    const verdict = input.kind === "qr" ? await verifyQr(ports, input.text) : await verifyJwsText(ports, input.text);
    if (wantsJson) return c.json(verdict, 200, { ...headers, "access-control-allow-origin": "*" });
    const country = verdict.document?.country ?? (input.kind === "qr" ? (parseFiscalQr(input.text)?.country ?? null) : null);
    return c.html(page(verdict, { [input.kind]: input.text }, country), 200, headers);
  });
}
