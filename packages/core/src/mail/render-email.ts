import type { Locale } from "../locale/locale";
import { localeSchema } from "../locale/locale";
import type { EmailMessage, EmailTemplate, OutgoingEmail } from "./email-message";
import { emailTemplates } from "./templates/email-templates";
import type { EmailBlock, EmailContent, EmailData } from "./templates/template-kit";

export interface EmailBrand {
  nameJa: string;
  nameEn: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * Links in emails go to our own pages over https; plain http only to localhost, for development.
 * Anything else (javascript:, data:, a typo) is refused rather than sent.
 */
export function isAllowedEmailLink(url: string): boolean {
  return (
    /^https:\/\/[a-z0-9.-]+(:\d+)?(\/[^\s"'<>\\]*)?$/i.test(url) ||
    /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/[^\s"'<>\\]*)?$/i.test(url)
  );
}

/**
 * Reads an email back from the outbox. The error names the template and the fields only: the
 * data holds single-use links, which must not end up in logs.
 */
export function parseOutgoingEmail(row: {
  to: string;
  locale: string;
  template: string;
  data: unknown;
}): OutgoingEmail {
  if (!isEmailTemplate(row.template)) throw new Error(`unknown email template "${row.template}"`);
  const locale = localeSchema.safeParse(row.locale);
  if (!locale.success) throw new Error(`unknown email locale for template ${row.template}`);
  const message = parseMessage(row.template, row.data);
  return { ...message, to: row.to, locale: locale.data };
}

function isEmailTemplate(template: string): template is EmailTemplate {
  return Object.hasOwn(emailTemplates, template);
}

function parseMessage<T extends EmailTemplate>(template: T, data: unknown): EmailMessage {
  const parsed = emailTemplates[template].schema.safeParse(data);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "(root)"))];
    throw new Error(`invalid data for email template ${template}: ${fields.join(", ")}`);
  }
  // The schema of template T produced the data of T; TypeScript cannot pair a generic key with
  // its union member on its own.
  return { template, data: parsed.data } as EmailMessage;
}

function compose<T extends EmailTemplate>(
  template: T,
  data: EmailData<T>,
  locale: Locale,
  brandName: string,
): EmailContent {
  return emailTemplates[template].compose[locale](data, brandName);
}

/** Subject, plain-text and HTML parts of an email, in the recipient's language. */
export function renderEmail(email: OutgoingEmail, brand: EmailBrand): RenderedEmail {
  const brandName = email.locale === "ja" ? brand.nameJa : brand.nameEn;
  const content = compose(email.template, email.data, email.locale, brandName);
  for (const block of content.blocks) {
    if ((block.kind === "action" || block.kind === "link") && !isAllowedEmailLink(block.url)) {
      throw new Error(`email template ${email.template} has a link that is not https`);
    }
  }
  const footer = footerOf(email.locale, brandName, content.signInToRead);
  return {
    subject: content.subject,
    text: renderText(content, footer),
    html: renderHtml(content, footer, email.locale, brandName),
  };
}

interface Footer {
  signInToRead: string | null;
  staffNeverAsk: string;
  signature: string;
}

function footerOf(locale: Locale, brandName: string, signInToRead: boolean): Footer {
  if (locale === "ja") {
    return {
      signInToRead: signInToRead
        ? `詳しくは、ブックマークや公式アプリから${brandName}にサインインしてご確認ください。このメールにサインイン用のリンクはありません。`
        : null,
      staffNeverAsk: `${brandName}のスタッフが、パスワード、二段階認証のコード、シードフレーズ（復元フレーズ）をお尋ねすることは決してありません。`,
      signature: `${brandName} サポート`,
    };
  }
  return {
    signInToRead: signInToRead
      ? `For details, sign in to ${brandName} from your bookmark or the official app. This email contains no sign-in link.`
      : null,
    staffNeverAsk: `${brandName} staff will never ask for your password, two-factor authentication codes or seed phrase (recovery phrase).`,
    signature: `${brandName} Support`,
  };
}

function blockText(block: EmailBlock): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "code":
      return `${block.label}: ${block.code}`;
    case "facts":
      return block.rows.map((row) => `${row.label}: ${row.value}`).join("\n");
    case "quote":
      return block.text
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n");
    case "action":
    case "link":
      return `${block.label}:\n${block.url}`;
  }
}

function renderText(content: EmailContent, footer: Footer): string {
  const parts = content.blocks.map(blockText);
  if (footer.signInToRead) parts.push(footer.signInToRead);
  parts.push(`----\n${footer.staffNeverAsk}\n\n${footer.signature}`);
  return `${parts.join("\n\n")}\n`;
}

const font = "'Hiragino Sans','Hiragino Kaku Gothic ProN','Noto Sans JP',Meiryo,Arial,sans-serif";
const multiline = (value: string) => escapeHtml(value).replaceAll("\n", "<br>");

function blockHtml(block: EmailBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p style="margin:0 0 16px;">${multiline(block.text)}</p>`;
    case "code":
      return (
        `<p style="margin:0 0 4px;color:#52606d;font-size:13px;">${escapeHtml(block.label)}</p>` +
        `<p style="margin:0 0 16px;font-family:Menlo,Consolas,monospace;font-size:28px;font-weight:bold;letter-spacing:6px;">${escapeHtml(block.code)}</p>`
      );
    case "facts":
      return (
        `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px;border-collapse:collapse;">` +
        block.rows
          .map(
            (row) =>
              `<tr><th scope="row" style="padding:4px 16px 4px 0;text-align:left;color:#52606d;font-weight:normal;white-space:nowrap;">${escapeHtml(row.label)}</th>` +
              `<td style="padding:4px 0;font-weight:bold;">${escapeHtml(row.value)}</td></tr>`,
          )
          .join("") +
        `</table>`
      );
    case "quote":
      return `<div style="margin:0 0 16px;padding:12px 16px;border-left:4px solid #cbd2d9;background:#f5f7fa;">${multiline(block.text)}</div>`;
    case "action":
      return (
        `<p style="margin:24px 0;"><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:12px 24px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;">${escapeHtml(block.label)}</a></p>` +
        `<p style="margin:0 0 16px;font-size:12px;color:#52606d;word-break:break-all;">${escapeHtml(block.url)}</p>`
      );
    case "link":
      return `<p style="margin:0 0 16px;font-size:13px;"><a href="${escapeHtml(block.url)}" style="color:#1d4ed8;">${escapeHtml(block.label)}</a></p>`;
  }
}

function renderHtml(content: EmailContent, footer: Footer, locale: Locale, brandName: string): string {
  const body = content.blocks.map(blockHtml).join("");
  const signIn = footer.signInToRead
    ? `<p style="margin:16px 0 0;padding:12px 16px;background:#f5f7fa;border-radius:6px;">${escapeHtml(footer.signInToRead)}</p>`
    : "";
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f0f2f5;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f2f5;"><tr><td align="center" style="padding:24px 12px;">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;font-family:${font};color:#1f2933;">`,
    `<tr><td style="padding:20px 28px;border-bottom:1px solid #e4e7eb;font-size:17px;font-weight:bold;">${escapeHtml(brandName)}</td></tr>`,
    `<tr><td style="padding:24px 28px;font-size:15px;line-height:1.75;">${body}${signIn}</td></tr>`,
    `<tr><td style="padding:16px 28px;border-top:1px solid #e4e7eb;font-size:12px;line-height:1.6;color:#52606d;">`,
    `<p style="margin:0 0 8px;font-weight:bold;">${escapeHtml(footer.staffNeverAsk)}</p>`,
    `<p style="margin:0;">${escapeHtml(footer.signature)}</p>`,
    `</td></tr></table></td></tr></table></body></html>`,
  ].join("\n");
}
