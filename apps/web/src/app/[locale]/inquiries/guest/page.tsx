import type { Metadata } from "next";
import { GuestLookup } from "@/components/inquiry/guest-forms";
import { guestText } from "@/components/inquiry/guest-text";
import "@/components/inquiry/inquiry.css";
import { pageLocale } from "../../locale-params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: guestText(locale).title, robots: { index: false } };
}

/** Following up an inquiry sent without signing in: address + number, then an emailed code. */
export default async function GuestLookupPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = guestText(locale);
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <GuestLookup locale={locale} />
    </>
  );
}
