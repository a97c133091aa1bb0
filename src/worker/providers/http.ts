/**
 * Providers over plain HTTP (fetch works on every host): a generic SMS gateway and an e-mail API
 * that accepts a raw RFC 5322 message. Each request carries the message id as Idempotency-Key,
 * so a retry after a lost answer does not send twice at a provider that honours it.
 */
import type { ConfigEnv } from "../config";
import type { EmailMessage, Messengers, SendResult, SmsMessage } from "../ports";


async function post(url: string, init: RequestInit): Promise<SendResult> {
  const res = await fetch(url, { ...init, method: "POST", signal: AbortSignal.timeout(10_000) });
  const text = await res.text();
  if (!res.ok) throw new Error(`provider answered ${res.status}`);
  const id = /"(?:id|message_id|messageId)"\s*:\s*"([^"]{1,100})"/.exec(text)?.[1];
  return { providerId: id };
}

/**
 * Without a template: `{"to", "text"}` and `"from"` when the merchant has a sender id. In a template
 * `{{to}}`, `{{text}}` and `{{from}}` (empty without one) are replaced by JSON-escaped values.
 */
export function smsBody(template: string | undefined, message: SmsMessage): string {
  if (!template) return JSON.stringify({ to: message.to, text: message.text, ...(message.from && { from: message.from }) });
  const escape = (value: string) => JSON.stringify(value).slice(1, -1);
  return template.replaceAll("{{to}}", escape(message.to)).replaceAll("{{text}}", escape(message.text)).replaceAll("{{from}}", escape(message.from ?? ""));
}

export function httpSms(env: ConfigEnv): Messengers["sms"] {
  const url = env.SMS_PROVIDER_URL;
  if (!url) return null;
  const template = env.SMS_BODY_TEMPLATE || undefined;
  return (message) =>
    post(url, {
      headers: { "content-type": "application/json", "idempotency-key": message.idempotencyKey, ...(env.SMS_PROVIDER_AUTH && { authorization: env.SMS_PROVIDER_AUTH }) },
      body: smsBody(template, message),
    });
}

export function httpEmail(env: ConfigEnv): Messengers["email"] {
  const url = env.EMAIL_API_URL;
  if (!url) return null;
  return (message: EmailMessage) =>
    post(url, {
      headers: {
        "content-type": "message/rfc822",
        "idempotency-key": message.idempotencyKey,
        "x-mail-from": message.from,
        "x-rcpt-to": message.to,
        ...(env.EMAIL_API_AUTH && { authorization: env.EMAIL_API_AUTH }),
      },
      body: message.mime,
    });
}
