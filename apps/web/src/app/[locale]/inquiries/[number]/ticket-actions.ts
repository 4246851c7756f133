"use server";

import { localeSchema } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { localePath } from "@/i18n/locale-path";
import { serverCaller } from "@/trpc/server";

/**
 * The customer's actions on a ticket as plain form posts (they work without JavaScript): each
 * goes back to the ticket, with the refusal's message key when core refused.
 */
async function act(form: FormData, run: (number: string) => Promise<unknown>): Promise<never> {
  const locale = localeSchema.catch("ja").parse(form.get("locale"));
  const number = String(form.get("number") ?? "");
  const page = localePath(locale, `/inquiries/${encodeURIComponent(number)}`);
  let problem: string | null = null;
  try {
    await run(number);
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    problem = error.message;
  }
  redirect(problem ? `${page}?problem=${encodeURIComponent(problem)}` : page);
}

export async function markSolvedAction(form: FormData): Promise<void> {
  const caller = await serverCaller();
  await act(form, (number) => caller.tickets.markSolved({ number }));
}

export async function reopenAction(form: FormData): Promise<void> {
  const caller = await serverCaller();
  await act(form, (number) => caller.tickets.reopen({ number }));
}

export async function rateAction(form: FormData): Promise<void> {
  const caller = await serverCaller();
  const score = Number(form.get("score"));
  const comment = form.get("comment");
  await act(form, (number) =>
    caller.tickets.rate({
      number,
      score,
      comment: typeof comment === "string" ? comment.slice(0, 1000) : null,
    }),
  );
}
