import "@madoguchi/ui/styles.css";
import { can } from "@madoguchi/core/access/permissions";
import { AppShell } from "@madoguchi/ui/app-shell";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSession } from "@/auth/session";
import { EnrollmentGate } from "@/components/account/enrollment-gate";
import { HeaderAccount } from "@/components/account/header-account";
import { brand } from "@/config/env";
import { getConsoleLocale } from "@/i18n/console-locale";
import { ConsoleLocaleProvider } from "@/i18n/locale-provider";
import { TrpcProviders } from "@/trpc/client";

export const metadata: Metadata = {
  title: { default: `${brand.nameJa} 管理コンソール`, template: `%s | ${brand.nameJa} 管理コンソール` },
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = await getSession();
  const admin = session?.kind === "staff" && can(session.role, "staff.manage");
  const locale = await getConsoleLocale();
  return (
    <html lang={locale}>
      <body>
        <ConsoleLocaleProvider locale={locale}>
          <TrpcProviders>
            <AppShell
              brand={brand.nameJa}
              product="管理コンソール"
              nav={[
                { href: "/queues", label: "キュー" },
                { href: "/knowledge", label: "ナレッジベース" },
                ...(session?.kind === "staff" && can(session.role, "status.manage")
                  ? [
                      { href: "/status", label: "ステータス" },
                      { href: "/announcements", label: "お知らせ" },
                    ]
                  : []),
                ...(session?.kind === "staff" && can(session.role, "report.read")
                  ? [{ href: "/reports", label: "レポート" }]
                  : []),
                { href: "/me", label: "担当者情報" },
                ...(admin ? [{ href: "/staff-admin", label: "担当者管理" }] : []),
                ...(session?.kind === "staff" && can(session.role, "audit.read")
                  ? [{ href: "/audit", label: "監査ログ" }]
                  : []),
              ]}
              headerActions={<HeaderAccount signedIn={session !== null} />}
              footer={<p>社内専用。お客様の個人情報の閲覧はすべて記録されます。</p>}
            >
              <EnrollmentGate required={session?.kind === "staff_enrollment"}>{children}</EnrollmentGate>
            </AppShell>
          </TrpcProviders>
        </ConsoleLocaleProvider>
      </body>
    </html>
  );
}
