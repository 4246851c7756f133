import { type Locale, locales } from "@madoguchi/core/locale/locale";
import { pick } from "@/i18n/localized";
import { setConsoleLocaleAction } from "./locale-actions";
import { shellText } from "./shell-text";
import "./locale-switch.css";

/** Each language named in itself, so a member who cannot read the current one still finds theirs. */
const ownNames: Readonly<Record<Locale, string>> = { ja: "日本語", en: "English" };

/** 日本語 / English in the header: a plain form, so it works signed out and without JavaScript. */
export function LocaleSwitch({ locale }: { locale: Locale }) {
  return (
    <form
      action={setConsoleLocaleAction}
      className="locale-switch"
      role="group"
      aria-label={pick(locale, shellText).languageLabel}
      data-testid="locale-switch"
    >
      {locales.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          disabled={option === locale}
        >
          {ownNames[option]}
        </button>
      ))}
    </form>
  );
}
