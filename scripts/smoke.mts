import { startNodeServer } from "../src/runtime/node-server";
const s = await startNodeServer({ dataDir: "/tmp/ed", demo: true, log: { info() {}, warn: console.warn, error: console.error } });
const j = async (method: string, path: string, body?: unknown, token?: string) => {
  const r = await fetch(s.url + path, { method, headers: { "content-type": "application/json", ...(token && { authorization: `Bearer ${token}` }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const t = await r.text(); console.log(method, path, r.status, t.slice(0, 400)); return JSON.parse(t);
};
const { token } = await j("POST", "/v1/auth/token", { api_key: "demo-terminal-key" });
const r = await j("POST", "/v1/receipts", { lines: [{ name: "Żółć łąka", quantity: "0.375", unit_price: 1999, vat_rate: "23" }] }, token);
await j("POST", `/v1/receipts/${r.id}/lines`, { name: "Chleb", quantity: "2", unit_price: 450, vat_rate: "5" }, token);
await j("POST", `/v1/receipts/${r.id}/payments`, { method: "cash", amount: 2000 }, token);
const f = await j("POST", `/v1/receipts/${r.id}/finalize`, { delivery: "print" }, token);
console.log(f.print?.text);
const pdf = await fetch(f.pdf_url); console.log(pdf.status, pdf.headers.get("content-type"), (await pdf.arrayBuffer()).byteLength);
await s.close();
