"use server";

import { localeSchema } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { anonymousCaller } from "@/trpc/server";

export type FeedbackState =
  | { step: "ask" }
  | { step: "thanks"; helpful: boolean; reasonSent: boolean }
  | { step: "error"; reason: "rate_limited" | "failed" };

/**
 * The "was this helpful?" form. A server action, so that it works as a plain form post without
 * JavaScript and without a page reload with it. The request's address reaches the procedure
 * (through the caller's headers) only to be hashed for the rate limit.
 */
export async function submitFeedback(_previous: FeedbackState, form: FormData): Promise<FeedbackState> {
  const locale = localeSchema.safeParse(form.get("locale"));
  const slug = form.get("slug");
  const helpful = form.get("helpful");
  const reason = form.get("reason");
  if (!locale.success || typeof slug !== "string" || (helpful !== "yes" && helpful !== "no")) {
    return { step: "error", reason: "failed" };
  }
  try {
    const caller = await anonymousCaller();
    await caller.helpCenter.feedback({
      slug,
      locale: locale.data,
      helpful: helpful === "yes",
      reason: typeof reason === "string" ? reason.slice(0, 1000) : undefined,
    });
    return {
      step: "thanks",
      helpful: helpful === "yes",
      reasonSent: typeof reason === "string" && reason.trim() !== "",
    };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS")
      return { step: "error", reason: "rate_limited" };
    return { step: "error", reason: "failed" };
  }
}
