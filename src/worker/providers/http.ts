/**
 * Providers over plain HTTP (fetch works on every host): a generic SMS gateway and an e-mail API
 * that accepts a raw RFC 5322 message. Each request carries the message id as Idempotency-Key,
 * so a retry after a lost answer does not send twice at a provider that honours it.
 */
import type { ConfigEnv } from "../config";
import type { EmailMessage, Messengers, SendResult, SmsMessage } from "../ports";

const DEFAULT_SMS_TEMPLATE = '{"to":"{{to}}","text":"{{text}}"}';

async function post(url: string, init: RequestInit): Promise<SendResult> {
  const res = await fetch(url, { ...init, method: "POST", signal: AbortSignal.timeout(10_000) });
  const text = await res.text();
  if (!res.ok) throw new Error(`provider answered ${res.status}`);
  const id = /"(?:id|message_id|messageId)"\s*:\s*"([^"]{1,100})"/.exec(text)?.[1];
  return { providerId: id };
}

/** `{{to}}` and `{{text}}` in the template are replaced by JSON-escaped values. */
export function smsBody(template: string, message: SmsMessage): string {
  const escape = (value: string) => JSON.stringify(value).slice(1, -1);
  return template.replaceAll("{{to}}", escape(message.to)).replaceAll("{{text}}", escape(message.text));
}

export function httpSms(env: ConfigEnv): Messengers["sms"] {
  const url = env.SMS_PROVIDER_URL;
  if (!url) return null;
  const template = env.SMS_BODY_TEMPLATE || DEFAULT_SMS_TEMPLATE;
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
