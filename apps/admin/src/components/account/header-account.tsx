import type { Locale } from "@madoguchi/core/locale/locale";
import { pick } from "@/i18n/localized";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { shellText } from "@/components/shell/shell-text";
import { SignOutLink } from "./sign-out-link";
import "./header-account.css";

/** The console header's actions: the language switch, then sign in or sign out (the layout knows the session). */
export function HeaderAccount({ signedIn, locale }: { signedIn: boolean; locale: Locale }) {
  const text = pick(locale, shellText);
  return (
    <>
      <LocaleSwitch locale={locale} />
      {signedIn ? (
        <SignOutLink className="header-account" label={text.signOut} />
      ) : (
        <a className="header-account" href="/sign-in" data-testid="header-sign-in">
          {text.signIn}
        </a>
      )}
    </>
  );
}
