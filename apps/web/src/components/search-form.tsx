import type { Locale } from "@madoguchi/core/locale/locale";
import { dictionary } from "@/i18n/dictionary";
import { localePath } from "@/i18n/locale-path";

/** A plain GET form to the results page: works without JavaScript, ships none. */
export function SearchForm({
  locale,
  defaultValue = "",
  id = "search",
}: {
  locale: Locale;
  defaultValue?: string;
  id?: string;
}) {
  const t = dictionary(locale).search;
  return (
    <form
      role="search"
      action={localePath(locale, "/search")}
      method="get"
      className="search-form search-form-compact"
    >
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t.label}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t.placeholder}
        maxLength={200}
      />
      <button type="submit">{t.submit}</button>
    </form>
  );
}
