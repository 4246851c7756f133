import type { Metadata } from "next";
import { accountText } from "@/components/account/account-text";
import { InviteForm } from "@/components/account/invite-form";
import { getConsoleLocale } from "@/i18n/console-locale";
import "@/components/account/account.css";
import { acceptInviteAction } from "./invite-action";

// Per request: the token is in the query.
export const dynamic = "force-dynamic";

// The token must not reach another site in a Referer header (`same-origin`: with `no-referrer`
// the form's POST would carry `Origin: null`, which Next's server actions refuse).
export async function generateMetadata(): Promise<Metadata> {
  return { title: accountText[await getConsoleLocale()].invite.title, referrer: "same-origin" };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page of an invitation email: the new member sets a password, then signs in and enrolls. */
export default async function InvitePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const text = accountText[await getConsoleLocale()].invite;
  return (
    <div className="account-narrow">
      <h1>{text.title}</h1>
      {typeof token === "string" && token ? (
        <InviteForm action={acceptInviteAction} token={token} />
      ) : (
        <p className="notice" data-tone="danger" role="alert">
          {text.badLink}
        </p>
      )}
    </div>
  );
}
