import { createTransport } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable across retries, so a receiver can drop a duplicate of a resent email. */
  messageId?: string;
  headers?: Record<string, string>;
}

/** Where mail goes. The app and the tests both use real SMTP; tests point it at their own server. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Query parameters of SMTP_URL that are passed on; anything else is ignored. */
const booleanParams = ["requireTLS", "ignoreTLS", "tls.rejectUnauthorized"] as const;

export function smtpOptionsFromUrl(smtpUrl: string): SMTPPool.Options {
  const url = new URL(smtpUrl);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new Error("SMTP_URL must start with smtp:// or smtps://");
  }
  const secure = url.protocol === "smtps:";
  const options: SMTPPool.Options = {
    pool: true,
    maxConnections: 2,
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    // Bounded, so a stuck server cannot hold a claimed batch past its lease.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
  if (url.username) {
    options.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  }
  for (const name of booleanParams) {
    const value = url.searchParams.get(name);
    if (value === null) continue;
    const flag = value === "true" || value === "1";
    if (name === "tls.rejectUnauthorized") options.tls = { ...options.tls, rejectUnauthorized: flag };
    else options[name] = flag;
  }
  return options;
}

/** A pooled nodemailer transport for SMTP_URL (smtp:// with STARTTLS when offered, or smtps://). */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = createTransport(smtpOptionsFromUrl(smtpUrl));
  return {
    async send(message) {
      await transporter.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        ...(message.messageId ? { messageId: message.messageId } : {}),
        headers: message.headers ?? {},
      });
    },
    close() {
      transporter.close();
    },
  };
}

/** The URL without its password, for logs. */
export function redactSmtpUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (url.password) url.password = "***";
  return url.toString();
}
