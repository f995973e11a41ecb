import nodemailer from 'nodemailer';
import type { Config } from '../config/index.js';

export type SmtpConfig = NonNullable<Config['smtp']>;

/** Sends one plain-text mail through the configured SMTP server; resolves with the message id. */
export async function sendMail(smtp: SmtpConfig, mail: { subject: string; text: string }): Promise<string> {
  const transport = nodemailer.createTransport(smtp.url);
  try {
    const info = await transport.sendMail({
      from: smtp.from,
      to: smtp.to,
      subject: mail.subject,
      text: mail.text,
    });
    return info.messageId;
  } finally {
    transport.close();
  }
}
