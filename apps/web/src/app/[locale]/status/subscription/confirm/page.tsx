import type { Metadata } from "next";
import { TokenPage } from "@/components/token-page";
import { dictionary } from "@/i18n/dictionary";
import { pageLocale } from "../../../locale-params";

// Rendered per request: it depends on the query string or on who is asking.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: dictionary(locale).status.confirmTitle, robots: { index: false, follow: false } };
}

/** Step two of the double opt-in: the link of the confirmation email. */
export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const query = await searchParams;
  const t = dictionary(locale).status;
  const token = typeof query.token === "string" ? query.token : null;
  const result =
    query.result === "confirmed"
      ? { text: t.confirmed, ok: true }
      : query.result === "invalid"
        ? { text: t.confirmInvalid, ok: false }
        : null;
  return (
    <TokenPage
      locale={locale}
      title={t.confirmTitle}
      lead={t.confirmLead}
      button={t.confirmButton}
      action="/api/status/subscription/confirm"
      token={token}
      result={result}
    />
  );
}
