import type { Metadata } from "next";
import { authText } from "@/components/account/auth-text";
import { EmailRequestForm } from "@/components/account/email-request-form";
import "@/components/account/account.css";
import { localePath } from "@/i18n/locale-path";
import { pageLocale } from "../locale-params";
import { forgotPasswordAction } from "./forgot-password-action";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: authText(locale).forgot.title };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = authText(locale);
  return (
    <div className="account-narrow">
      <h1>{t.forgot.title}</h1>
      <p>{t.forgot.lead}</p>
      <EmailRequestForm locale={locale} flow="forgot" action={forgotPasswordAction} />
      <ul className="account-links">
        <li>
          <a href={localePath(locale, "/sign-in")}>{t.signIn.title}</a>
        </li>
        <li>
          <a href={localePath(locale, "/contact/login/forgot_password")}>{t.forgot.contact}</a>
        </li>
      </ul>
      <p className="muted">{t.staffNeverAsk}</p>
    </div>
  );
}
