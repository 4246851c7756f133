import { teams } from "@madoguchi/core/team/teams";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { getSession } from "@/auth/session";
import { InviteStaffForm } from "@/components/account/invite-staff-form";
import { staffAdminText } from "@/components/account/staff-admin-text";
import { type StaffRow, StaffTable } from "@/components/account/staff-table";
import "@/components/account/account.css";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import { inviteStaffAction, memberAction } from "./staff-admin-actions";

// Per request: staff accounts change and only admins may see them.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: staffAdminText[await getConsoleLocale()].title };
}

const jstOptions: Intl.DateTimeFormatOptions = {
  timeZone: "Asia/Tokyo",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};
const jst = {
  ja: new Intl.DateTimeFormat("ja-JP", jstOptions),
  en: new Intl.DateTimeFormat("en-US", { ...jstOptions, month: "short", hour12: false }),
};

async function loadMembers() {
  try {
    return { members: await (await serverCaller()).staffAdmin.list() };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) {
      return { refused: error.code };
    }
    throw error;
  }
}

/** Admins: invite members, and deactivate, sign out, reset two-factor or unlock them. */
export default async function StaffAdminPage() {
  const session = await getSession();
  const { members, refused } = await loadMembers();
  const locale = await getConsoleLocale();
  const text = staffAdminText[locale];
  const teamName = new Map(teams.map((team) => [team.key as string, team.name[locale]]));
  if (!members) {
    return (
      <>
        <h1>{text.title}</h1>
        <p className="notice">
          {refused === "UNAUTHORIZED" ? (
            <>
              {text.signInNeeded} <a href="/sign-in?callbackUrl=%2Fstaff-admin">{text.signIn}</a>
            </>
          ) : (
            text.adminsOnly
          )}
        </p>
      </>
    );
  }
  const now = Date.now();
  const rows: StaffRow[] = members.map((member) => ({
    id: member.id,
    email: member.email,
    displayName: member.displayName,
    role: text.roles[member.role],
    teams: member.teams.map((key) => teamName.get(key) ?? key).join(text.listSeparator),
    active: member.active,
    passwordSet: member.passwordSet,
    twoFactorEnabled: member.twoFactorEnabled,
    lockedUntil:
      member.lockedUntil && member.lockedUntil.getTime() > now
        ? `${jst[locale].format(member.lockedUntil)}${locale === "en" ? " JST" : ""}`
        : null,
    self: session?.kind === "staff" && session.staffId === member.id,
  }));
  return (
    <>
      <h1>{text.title}</h1>
      <section className="account-section" aria-labelledby="invite-title">
        <h2 id="invite-title">{text.inviteTitle}</h2>
        <p>{text.inviteLead}</p>
        <InviteStaffForm action={inviteStaffAction} />
      </section>
      <section className="account-section" aria-labelledby="members-title">
        <h2 id="members-title">{text.membersTitle}</h2>
        <StaffTable rows={rows} action={memberAction} />
      </section>
    </>
  );
}
