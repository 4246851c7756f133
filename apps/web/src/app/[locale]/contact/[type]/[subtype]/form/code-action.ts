"use server";

import { localeSchema } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { serverCaller } from "@/trpc/server";

export type CodeState =
  | { step: "ask"; email?: string; error?: "invalid" | "rate_limited" | "failed" }
  | { step: "sent"; email: string };

/** Step one of login trouble without signing in: a code to the registered address typed. */
export async function requestInquiryCode(_previous: CodeState, form: FormData): Promise<CodeState> {
  if (form.get("reset")) return { step: "ask" };
  const email = form.get("email");
  const locale = localeSchema.catch("ja").parse(form.get("locale"));
  if (typeof email !== "string" || email.trim() === "") return { step: "ask", error: "invalid" };
  try {
    const caller = await serverCaller();
    await caller.inquiry.requestCode({ email, locale });
    return { step: "sent", email: email.normalize("NFKC").trim() };
  } catch (error) {
    const code = error instanceof TRPCError ? error.code : null;
    return {
      step: "ask",
      email,
      error: code === "BAD_REQUEST" ? "invalid" : code === "TOO_MANY_REQUESTS" ? "rate_limited" : "failed",
    };
  }
}
