"use server";

import { staffRoles } from "@madoguchi/core/access/permissions";
import { fullNameSchema } from "@madoguchi/core/account/account-schemas";
import { emailSchema } from "@madoguchi/core/account/canonical-email";
import { localeSchema } from "@madoguchi/core/locale/locale";
import { teamKeys } from "@madoguchi/core/team/teams";
import { refresh } from "next/cache";
import { z } from "zod";
import { invalid, refusal, text } from "@/components/account/action-errors";
import type { FormState } from "@/components/account/form-state";
import { getConsoleLocale } from "@/i18n/console-locale";
import { type MemberIntent, memberIntents } from "@/components/account/staff-admin-text";
import { serverCaller } from "@/trpc/server";

const invitation = z.object({
  email: emailSchema,
  displayName: fullNameSchema,
  role: z.enum(staffRoles, { error: "staff.role.required" }),
  teamKeys: z.array(z.enum(teamKeys)).min(1, "staff.teams.required"),
  locale: localeSchema,
});

export type InviteState = FormState<{ email: string }>;

/** An admin invites a member: the account exists at once, the set-password link goes by email. */
export async function inviteStaffAction(_previous: InviteState, form: FormData): Promise<InviteState> {
  const locale = await getConsoleLocale();
  const values = {
    email: text(form, "email"),
    displayName: text(form, "displayName"),
    role: text(form, "role"),
    teamKeys: form
      .getAll("teamKeys")
      .filter((key) => typeof key === "string")
      .join(","),
    locale: text(form, "locale") || "ja",
  };
  const input = { ...values, teamKeys: values.teamKeys ? values.teamKeys.split(",") : [] };
  const parsed = invitation.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues, { values, locale });
  try {
    await (await serverCaller()).staffAdmin.invite(parsed.data);
    refresh();
    return { status: "done", errors: {}, values: {}, data: { email: parsed.data.email } };
  } catch (error) {
    return refusal(error, { locale, fields: [["staff.emailTaken", "email"]], values });
  }
}

export type MemberState = FormState<{ intent: MemberIntent; name: string }>;

/** One admin action on one member (each is audited by the API). */
export async function memberAction(_previous: MemberState, form: FormData): Promise<MemberState> {
  const locale = await getConsoleLocale();
  const intent = z.enum(memberIntents).safeParse(text(form, "intent"));
  const staffId = z.uuid().safeParse(text(form, "staffId"));
  if (!intent.success || !staffId.success)
    return invalid([{ path: ["form"], message: "staff.notFound" }], { locale });
  const admin = (await serverCaller()).staffAdmin;
  const input = { staffId: staffId.data };
  const calls: Record<MemberIntent, () => Promise<unknown>> = {
    resendInvite: () => admin.resendInvite(input),
    deactivate: () => admin.deactivate(input),
    reactivate: () => admin.reactivate(input),
    endSessions: () => admin.endSessions(input),
    resetTwoFactor: () => admin.resetTwoFactor(input),
    unlock: () => admin.unlock(input),
  };
  try {
    await calls[intent.data]();
    refresh();
    return {
      status: "done",
      errors: {},
      values: {},
      data: { intent: intent.data, name: text(form, "name") },
    };
  } catch (error) {
    return refusal(error, { locale, fields: [] });
  }
}
