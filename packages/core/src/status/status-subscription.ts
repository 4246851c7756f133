import { z } from "zod";
import { emailSchema } from "../account/canonical-email";
import { localeSchema } from "../locale/locale";

/** The address is stored and compared in the canonical form every account address uses. */
export const statusSubscribeInputSchema = z.object({
  email: z.string().max(320).pipe(emailSchema),
  locale: localeSchema,
});
export type StatusSubscribeInput = z.infer<typeof statusSubscribeInputSchema>;

/** A token from an email link: URL-safe base64 of 32 random bytes (or an HMAC of that size). */
export const statusTokenSchema = z
  .string()
  .min(20)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

/** How long a confirmation link stays valid. */
export const STATUS_CONFIRM_TTL_HOURS = 48;

/**
 * Limits on subscribing. Per client: refused with RATE_LIMITED. Per address: the request is
 * accepted but no further email is sent, so the answer never tells whether an address is known.
 */
export const statusSubscribeLimits = {
  perClient: { limit: 10, windowMs: 60 * 60 * 1000 },
  perEmail: { limit: 3, windowMs: 24 * 60 * 60 * 1000 },
} as const;
