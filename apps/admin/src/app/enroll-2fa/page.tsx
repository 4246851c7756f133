import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession } from "@/auth/session";
import { accountText } from "@/components/account/account-text";
import { EnrollForm } from "@/components/account/enroll-form";
import { getConsoleLocale } from "@/i18n/console-locale";
import "@/components/account/account.css";
import { serverCaller } from "@/trpc/server";
import { confirmEnrollmentAction } from "./enroll-actions";

// Per request: a new secret for every visit (nothing is stored until the first code confirms it).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: accountText[await getConsoleLocale()].enroll.title };
}

/** Mandatory for staff: the first sign-in lands here, and every other page sends them back. */
export default async function EnrollTwoFactorPage() {
  const session = await getSession();
  if (!session) redirect("/sign-in");
  const text = accountText[await getConsoleLocale()].enroll;
  if (session.kind === "staff") {
    return (
      <div className="account-narrow">
        <h1>{text.title}</h1>
        <p className="notice" data-tone="ok">
          {text.alreadyDone}
        </p>
        <p>
          <a href="/">{text.goToConsole}</a>
        </p>
      </div>
    );
  }
  const enrollment = await (await serverCaller()).staff.twoFactor.begin();
  return (
    <div className="account-narrow">
      <h1>{text.title}</h1>
      <p>{text.lead}</p>
      <EnrollForm
        action={confirmEnrollmentAction}
        qrDataUrl={enrollment.qrDataUrl}
        manualKey={enrollment.manualKey}
        enrollment={enrollment.enrollment}
      />
    </div>
  );
}
