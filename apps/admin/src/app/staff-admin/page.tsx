import { teams } from "@madoguchi/core/team/teams";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { getSession } from "@/auth/session";
import { InviteStaffForm } from "@/components/account/invite-staff-form";
import { roleLabels } from "@/components/account/staff-admin-text";
import { type StaffRow, StaffTable } from "@/components/account/staff-table";
import "@/components/account/account.css";
import { serverCaller } from "@/trpc/server";
import { inviteStaffAction, memberAction } from "./staff-admin-actions";

// Per request: staff accounts change and only admins may see them.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "担当者管理" };

const jst = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const teamName = new Map(teams.map((team) => [team.key as string, team.name.ja]));

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
  if (!members) {
    return (
      <>
        <h1>担当者管理</h1>
        <p className="notice">
          {refused === "UNAUTHORIZED" ? (
            <>
              サインインが必要です。 <a href="/sign-in?callbackUrl=%2Fstaff-admin">サインインする</a>
            </>
          ) : (
            "この画面は管理者のみ利用できます。"
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
    role: roleLabels[member.role],
    teams: member.teams.map((key) => teamName.get(key) ?? key).join("、"),
    active: member.active,
    passwordSet: member.passwordSet,
    twoFactorEnabled: member.twoFactorEnabled,
    lockedUntil:
      member.lockedUntil && member.lockedUntil.getTime() > now ? jst.format(member.lockedUntil) : null,
    self: session?.kind === "staff" && session.staffId === member.id,
  }));
  return (
    <>
      <h1>担当者管理</h1>
      <section className="account-section" aria-labelledby="invite-title">
        <h2 id="invite-title">担当者を招待する</h2>
        <p>
          招待された担当者は、メールのリンクからパスワードを設定し、初めてのサインインで二段階認証を設定します。
        </p>
        <InviteStaffForm action={inviteStaffAction} />
      </section>
      <section className="account-section" aria-labelledby="members-title">
        <h2 id="members-title">担当者の一覧</h2>
        <StaffTable rows={rows} action={memberAction} />
      </section>
    </>
  );
}
