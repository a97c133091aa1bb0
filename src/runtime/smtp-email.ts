/** E-mail over SMTP for the self-hosted hosts (SMTP_URL, e.g. smtp://user:pass@mail.example:587). */
import { createTransport } from "nodemailer";
import type { Messengers } from "../worker/ports";

export function smtpEmail(url: string | undefined): Messengers["email"] {
  if (!url) return null;
  const transport = createTransport(url);
  return async (message) => {
    const info = await transport.sendMail({ envelope: { from: message.from, to: [message.to] }, raw: message.mime });
    return { providerId: info.messageId };
  };
}
