/** The admin API as an operator's script uses it: onboarding a merchant from nothing to a working till. */
import { call, Till, type Answer, type Host, type Json } from "./api-client";

export class Admin {
  constructor(
    readonly host: Host,
    readonly token: string,
  ) {}

  call(method: string, path: string, options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    return call(this.host, method, `/v1/admin${path}`, { ...options, headers: { authorization: `Bearer ${this.token}`, ...options.headers } });
  }

  async ok(method: string, path: string, body?: unknown): Promise<Json> {
    const res = await this.call(method, path, body === undefined ? {} : { body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
    return res.body;
  }
}

export interface Shop {
  merchant: Json;
  store: Json;
  device: Json;
  terminal: Json;
  /** The key itself, as shown once at creation. */
  apiKey: string;
  keyId: string;
}

/** Valid tax ids (check digits right) per country, for merchants made in tests. */
export const TAX_IDS = { PL: "526-104-08-28", SE: "556036-0793", NO: "923 609 016 MVA", RU: "7707083893" } as const;

export async function onboard(admin: Admin, options: { country?: keyof typeof TAX_IDS; mode?: "test" | "live"; name?: string } = {}): Promise<Shop> {
  const country = options.country ?? "PL";
  const merchant = await admin.ok("POST", "/merchants", { legal_name: options.name ?? "Sklep Pod Lipami Sp. z o.o.", tax_id: TAX_IDS[country], country, address: "ul. Lipowa 3, 30-001 Kraków" });
  const store = await admin.ok("POST", `/merchants/${merchant.id}/stores`, { name: "Sklep nr 1", address: "ul. Lipowa 3, 30-001 Kraków" });
  const device = await admin.ok("POST", `/merchants/${merchant.id}/devices`, {});
  const terminal = await admin.ok("POST", `/merchants/${merchant.id}/terminals`, { store_id: store.id, device_id: device.id, name: "Kasa 1" });
  const key = await admin.ok("POST", `/merchants/${merchant.id}/terminals/${terminal.id}/keys`, { mode: options.mode ?? "live" });
  return { merchant, store, device, terminal, apiKey: key.key, keyId: key.id };
}

export async function tillOf(host: Host, shop: Shop, vatRate = "23"): Promise<Till> {
  const res = await call(host, "POST", "/v1/auth/token", { body: { api_key: shop.apiKey } });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
  return new Till(host, res.body.token, vatRate);
}

/** Opens, pays and finalizes one printed receipt; returns the finalize answer. */
export async function sell(till: Till, amount = 1000): Promise<Answer> {
  const receipt = await till.open([{ name: "Bułka", quantity: "1", unit_price: amount, vat_rate: till.vatRate }]);
  const pay = await till.call("POST", `/v1/receipts/${receipt.id}/payments`, { body: { method: "cash", amount } });
  if (pay.status !== 201) throw new Error(`pay failed: ${pay.status} ${pay.text}`);
  return till.call("POST", `/v1/receipts/${receipt.id}/finalize`, { body: { delivery: "print" } });
}
