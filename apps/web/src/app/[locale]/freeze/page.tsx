import type { Metadata } from "next";
import { getSession } from "@/auth/session";
import { authText } from "@/components/account/auth-text";
import { EmailRequestForm } from "@/components/account/email-request-form";
import { FreezeNowForm } from "@/components/account/freeze-now-form";
import "@/components/account/account.css";
import { localePath } from "@/i18n/locale-path";
import { pageLocale } from "../locale-params";
import { freezeNowAction, requestFreezeAction } from "./freeze-actions";

// Per request: signed in, it freezes at once; signed out, by an emailed link.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: authText(locale).freeze.title };
}

/** "Freeze my account now", reachable from the help center with or without signing in. */
export default async function FreezePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = authText(locale).freeze;
  const signedIn = (await getSession())?.kind === "customer";
  return (
    <div className="account-narrow">
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <ul>
        {t.effects.map((effect) => (
          <li key={effect}>{effect}</li>
        ))}
      </ul>
      {signedIn ? (
        <section className="account-section" data-tone="danger" aria-labelledby="freeze-now">
          <h2 id="freeze-now">{t.signedInTitle}</h2>
          <FreezeNowForm locale={locale} action={freezeNowAction} />
        </section>
      ) : (
        <section className="account-section" aria-labelledby="freeze-by-email">
          <h2 id="freeze-by-email">{t.signedOutTitle}</h2>
          <p>{t.signedOutLead}</p>
          <EmailRequestForm locale={locale} flow="freeze" action={requestFreezeAction} />
        </section>
      )}
      <p>
        <a href={localePath(locale, "/contact/login")}>{t.contact}</a>
      </p>
    </div>
  );
}
