import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { RecoveryCodesForm, StaffPasswordForm, StaffSessionsPanel } from "@/components/account/me-forms";
import { meText } from "@/components/account/me-text";
import { staffAdminText } from "@/components/account/staff-admin-text";
import "@/components/account/account.css";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import { changeStaffPasswordAction, regenerateCodesAction, staffSessionsAction } from "./me-actions";

// Per request: it shows who is signed in.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: meText[await getConsoleLocale()].title };
}

const jstOptions: Intl.DateTimeFormatOptions = {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
};
const jst = {
  ja: new Intl.DateTimeFormat("ja-JP", jstOptions),
  en: new Intl.DateTimeFormat("en-US", { ...jstOptions, month: "short", hour12: false }),
};

async function load() {
  const staff = (await serverCaller()).staff;
  try {
    const [me, twoFactor, sessions] = await Promise.all([
      staff.me(),
      staff.twoFactor.status(),
      staff.sessions.list(),
    ]);
    return { me, twoFactor, sessions };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN"))
      return null;
    throw error;
  }
}

/** The signed-in member: who they are, their password, recovery codes and signed-in devices. */
export default async function MePage() {
  const loaded = await load();
  const locale = await getConsoleLocale();
  const text = meText[locale];
  const places: Readonly<Record<string, string>> = text.places;
  if (!loaded) {
    return (
      <>
        <h1>{text.title}</h1>
        <p className="notice">
          {text.signInNeeded} <a href="/sign-in?callbackUrl=%2Fme">{text.signIn}</a>
        </p>
      </>
    );
  }
  const { me, twoFactor, sessions } = loaded;
  return (
    <>
      <h1>{text.title}</h1>
      <section className="account-section" aria-labelledby="me-title">
        <h2 id="me-title">{me.displayName}</h2>
        <dl className="account-facts">
          <dt>{text.email}</dt>
          <dd>{me.email}</dd>
          <dt>{text.role}</dt>
          <dd>{staffAdminText[locale].roles[me.role]}</dd>
          <dt>{text.teams}</dt>
          <dd>
            {me.teams.map((team) => (locale === "ja" ? team.nameJa : team.nameEn)).join(text.listSeparator)}
          </dd>
          <dt>{text.twoFactor}</dt>
          <dd>{text.twoFactorOn(twoFactor.recoveryCodesRemaining)}</dd>
        </dl>
      </section>
      <section className="account-section" aria-labelledby="password-title">
        <h2 id="password-title">{text.passwordTitle}</h2>
        <StaffPasswordForm action={changeStaffPasswordAction} />
      </section>
      <section className="account-section" aria-labelledby="codes-title">
        <h2 id="codes-title">{text.codesTitle}</h2>
        <p>{text.codesLead}</p>
        <RecoveryCodesForm action={regenerateCodesAction} />
      </section>
      <section className="account-section" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{text.sessionsTitle}</h2>
        <StaffSessionsPanel
          action={staffSessionsAction}
          sessions={sessions.map((session) => ({
            id: session.id,
            device: session.device.label === "unknown" ? text.unknownDevice : session.device.label,
            place: `${places[session.place] ?? places.unknown}${session.ip ? text.ip(session.ip) : ""}`,
            signedInAt: `${jst[locale].format(session.createdAt)} JST`,
            lastSeen: `${jst[locale].format(session.lastSeenAt)} JST`,
            current: session.current,
          }))}
        />
      </section>
    </>
  );
}
