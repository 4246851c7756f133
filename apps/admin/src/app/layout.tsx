import "@madoguchi/ui/styles.css";
import { AppShell } from "@madoguchi/ui/app-shell";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { brand } from "@/config/env";
import { TrpcProviders } from "@/trpc/client";

export const metadata: Metadata = {
  title: { default: `${brand.nameJa} 管理コンソール`, template: `%s | ${brand.nameJa} 管理コンソール` },
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>
        <TrpcProviders>
          <AppShell
            brand={brand.nameJa}
            product="管理コンソール"
            nav={[{ href: "/me", label: "担当者情報" }]}
            footer={<p>社内専用。お客様の個人情報の閲覧はすべて記録されます。</p>}
          >
            {children}
          </AppShell>
        </TrpcProviders>
      </body>
    </html>
  );
}
