import "@madoguchi/ui/styles.css";
import { AppShell } from "@madoguchi/ui/app-shell";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { brand } from "@/config/env";
import { TrpcProviders } from "@/trpc/client";

export const metadata: Metadata = {
  title: { default: `${brand.nameJa} ヘルプセンター`, template: `%s | ${brand.nameJa} ヘルプセンター` },
  description: `${brand.nameJa}のよくある質問とお問い合わせ窓口のご案内です。`,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>
        <TrpcProviders>
          <AppShell
            brand={brand.nameJa}
            product="ヘルプセンター"
            nav={[{ href: "/account", label: "アカウント" }]}
            footer={
              <p>
                {brand.nameJa}{" "}
                カスタマーサポート。当社の担当者がパスワード、二段階認証コード、秘密鍵をお伺いすることはございません。
              </p>
            }
          >
            {children}
          </AppShell>
        </TrpcProviders>
      </body>
    </html>
  );
}
