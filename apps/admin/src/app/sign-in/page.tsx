import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/auth/session";
import { accountText } from "@/components/account/account-text";
import { safeCallbackUrl } from "@/components/account/callback-url";
import { StaffSignInForm } from "@/components/account/staff-sign-in-form";
import "@/components/account/account.css";
import { getConsoleLocale } from "@/i18n/console-locale";

// Per request: a signed-in member goes straight on, and the query says where to.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: accountText[await getConsoleLocale()].signIn.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Staff sign-in (next-auth's credentials sign-in; its pages option points here). */
export default async function StaffSignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(query.callbackUrl);
  const session = await getSession();
  if (session?.kind === "staff_enrollment") redirect("/enroll-2fa");
  if (session?.kind === "staff") redirect(callbackUrl);
  const text = accountText[await getConsoleLocale()].signIn;
  return (
    <div className="account-narrow">
      <h1>{text.title}</h1>
      {typeof query.error === "string" && (
        <p className="notice" data-tone="danger" role="alert">
          {query.error === "RateLimited" ? text.rateLimited : text.failed}
        </p>
      )}
      <p>{text.lead}</p>
      <noscript>
        <p className="notice" data-tone="danger">
          {text.noScript}
        </p>
      </noscript>
      <StaffSignInForm callbackUrl={callbackUrl} />
      <p className="muted">{text.help}</p>
    </div>
  );
}
