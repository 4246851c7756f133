import type { Metadata } from "next";
import { UnlockForm } from "@/components/account/unlock-form";
import "@/components/account/account.css";
import { unlockAction } from "./unlock-action";

// Per request: the token is in the query.
export const dynamic = "force-dynamic";

// The token must not reach another site in a Referer header (`same-origin`: with `no-referrer`
// the form's POST would carry `Origin: null`, which Next's server actions refuse).
export const metadata: Metadata = { title: "ロックの解除", referrer: "same-origin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StaffUnlockPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <div className="account-narrow">
      <h1>ロックの解除</h1>
      {typeof token === "string" && token ? (
        <UnlockForm action={unlockAction} token={token} />
      ) : (
        <p className="notice" data-tone="danger" role="alert">
          リンクが正しくありません。メールに記載されたリンクをもう一度ご確認ください。
        </p>
      )}
    </div>
  );
}
