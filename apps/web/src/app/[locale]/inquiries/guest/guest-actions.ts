"use server";

import { localeSchema } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { GUEST_ACCESS_COOKIE } from "@/components/inquiry/guest-access";
import { webBaseUrl } from "@/config/env";
import { localePath } from "@/i18n/locale-path";
import { serverCaller } from "@/trpc/server";

export type GuestCodeState =
  | { step: "ask"; email?: string; number?: string; error?: string }
  | { step: "sent"; email: string; number: string; error?: string };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

const errorKey = (error: unknown) =>
  error instanceof TRPCError
    ? error.code === "BAD_REQUEST" && !error.message.includes(".")
      ? "failed"
      : error.message
    : "failed";

/**
 * Step one (no code yet): a code to the address, sent only if it is the ticket's contact address.
 * Step two (with the code): it opens the ticket; the access token lives in an httpOnly cookie for
 * 30 minutes. The address and number travel in the form, so this works without JavaScript too.
 */
export async function guestLookup(_previous: GuestCodeState, form: FormData): Promise<GuestCodeState> {
  const locale = localeSchema.catch("ja").parse(form.get("locale"));
  const email = text(form, "email");
  const number = text(form, "number");
  const code = text(form, "code");
  const caller = await serverCaller();
  if (!code) {
    try {
      await caller.inquiry.followUp.requestCode({ email, number, locale });
      return { step: "sent", email, number };
    } catch (error) {
      return { step: "ask", email, number, error: errorKey(error) };
    }
  }
  let opened: { accessToken: string; expiresAt: Date };
  try {
    opened = await caller.inquiry.followUp.open({ email, number, code });
  } catch (error) {
    return { step: "sent", email, number, error: errorKey(error) };
  }
  (await cookies()).set(GUEST_ACCESS_COOKIE, opened.accessToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: webBaseUrl.startsWith("https:"),
    path: "/",
    expires: opened.expiresAt,
  });
  redirect(localePath(locale, "/inquiries/guest/view"));
}

export type GuestReplyState =
  { step: "ask"; body?: string; kinds?: string[]; error?: string } | { step: "sent" };

/** A reply from the opened ticket: text only; a secret is flagged first, then redacted if sent anyway. */
export async function sendGuestReply(_previous: GuestReplyState, form: FormData): Promise<GuestReplyState> {
  const accessToken = (await cookies()).get(GUEST_ACCESS_COOKIE)?.value ?? "";
  const locale = localeSchema.catch("ja").parse(form.get("locale"));
  const body = String(form.get("body") ?? "");
  let result;
  try {
    result = await (
      await serverCaller()
    ).inquiry.followUp.reply({
      accessToken,
      body,
      sendDespiteSecrets: form.get("sendDespiteSecrets") === "on",
    });
  } catch (error) {
    return { step: "ask", body, error: errorKey(error) };
  }
  if (result.status === "secrets") return { step: "ask", body, kinds: result.kinds };
  if (result.status === "invalid") return { step: "ask", body, error: result.messageKey };
  redirect(`${localePath(locale, "/inquiries/guest/view")}?replied=1`);
}
