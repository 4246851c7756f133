import type { Locale } from "@madoguchi/core/locale/locale";
import { localePath } from "@/i18n/locale-path";
import { dictionary } from "@/i18n/dictionary";

/**
 * The page behind an emailed link: a button that posts the token (a GET never changes
 * anything, so mail scanners that open links cannot confirm or unsubscribe by themselves),
 * then the result.
 */
export function TokenPage({
  locale,
  title,
  lead,
  button,
  action,
  token,
  result,
}: {
  locale: Locale;
  title: string;
  lead: string;
  button: string;
  action: string;
  token: string | null;
  result: { text: string; ok: boolean } | null;
}) {
  const t = dictionary(locale).status;
  return (
    <>
      <h1>{title}</h1>
      {result ? (
        <p
          className="notice"
          data-tone={result.ok ? "ok" : "danger"}
          role="status"
          data-testid="token-result"
        >
          {result.text}
        </p>
      ) : token ? (
        <form method="post" action={action}>
          <p>{lead}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button">
            {button}
          </button>
        </form>
      ) : (
        <p className="notice" data-tone="danger" role="status">
          {t.confirmInvalid}
        </p>
      )}
      <p>
        <a href={localePath(locale, "/status")}>{t.backToStatus}</a>
      </p>
    </>
  );
}
