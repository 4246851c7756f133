import type { Metadata } from "next";
import { AccountNav } from "@/components/account/account-nav";
import { accountPageText } from "@/components/account/account-page-text";
import { EmailChangeForm, ProfileForm, ResendVerificationForm } from "@/components/account/profile-forms";
import { requireCustomer } from "@/components/account/require-customer";
import "@/components/account/account.css";
import { localePath } from "@/i18n/locale-path";
import { serverCaller } from "@/trpc/server";
import { pageLocale } from "../locale-params";

// Rendered per request: it depends on who is signed in.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: accountPageText(locale).title, robots: { index: false } };
}

/** The signed-in customer's profile: name, date of birth, plan (read-only) and email address. */
export default async function AccountPage({ params }: Props) {
  const locale = await pageLocale(params);
  await requireCustomer(locale, "/account");
  const profile = await (await serverCaller()).account.profile();
  const t = accountPageText(locale);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <AccountNav locale={locale} current="profile" />
      {!profile.verified && (
        <section className="notice" data-tone="danger" data-testid="unverified">
          <p>{t.unverified.text}</p>
          <ResendVerificationForm locale={locale} />
        </section>
      )}
      <section className="account-section" aria-labelledby="profile-title">
        <h2 id="profile-title">{t.profile.title}</h2>
        <dl className="account-facts" data-testid="plan">
          <dt>{t.profile.plan}</dt>
          <dd>{locale === "ja" ? profile.plan.nameJa : profile.plan.nameEn}</dd>
          <dt>{t.profile.phoneSupport}</dt>
          <dd>{profile.plan.phoneSupport ? t.profile.phoneYes : t.profile.phoneNo}</dd>
        </dl>
        <p className="account-hint">{t.profile.planNote}</p>
        <ProfileForm
          locale={locale}
          today={today}
          profile={{
            fullName: profile.fullName,
            dateOfBirth: profile.dateOfBirth ?? "",
            emailLocale: profile.locale,
          }}
        />
      </section>
      <section className="account-section" aria-labelledby="email-title">
        <h2 id="email-title">{t.email.title}</h2>
        <dl className="account-facts">
          <dt>{t.email.current}</dt>
          <dd data-testid="current-email">
            {profile.email}{" "}
            <span className="badge" data-tone={profile.verified ? "ok" : "warning"}>
              {profile.verified ? t.email.verified : t.email.unverifiedBadge}
            </span>
          </dd>
        </dl>
        <EmailChangeForm locale={locale} />
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
