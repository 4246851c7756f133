import { z } from "zod";
import { localeSchema } from "../locale/locale";
import { emailSchema } from "./canonical-email";
import { newPasswordSchema, presentedPasswordSchema } from "./password-policy";

export const fullNameSchema = z
  .string()
  .transform((raw) => raw.normalize("NFKC").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "account.name.required").max(100, "account.name.tooLong"));

/** A calendar date `YYYY-MM-DD` that exists (no 2月30日). Whether it is in the past is the use case's call. */
export const dateOfBirthSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "account.dateOfBirth.invalid")
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return (
      !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) && date.getUTCFullYear() >= 1900
    );
  }, "account.dateOfBirth.invalid");

/** A date of birth is plausible when it lies in the past (the clock is the caller's). */
export function isPlausibleDateOfBirth(date: string, now: Date): boolean {
  return new Date(`${date}T00:00:00Z`).getTime() < now.getTime();
}

/** The token of an emailed link: 32 random bytes, base64url. */
export const actionTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "account.link.invalid");

export const signUpInputSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  fullName: fullNameSchema,
  dateOfBirth: dateOfBirthSchema.optional(),
  locale: localeSchema.default("ja"),
});
export type SignUpInput = z.input<typeof signUpInputSchema>;

export const profileInputSchema = z.object({
  fullName: fullNameSchema,
  dateOfBirth: dateOfBirthSchema.nullable(),
  locale: localeSchema.optional(),
});

export const signInInputSchema = z.object({
  email: z.string().max(512),
  password: presentedPasswordSchema,
  totpCode: z.string().max(32).optional(),
  recoveryCode: z.string().max(64).optional(),
});
export type SignInInput = z.infer<typeof signInInputSchema>;
