import type { Locale } from "@madoguchi/core/locale/locale";
import type { Metadata } from "next";
import { localePath } from "@/i18n/locale-path";
import { authText } from "./auth-text";
import { TokenLinkForm } from "./token-link-form";
import type { TokenFlow } from "./token-link-action";
import "./account.css";

export type TokenLinkPageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * An emailed link's page is never indexed, and its token never reaches another site in a Referer
 * header. `same-origin` rather than `no-referrer`: with the latter the form's own POST carries
 * `Origin: null`, which Next's server actions refuse as cross-site.
 */
export function tokenLinkMetadata(locale: Locale, flow: TokenFlow): Metadata {
  return { title: authText(locale).links[flow].title, robots: { index: false }, referrer: "same-origin" };
}

/** The page an emailed link opens: a button that uses the token, then what happened. */
export function TokenLinkPage({ locale, flow, token }: { locale: Locale; flow: TokenFlow; token: unknown }) {
  const t = authText(locale);
  return (
    <div className="account-narrow">
      <h1>{t.links[flow].title}</h1>
      {typeof token === "string" && token ? (
        <TokenLinkForm locale={locale} flow={flow} token={token} />
      ) : (
        <>
          <p className="notice" data-tone="danger" role="alert">
            {t.links.noToken}
          </p>
          <p>
            <a href={localePath(locale, "/")}>{t.links.home}</a>
          </p>
        </>
      )}
    </div>
  );
}
