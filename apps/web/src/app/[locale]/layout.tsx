import "@madoguchi/ui/styles.css";
import "@madoguchi/ui/help-center.css";
import type { Locale } from "@madoguchi/core/locale/locale";
import { AppShell } from "@madoguchi/ui/app-shell";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { authText } from "@/components/account/auth-text";
import { HeaderAccount } from "@/components/account/header-account";
import { IncidentBannerSlot } from "@/components/incident-banner-slot";
import { LanguageSwitch } from "@/components/language-switch";
import { brand, webBaseUrl } from "@/config/env";
import { dictionary } from "@/i18n/dictionary";
import { isLocale, localePath } from "@/i18n/locale-path";

// Pages are rendered on their first visit and then served from the cache (none at build time:
// the build has no database), refreshed every minute at most and at once when the console
// publishes (POST /api/revalidate).
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const name = brandName(locale);
  const t = dictionary(locale);
  return {
    metadataBase: new URL(webBaseUrl),
    title: { default: `${name} ${t.common.product}`, template: `%s | ${name} ${t.common.product}` },
    description: t.metadata.description(name),
    applicationName: `${name} ${t.common.product}`,
  };
}

const brandName = (locale: Locale) => (locale === "ja" ? brand.nameJa : brand.nameEn);

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = dictionary(locale).common;
  const link = (path: string) => localePath(locale, path);
  return (
    <html lang={locale}>
      <body>
        <AppShell
          brand={brandName(locale)}
          product={t.product}
          homeHref={link("/")}
          skipLinkLabel={t.skipToContent}
          navLabel={t.mainMenu}
          nav={[
            { href: link("/guide"), label: t.nav.guide },
            { href: link("/status"), label: t.nav.status },
            { href: link("/announcements"), label: t.nav.announcements },
            { href: link("/contact"), label: t.nav.contact },
            { href: link("/inquiries"), label: t.nav.inquiries },
            { href: link("/account"), label: locale === "ja" ? "アカウント" : "Account" },
          ]}
          headerActions={
            <HeaderAccount
              signInHref={link("/sign-in")}
              signOutRedirect={link("/")}
              labels={authText(locale).header}
            >
              <LanguageSwitch locale={locale} label={t.languageSwitch} />
            </HeaderAccount>
          }
          banner={<IncidentBannerSlot locale={locale} />}
          footer={
            <>
              <p>
                {brandName(locale)} {t.footerNotice}
              </p>
              <p>
                <a href={link("/freeze")}>{authText(locale).freeze.title}</a>
              </p>
            </>
          }
        >
          {children}
        </AppShell>
      </body>
    </html>
  );
}
