import type { Metadata } from "next";
import { AccountNav } from "@/components/account/account-nav";
import { accountPageText } from "@/components/account/account-page-text";
import { PasswordChangeForm } from "@/components/account/password-change-form";
import { type SessionRow, SessionsPanel } from "@/components/account/sessions-panel";
import { TwoFactorPanel } from "@/components/account/two-factor-panel";
import { requireCustomer } from "@/components/account/require-customer";
import "@/components/account/account.css";
import { formatDateTime } from "@/i18n/format";
import { localePath } from "@/i18n/locale-path";
import { serverCaller } from "@/trpc/server";
import { pageLocale } from "../../locale-params";

// Rendered per request: it depends on who is signed in.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = accountPageText(locale);
  return { title: `${t.tabs.security} | ${t.title}`, robots: { index: false } };
}

/** Password, two-factor, signed-in devices and the emergency freeze. */
export default async function SecurityPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requireCustomer(locale, "/account/security");
  const account = (await serverCaller()).account;
  const [profile, twoFactor, sessions] = await Promise.all([
    account.profile(),
    account.twoFactor.status(),
    account.sessions.list(),
  ]);
  const t = accountPageText(locale);
  const rows: SessionRow[] = sessions.map((session) => ({
    id: session.id,
    device: session.device.label === "unknown" ? t.sessions.unknownDevice : session.device.label,
    place: t.sessions.places[session.place] ?? t.sessions.places.unknown ?? "",
    ip: session.ip ?? "",
    signedInAt: formatDateTime(session.createdAt, locale),
    lastSeen: formatDateTime(session.lastSeenAt, locale),
    current: session.current,
  }));
  return (
    <>
      <AccountNav locale={locale} current="security" />
      <section className="account-section" aria-labelledby="password-title">
        <h2 id="password-title">{t.password.title}</h2>
        <PasswordChangeForm locale={locale} />
      </section>
      <section className="account-section" aria-labelledby="two-factor-title" data-testid="two-factor">
        <h2 id="two-factor-title">{t.twoFactor.title}</h2>
        <p>{t.twoFactor.lead}</p>
        <TwoFactorPanel
          locale={locale}
          enabled={twoFactor.enabled}
          recoveryCodesRemaining={twoFactor.recoveryCodesRemaining}
          verified={profile.verified}
        />
      </section>
      <section className="account-section" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t.sessions.title}</h2>
        <p>{t.sessions.lead}</p>
        <SessionsPanel locale={locale} sessions={rows} />
      </section>
      <section className="account-section" data-tone="danger" aria-labelledby="freeze-title">
        <h2 id="freeze-title">{t.freeze.title}</h2>
        <p>{t.freeze.lead}</p>
        <p>
          <a className="button button-danger" href={localePath(locale, "/freeze")}>
            {t.freeze.link}
          </a>
        </p>
      </section>
    </>
  );
}
