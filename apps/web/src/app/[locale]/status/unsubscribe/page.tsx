import type { Metadata } from "next";
import { TokenPage } from "@/components/token-page";
import { dictionary } from "@/i18n/dictionary";
import { localePath } from "@/i18n/locale-path";
import { pageLocale } from "../../locale-params";

// Rendered per request: it depends on the query string or on who is asking.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: dictionary(locale).status.unsubscribeTitle, robots: { index: false, follow: false } };
}

/** The unsubscribe link of every status email: GET shows this button, POST unsubscribes. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const t = dictionary(locale).status;
  const token = typeof query.token === "string" ? query.token : null;
  const result =
    query.result === "unsubscribed"
      ? { text: t.unsubscribed, ok: true }
      : query.result === "invalid"
        ? { text: t.unsubscribeInvalid, ok: false }
        : null;
  const action = `${localePath(locale, "/status/unsubscribe")}?token=${encodeURIComponent(token ?? "")}`;
  return (
    <TokenPage
      locale={locale}
      title={t.unsubscribeTitle}
      lead={t.unsubscribeLead}
      button={t.unsubscribeButton}
      action={action}
      token={token}
      result={result}
    />
  );
}
