import { z } from "zod";

/** An unset variable and an empty one (`SMTP_URL=` in .env) mean the same. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://host:465")
      .optional(),
  ),
  MAIL_FROM: optionalText,
  MAIL_WORKER_ENABLED: z.stringbool().default(true),
  MAIL_POLL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
});

export interface MailEnv {
  /** Null in production when unset: mail then waits in the outbox until it is configured. */
  smtpUrl: string | null;
  mailFrom: string | null;
  workerEnabled: boolean;
  pollMs: number;
}

/** The local mail catcher of `npm run dev`. */
export const devSmtpUrl = "smtp://127.0.0.1:1025";

let parsed: MailEnv | undefined;

/** The mail settings, parsed once; nothing else in the mail code reads process.env. */
export function mailEnv(): MailEnv {
  if (!parsed) {
    const env = schema.parse(process.env);
    parsed = {
      smtpUrl: env.SMTP_URL ?? (env.NODE_ENV === "production" ? null : devSmtpUrl),
      mailFrom: env.MAIL_FROM ?? null,
      workerEnabled: env.MAIL_WORKER_ENABLED,
      pollMs: env.MAIL_POLL_MS,
    };
  }
  return parsed;
}

/** `MAIL_FROM`, or the brand's support desk at a placeholder address. */
export function mailFrom(env: MailEnv, brand: { nameJa: string }): string {
  return env.mailFrom ?? `"${brand.nameJa.replaceAll('"', "")} サポート" <support@example.jp>`;
}
