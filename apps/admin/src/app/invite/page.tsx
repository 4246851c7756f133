import type { Metadata } from "next";
import { InviteForm } from "@/components/account/invite-form";
import "@/components/account/account.css";
import { acceptInviteAction } from "./invite-action";

// Per request: the token is in the query.
export const dynamic = "force-dynamic";

// The token must not reach another site in a Referer header (`same-origin`: with `no-referrer`
// the form's POST would carry `Origin: null`, which Next's server actions refuse).
export const metadata: Metadata = { title: "担当者アカウントの有効化", referrer: "same-origin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The page of an invitation email: the new member sets a password, then signs in and enrolls. */
export default async function InvitePage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <div className="account-narrow">
      <h1>担当者アカウントの有効化</h1>
      {typeof token === "string" && token ? (
        <InviteForm action={acceptInviteAction} token={token} />
      ) : (
        <p className="notice" data-tone="danger" role="alert">
          リンクが正しくありません。招待メールに記載されたリンクをもう一度ご確認ください。
        </p>
      )}
    </div>
  );
}
