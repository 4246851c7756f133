import "@madoguchi/ui/styles.css";
import { can } from "@madoguchi/core/access/permissions";
import { AppShell } from "@madoguchi/ui/app-shell";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSession } from "@/auth/session";
import { EnrollmentGate } from "@/components/account/enrollment-gate";
import { HeaderAccount } from "@/components/account/header-account";
import { shellText } from "@/components/shell/shell-text";
import { brand } from "@/config/env";
import { getConsoleLocale } from "@/i18n/console-locale";
import { ConsoleLocaleProvider } from "@/i18n/locale-provider";
import { pick } from "@/i18n/localized";
import { TrpcProviders } from "@/trpc/client";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getConsoleLocale();
  const name = `${locale === "ja" ? brand.nameJa : brand.nameEn} ${pick(locale, shellText).product}`;
  return {
    title: { default: name, template: `%s | ${name}` },
    robots: { index: false, follow: false },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const session = await getSession();
  const role = session?.kind === "staff" ? session.role : null;
  const allowed = (permission: Parameters<typeof can>[1]) => role !== null && can(role, permission);
  const locale = await getConsoleLocale();
  const text = pick(locale, shellText);
  const nav = text.nav;
  return (
    <html lang={locale}>
      <body>
        <ConsoleLocaleProvider locale={locale}>
          <TrpcProviders>
            <AppShell
              brand={locale === "ja" ? brand.nameJa : brand.nameEn}
              product={text.product}
              skipLinkLabel={text.skipLink}
              navLabel={text.navLabel}
              nav={[
                { href: "/queues", label: nav.queues },
                { href: "/knowledge", label: nav.knowledge },
                ...(allowed("status.manage")
                  ? [
                      { href: "/status", label: nav.status },
                      { href: "/announcements", label: nav.announcements },
                    ]
                  : []),
                ...(allowed("report.read") ? [{ href: "/reports", label: nav.reports }] : []),
                ...(allowed("customer.unfreeze") ? [{ href: "/approvals", label: nav.approvals }] : []),
                { href: "/me", label: nav.me },
                ...(allowed("staff.manage") ? [{ href: "/staff-admin", label: nav.staffAdmin }] : []),
                ...(allowed("settings.manage") || allowed("macro.manage")
                  ? [{ href: "/settings", label: nav.settings }]
                  : []),
                ...(allowed("audit.read") ? [{ href: "/audit", label: nav.audit }] : []),
              ]}
              headerActions={<HeaderAccount signedIn={session !== null} locale={locale} />}
              footer={<p>{text.footer}</p>}
            >
              <EnrollmentGate required={session?.kind === "staff_enrollment"}>{children}</EnrollmentGate>
            </AppShell>
          </TrpcProviders>
        </ConsoleLocaleProvider>
      </body>
    </html>
  );
}
