import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/auth/session";
import { safeCallbackUrl } from "@/components/account/callback-url";
import { StaffSignInForm } from "@/components/account/staff-sign-in-form";
import "@/components/account/account.css";

// Per request: a signed-in member goes straight on, and the query says where to.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "サインイン" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Staff sign-in (next-auth's credentials sign-in; its pages option points here). */
export default async function StaffSignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const callbackUrl = safeCallbackUrl(query.callbackUrl);
  const session = await getSession();
  if (session?.kind === "staff_enrollment") redirect("/enroll-2fa");
  if (session?.kind === "staff") redirect(callbackUrl);
  return (
    <div className="account-narrow">
      <h1>サインイン</h1>
      {typeof query.error === "string" && (
        <p className="notice" data-tone="danger" role="alert">
          {query.error === "RateLimited"
            ? "サインインの試行が続いたため、一時的に受け付けを停止しています。しばらく待ってから、もう一度お試しください。"
            : "サインインできませんでした。もう一度お試しください。"}
        </p>
      )}
      <p>
        担当者のメールアドレスとパスワードを入力してください。初めてのサインインでは、続けて二段階認証を設定します。
      </p>
      <noscript>
        <p className="notice" data-tone="danger">
          サインインには JavaScript を有効にしてください。
        </p>
      </noscript>
      <StaffSignInForm callbackUrl={callbackUrl} />
      <p className="muted">
        パスワードを忘れた場合やアカウントがロックされた場合は、管理者に連絡してください。担当者アカウントは管理者の招待でのみ作成されます。
      </p>
    </div>
  );
}
