import type { z } from "zod";
import type { Locale } from "../../locale/locale";
import type { EmailMessage, EmailTemplate } from "../email-message";

/**
 * What a template says, independent of the format: the renderer turns the same blocks into the
 * plain-text and the HTML part, so the two cannot drift apart.
 */
export type EmailBlock =
  | { kind: "paragraph"; text: string }
  /** A one-time code, shown large. */
  | { kind: "code"; label: string; code: string }
  | { kind: "facts"; rows: { label: string; value: string }[] }
  /** Text written by someone else (an incident update), set apart from ours. */
  | { kind: "quote"; text: string }
  /** The one thing to do: a single-use, expiring link (or a public page). */
  | { kind: "action"; label: string; url: string }
  /** A secondary link, e.g. unsubscribe. */
  | { kind: "link"; label: string; url: string };

export interface EmailContent {
  subject: string;
  blocks: EmailBlock[];
  /** A notice whose details are behind sign-in: the email says so, without a link to it. */
  signInToRead: boolean;
}

export type EmailData<T extends EmailTemplate> = Extract<EmailMessage, { template: T }>["data"];

export interface EmailTemplateDefinition<D> {
  /** Validates the data stored in the outbox before it is rendered. */
  schema: z.ZodType<D>;
  /** One composer per locale, so a template cannot exist in one language only. */
  compose: Record<Locale, (data: D, brandName: string) => EmailContent>;
}

export const paragraph = (text: string): EmailBlock => ({ kind: "paragraph", text });
export const action = (label: string, url: string): EmailBlock => ({ kind: "action", label, url });
export const link = (label: string, url: string): EmailBlock => ({ kind: "link", label, url });

export function greeting(locale: Locale, name: string): EmailBlock {
  const trimmed = name.trim();
  if (locale === "ja") return paragraph(trimmed ? `${trimmed} 様` : "お客様");
  return paragraph(trimmed ? `Hello ${trimmed},` : "Hello,");
}

/** "1時間30分" / "1 hour 30 minutes". */
export function formatDuration(locale: Locale, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (locale === "ja")
    return `${hours > 0 ? `${hours}時間` : ""}${rest > 0 || hours === 0 ? `${rest}分` : ""}`;
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? "hour" : "hours"}`);
  if (rest > 0 || hours === 0) parts.push(`${rest} ${rest === 1 ? "minute" : "minutes"}`);
  return parts.join(" ");
}

export function singleUseLink(locale: Locale, minutes: number): EmailBlock {
  const duration = formatDuration(locale, minutes);
  return paragraph(
    locale === "ja"
      ? `このリンクの有効期限は${duration}です。一度だけお使いいただけます。`
      : `This link expires in ${duration} and works only once.`,
  );
}

/** What to do when a security notice describes something the customer did not do. */
export function ifNotYou(locale: Locale, brandName: string): EmailBlock {
  return paragraph(
    locale === "ja"
      ? `お心当たりのない場合は、第三者による不正アクセスのおそれがあります。ただちに${brandName}の公式サイトで「アカウントの緊急凍結」を行い、セキュリティに関するお問い合わせをお送りください。`
      : `If this was not you, someone else may have access to your account. Go to the ${brandName} website right away, use "Emergency account freeze", and send us an inquiry about a security problem.`,
  );
}

export const subjectPrefix = (locale: Locale, brandName: string): string =>
  locale === "ja" ? `【${brandName}】` : `[${brandName}] `;
