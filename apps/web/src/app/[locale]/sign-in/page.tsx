import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/auth/session";
import { authText } from "@/components/account/auth-text";
import { safeCallbackUrl } from "@/components/account/callback-url";
import { SignInForm } from "@/components/account/sign-in-form";
import "@/components/account/account.css";
import { localePath } from "@/i18n/locale-path";
import { pageLocale } from "../locale-params";

// Per request: a signed-in visitor goes straight on, and the query says where to.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: authText(locale).signIn.title, robots: { index: false, follow: true } };
}

/** Customer sign-in (next-auth's credentials sign-in; its pages option points here). */
export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(query.callbackUrl, locale);
  if ((await getSession())?.kind === "customer") redirect(callbackUrl);
  const t = authText(locale);
  const link = (path: string) => localePath(locale, path);
  return (
    <div className="account-narrow">
      <h1>{t.signIn.title}</h1>
      {typeof query.callbackUrl === "string" && (
        <p className="notice" data-testid="sign-in-required">
          {t.signIn.required}
        </p>
      )}
      {typeof query.error === "string" && (
        <p className="notice" data-tone="danger" role="alert">
          {query.error === "RateLimited" ? t.signIn.rateLimited : t.signIn.failed}
        </p>
      )}
      <p>{t.signIn.lead}</p>
      <noscript>
        <p className="notice" data-tone="danger">
          {t.signIn.noScript}
        </p>
      </noscript>
      <SignInForm locale={locale} callbackUrl={callbackUrl} />
      <ul className="account-links">
        <li>
          <a href={link("/forgot-password")}>{t.signIn.forgotPassword}</a>
        </li>
        <li>
          <a href={link("/sign-up")}>{t.signIn.signUp}</a>
        </li>
        <li>
          <a href={link("/contact/login")}>{t.signIn.cannotSignIn}</a>
        </li>
        <li>
          <a href={link("/freeze")}>{t.signIn.freeze}</a>
        </li>
      </ul>
      <p className="muted">{t.staffNeverAsk}</p>
    </div>
  );
}
