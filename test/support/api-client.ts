/** A till's view of the API, over whatever host a test runs against (workerd or Node over HTTP). */
export type Fetcher = (url: string, init?: RequestInit) => Promise<Response>;

export interface Host {
  name: string;
  baseUrl: string;
  fetch: Fetcher;
  /** Moves a receipt's expiry into the past, as the passing of 30 days would. */
  expire(receiptId: string): Promise<void>;
}

export interface Answer<T = Json> {
  status: number;
  type: string;
  body: T;
  text: string;
  headers: Headers;
}
// Test code reads answers loosely; the assertions pin down the shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const PL_KEY = "demo-terminal-key";
export const SE_KEY = "demo-terminal-key-se";

export class Till {
  constructor(
    readonly host: Host,
    readonly token: string,
    /** A VAT rate of this till's country, for quick one-line receipts. */
    readonly vatRate: string,
  ) {}

  static async login(host: Host, apiKey = PL_KEY): Promise<Till> {
    const res = await call(host, "POST", "/v1/auth/token", { body: { api_key: apiKey } });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
    return new Till(host, res.body.token, apiKey.endsWith("-ru") ? "10" : apiKey === PL_KEY ? "5" : "12");
  }

  call(method: string, path: string, options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    return call(this.host, method, path, { ...options, headers: { authorization: `Bearer ${this.token}`, ...options.headers } });
  }

  async open(lines: unknown[] = []): Promise<Json> {
    const res = await this.call("POST", "/v1/receipts", { body: { lines } });
    if (res.status !== 201) throw new Error(`open failed: ${res.status} ${res.text}`);
    return res.body;
  }

  async paidReceipt(amount = 1000): Promise<Json> {
    const receipt = await this.open([{ name: "Bułka", quantity: "1", unit_price: amount, vat_rate: this.vatRate }]);
    const pay = await this.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount } });
    if (pay.status !== 201) throw new Error(`pay failed: ${pay.status} ${pay.text}`);
    return receipt;
  }

  get(id: string): Promise<Answer> {
    return this.call("GET", `/v1/receipts/${id}`);
  }
}

export async function call(
  host: Host,
  method: string,
  path: string,
  options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const res = await host.fetch(path.startsWith("http") ? path : `${host.baseUrl}${path}`, {
    method,
    headers: { ...(body !== undefined && { "content-type": "application/json" }), ...options.headers },
    ...(body !== undefined && { body }),
  });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, type, text, headers: res.headers, body: type.includes("json") ? JSON.parse(text) : text };
}
