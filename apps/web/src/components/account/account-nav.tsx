import type { Locale } from "@madoguchi/core/locale/locale";
import { localePath } from "@/i18n/locale-path";
import { accountPageText } from "./account-page-text";
import { SignOutLink } from "./sign-out-link";

/** The account pages' heading, their tabs and the sign-out link. */
export function AccountNav({ locale, current }: { locale: Locale; current: "profile" | "security" }) {
  const t = accountPageText(locale);
  const tabs = [
    { key: "profile", path: "/account", label: t.tabs.profile },
    { key: "security", path: "/account/security", label: t.tabs.security },
  ] as const;
  return (
    <>
      <div className="account-heading">
        <h1>{t.title}</h1>
        <SignOutLink label={t.signOut} redirectTo={localePath(locale, "/")} />
      </div>
      <nav aria-label={t.tabsLabel}>
        <ul className="account-tabs">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <a href={localePath(locale, tab.path)} aria-current={tab.key === current ? "page" : undefined}>
                {tab.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
