import { formKeySchema } from "@madoguchi/core/inquiry/inquiry-submission";
import { teams } from "@madoguchi/core/team/teams";
import type { Metadata } from "next";
import { inquiryText } from "@/components/inquiry/inquiry-text";
import "@/components/inquiry/inquiry.css";
import { formatDateTime } from "@/i18n/format";
import { localePath } from "@/i18n/locale-path";
import { serverCaller } from "@/trpc/server";
import { pageLocale } from "../../locale-params";

// Per request: it reads the session or the query, never a cached render.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: inquiryText(locale).done.title, robots: { index: false } };
}

/** The confirmation: the ticket number, the window, and when the first reply is due. */
export default async function InquiryDonePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = inquiryText(locale).done;
  const formKey = formKeySchema.safeParse((await searchParams).form);
  const receipt = formKey.success
    ? await (await serverCaller()).inquiry.receipt({ formKey: formKey.data })
    : null;
  if (!receipt) {
    return (
      <>
        <h1>{t.title}</h1>
        <p>{t.missing}</p>
        <p>
          <a href={localePath(locale, "/inquiries")}>{t.list}</a>
        </p>
      </>
    );
  }
  const team = teams.find((candidate) => candidate.key === receipt.teamKey);
  return (
    <>
      <h1>{t.title}</h1>
      <dl className="inquiry-receipt" data-testid="inquiry-receipt">
        <dt>{t.number}</dt>
        <dd data-testid="ticket-number">{receipt.number}</dd>
        <dt>{t.window}</dt>
        <dd>{team?.name[locale] ?? receipt.teamKey}</dd>
        <dt>{t.firstResponse}</dt>
        <dd>{formatDateTime(new Date(receipt.firstResponseDueAt), locale)}</dd>
      </dl>
      <p>{t.mail}</p>
      {receipt.followUp === "sign_in" ? (
        <p>
          <a className="button" href={localePath(locale, `/inquiries/${receipt.number}`)}>
            {t.view}
          </a>{" "}
          <a href={localePath(locale, "/inquiries")}>{t.list}</a>
        </p>
      ) : (
        <p className="notice">
          {t.anonymous}{" "}
          <a href={localePath(locale, "/inquiries/guest")}>{inquiryText(locale).contact.guestLookup}</a>
        </p>
      )}
    </>
  );
}
