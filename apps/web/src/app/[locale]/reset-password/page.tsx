import type { Metadata } from "next";
import { authText } from "@/components/account/auth-text";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import "@/components/account/account.css";
import { localePath } from "@/i18n/locale-path";
import { pageLocale } from "../locale-params";

// Per request: the token is in the query.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  // The token must not reach another site in a Referer header (`same-origin`: with `no-referrer`
  // the form's POST would carry `Origin: null`, which Next's server actions refuse).
  return { title: authText(locale).reset.title, robots: { index: false }, referrer: "same-origin" };
}

/** The page of the password reset email's link. */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { token } = await searchParams;
  const t = authText(locale);
  return (
    <div className="account-narrow">
      <h1>{t.reset.title}</h1>
      {typeof token === "string" && token ? (
        <ResetPasswordForm locale={locale} token={token} />
      ) : (
        <>
          <p className="notice" data-tone="danger" role="alert">
            {t.reset.noToken}
          </p>
          <p>
            <a href={localePath(locale, "/forgot-password")}>{t.reset.again}</a>
          </p>
        </>
      )}
    </div>
  );
}
