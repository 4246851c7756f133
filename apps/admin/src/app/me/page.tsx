import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { RecoveryCodesForm, StaffPasswordForm, StaffSessionsPanel } from "@/components/account/me-forms";
import { roleLabels } from "@/components/account/staff-admin-text";
import "@/components/account/account.css";
import { serverCaller } from "@/trpc/server";
import { changeStaffPasswordAction, regenerateCodesAction, staffSessionsAction } from "./me-actions";

// Per request: it shows who is signed in.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "担当者情報" };

const jst = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const places: Record<string, string> = { local_network: "ローカルネットワーク", unknown: "不明" };

async function load() {
  const staff = (await serverCaller()).staff;
  try {
    const [me, twoFactor, sessions] = await Promise.all([
      staff.me(),
      staff.twoFactor.status(),
      staff.sessions.list(),
    ]);
    return { me, twoFactor, sessions };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN"))
      return null;
    throw error;
  }
}

/** The signed-in member: who they are, their password, recovery codes and signed-in devices. */
export default async function MePage() {
  const loaded = await load();
  if (!loaded) {
    return (
      <>
        <h1>担当者情報</h1>
        <p className="notice">
          サインインが必要です。 <a href="/sign-in?callbackUrl=%2Fme">サインインする</a>
        </p>
      </>
    );
  }
  const { me, twoFactor, sessions } = loaded;
  return (
    <>
      <h1>担当者情報</h1>
      <section className="account-section" aria-labelledby="me-title">
        <h2 id="me-title">{me.displayName}</h2>
        <dl className="account-facts">
          <dt>メールアドレス</dt>
          <dd>{me.email}</dd>
          <dt>役割</dt>
          <dd>{roleLabels[me.role]}</dd>
          <dt>担当窓口</dt>
          <dd>{me.teams.map((team) => team.nameJa).join("、")}</dd>
          <dt>二段階認証</dt>
          <dd>有効（未使用のリカバリーコード：{twoFactor.recoveryCodesRemaining}個）</dd>
        </dl>
      </section>
      <section className="account-section" aria-labelledby="password-title">
        <h2 id="password-title">パスワードの変更</h2>
        <StaffPasswordForm action={changeStaffPasswordAction} />
      </section>
      <section className="account-section" aria-labelledby="codes-title">
        <h2 id="codes-title">リカバリーコード</h2>
        <p>
          認証アプリの端末をなくしたときに使うコードです。残りが少ないときや、漏れたおそれがあるときは作り直してください。認証アプリの端末をなくしてリカバリーコードもない場合は、管理者に二段階認証のリセットを依頼してください。
        </p>
        <RecoveryCodesForm action={regenerateCodesAction} />
      </section>
      <section className="account-section" aria-labelledby="sessions-title">
        <h2 id="sessions-title">サインイン中の端末</h2>
        <StaffSessionsPanel
          action={staffSessionsAction}
          sessions={sessions.map((session) => ({
            id: session.id,
            device: session.device.label === "unknown" ? "不明な端末" : session.device.label,
            place: `${places[session.place] ?? places.unknown}${session.ip ? `（${session.ip}）` : ""}`,
            signedInAt: `${jst.format(session.createdAt)} JST`,
            lastSeen: `${jst.format(session.lastSeenAt)} JST`,
            current: session.current,
          }))}
        />
      </section>
    </>
  );
}
