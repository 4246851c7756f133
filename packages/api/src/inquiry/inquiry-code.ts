import { createHmac, randomBytes } from "node:crypto";
import {
  INQUIRY_CODE_TTL_MINUTES,
  inquiryCodeFrom,
  inquiryCodeSchema,
  inquiryRateLimits,
} from "@madoguchi/core/inquiry/inquiry-code";
import { RateLimitedError } from "@madoguchi/core/errors/domain-error";
import type { Locale } from "@madoguchi/core/locale/locale";
import { consumeInquiryCode, replaceInquiryCode } from "@madoguchi/db/inquiry/inquiry-code-repository";
import { type DbOrTx, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { opaqueKey } from "../auth/action-token";
import { authEnv } from "../auth/env";
import type { Context } from "../context/context";

/** What a code is for: filing login trouble, or following up an inquiry filed that way. */
export type InquiryCodeScope = "file" | "follow_up";

type CodeCtx = Pick<Context, "db" | "ip" | "now">;

/** A keyed hash: a copy of the table does not let anyone try the million codes offline. */
function codeHash(scope: InquiryCodeScope, email: string, code: string): string {
  return createHmac("sha256", authEnv().encryptionKey)
    .update(`inquiry-code:${scope}:${email}:${code}`)
    .digest("base64url");
}

/**
 * Emails a one-time code to the address typed. The answer never says whether an account has
 * this address (the code proves the mailbox, not an account), and beyond the per-address limit
 * it answers the same while sending nothing.
 */
export async function sendInquiryCode(
  ctx: CodeCtx,
  input: {
    email: string;
    locale: Locale;
    scope: InquiryCodeScope;
    /** Sends only when this holds (e.g. the address is the ticket's); the answer is the same. */
    onlyIf?: (tx: DbOrTx) => Promise<boolean>;
  },
): Promise<{ status: "sent" }> {
  const now = ctx.now();
  const perIp = await hitRateLimit(
    ctx.db,
    {
      key: `inquiry:code:${input.scope}:ip:${opaqueKey(ctx.ip ?? "unknown")}`,
      ...inquiryRateLimits.codePerIp,
    },
    now,
  );
  if (!perIp.allowed) throw new RateLimitedError("inquiry.code.rateLimited", perIp.retryAfterSeconds);
  await ctx.db.$transaction(async (tx) => {
    const perAddress = await hitRateLimit(
      tx,
      { key: `inquiry:code:address:${opaqueKey(input.email)}`, ...inquiryRateLimits.codePerAddress },
      now,
    );
    if (!perAddress.allowed) return;
    if (input.onlyIf && !(await input.onlyIf(tx))) return;
    const code = inquiryCodeFrom(randomBytes(4));
    await replaceInquiryCode(tx, {
      email: input.email,
      codeHash: codeHash(input.scope, input.email, code),
      scope: input.scope,
      expiresAt: new Date(now.getTime() + INQUIRY_CODE_TTL_MINUTES * 60_000),
      now,
    });
    await enqueueEmail(tx, {
      to: input.email,
      locale: input.locale,
      template: "inquiry_code",
      data: { code, expiresInMinutes: INQUIRY_CODE_TTL_MINUTES },
    });
  });
  return { status: "sent" };
}

/**
 * Counts a guess against the address before checking it (outside the caller's transaction, so
 * that a refused submission still counts): five wrong codes and the address must wait.
 */
export async function throttleCodeGuess(ctx: CodeCtx, email: string): Promise<void> {
  const attempts = await hitRateLimit(
    ctx.db,
    { key: `inquiry:code:guess:${opaqueKey(email)}`, ...inquiryRateLimits.codeAttemptsPerAddress },
    ctx.now(),
  );
  if (!attempts.allowed) throw new RateLimitedError("inquiry.code.rateLimited", attempts.retryAfterSeconds);
}

/** Uses the code inside the caller's transaction: rolled back with it if the filing fails. */
export async function useInquiryCode(
  tx: DbOrTx,
  input: { scope: InquiryCodeScope; email: string; code: string; now: Date },
): Promise<boolean> {
  const parsed = inquiryCodeSchema.safeParse(input.code);
  if (!parsed.success) return false;
  return consumeInquiryCode(tx, {
    email: input.email,
    codeHash: codeHash(input.scope, input.email, parsed.data),
    now: input.now,
  });
}
