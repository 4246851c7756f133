import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/auth/session";
import { EnrollForm } from "@/components/account/enroll-form";
import "@/components/account/account.css";
import { serverCaller } from "@/trpc/server";
import { confirmEnrollmentAction } from "./enroll-actions";

// Per request: a new secret for every visit (nothing is stored until the first code confirms it).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "二段階認証の設定" };

/** Mandatory for staff: the first sign-in lands here, and every other page sends them back. */
export default async function EnrollTwoFactorPage() {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  if (session.kind === "staff") {
    return (
      <div className="account-narrow">
        <h1>二段階認証の設定</h1>
        <p className="notice" data-tone="ok">
          二段階認証は設定済みです。
        </p>
        <p>
          <a href="/">管理コンソールへ進む</a>
        </p>
      </div>
    );
  }
  const enrollment = await (await serverCaller()).staff.twoFactor.begin();
  return (
    <div className="account-narrow">
      <h1>二段階認証の設定</h1>
      <p>
        担当者アカウントでは二段階認証が必須です。設定が終わるまで、管理コンソールの機能はご利用いただけません。
      </p>
      <EnrollForm
        action={confirmEnrollmentAction}
        qrDataUrl={enrollment.qrDataUrl}
        manualKey={enrollment.manualKey}
        enrollment={enrollment.enrollment}
      />
    </div>
  );
}
