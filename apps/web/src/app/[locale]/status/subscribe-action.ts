"use server";

import { localeSchema } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { anonymousCaller } from "@/trpc/server";

export type SubscribeState =
  { step: "ask" } | { step: "sent" } | { step: "error"; reason: "invalid" | "rate_limited" | "failed" };

/** Step one of the double opt-in, as a form that also works without JavaScript. */
export async function subscribeToStatus(_previous: SubscribeState, form: FormData): Promise<SubscribeState> {
  const locale = localeSchema.safeParse(form.get("locale"));
  const email = form.get("email");
  if (!locale.success || typeof email !== "string") return { step: "error", reason: "invalid" };
  try {
    const caller = await anonymousCaller();
    await caller.status.subscribe({ email, locale: locale.data });
    return { step: "sent" };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST")
      return { step: "error", reason: "invalid" };
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS")
      return { step: "error", reason: "rate_limited" };
    return { step: "error", reason: "failed" };
  }
}
