import type { Metadata } from "next";
import { authText } from "@/components/account/auth-text";
import { SignUpForm } from "@/components/account/sign-up-form";
import "@/components/account/account.css";
import { localePath } from "@/i18n/locale-path";
import { pageLocale } from "../locale-params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: authText(locale).signUp.title };
}

export default async function SignUpPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = authText(locale);
  return (
    <div className="account-narrow">
      <h1>{t.signUp.title}</h1>
      <SignUpForm locale={locale} />
      <p>
        {t.signUp.haveAccount} <a href={localePath(locale, "/sign-in")}>{t.signIn.title}</a>
      </p>
      <p className="muted">{t.staffNeverAsk}</p>
    </div>
  );
}
