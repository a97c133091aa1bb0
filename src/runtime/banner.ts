/** What a developer sees on start: where the service is, the demo key, and a curl to try. */
export function startupBanner(baseUrl: string, apiKey: string | null, host: string): string {
  const lines = [`eReceipt Edge (${host}) listening on ${baseUrl}`, `  API reference: ${baseUrl}/docs   OpenAPI: ${baseUrl}/openapi.json   health: ${baseUrl}/healthz`];
  if (apiKey) {
    lines.push(
      `  Demo merchant PL/PLN, terminal API key: ${apiKey}  (SE: demo-terminal-key-se, NO: demo-terminal-key-no, RU: demo-terminal-key-ru)`,
      "  Try:",
      `  TOKEN=$(curl -s -X POST ${baseUrl}/v1/auth/token -H 'content-type: application/json' -d '{"api_key":"${apiKey}"}' | sed -E 's/.*"token":"([^"]+)".*/\\1/')`,
      `  curl -s -X POST ${baseUrl}/v1/receipts -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"lines":[{"name":"Żółć łąka","quantity":"0.375","unit_price":1999,"vat_rate":"23"}]}'`,
    );
  }
  return lines.join("\n");
}
