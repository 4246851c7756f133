import { preFormNoticesFor } from "@madoguchi/core/inquiry/subtype-guidance";
import { subtypesOf } from "@madoguchi/core/trouble/subtypes";
import { troubleType, troubleTypeSchema } from "@madoguchi/core/trouble/trouble-types";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { inquiryText } from "@/components/inquiry/inquiry-text";
import { PreFormNoticeView } from "@/components/inquiry/protect-account";
import { StepIndicator } from "@/components/inquiry/step-indicator";
import { SubtypeList } from "@/components/inquiry/subtype-list";
import "@/components/inquiry/inquiry.css";
import { localePath } from "@/i18n/locale-path";
import { pageLocale } from "../../locale-params";

type Props = { params: Promise<{ locale: string; type: string }> };

async function typeOf(params: Props["params"]) {
  const parsed = troubleTypeSchema.safeParse((await params).type);
  if (!parsed.success) notFound();
  return troubleType(parsed.data);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: `${(await typeOf(params)).name[locale]} | ${inquiryText(locale).contact.title}` };
}

/** Step 2: what exactly happened. Security trouble shows how to protect the account first. */
export default async function TroubleTypePage({ params }: Props) {
  const locale = await pageLocale(params);
  const type = await typeOf(params);
  const t = inquiryText(locale).contact;
  const first = subtypesOf(type.key)[0];
  const urgent =
    type.key === "security" && first
      ? preFormNoticesFor(type.key, first.key).filter((notice) => notice.key === "security.protect_now")
      : [];
  return (
    <>
      <StepIndicator locale={locale} current={2} />
      <h1>{type.name[locale]}</h1>
      {urgent.map((notice) => (
        <PreFormNoticeView key={notice.key} notice={notice} locale={locale} />
      ))}
      <h2>{t.chooseSubtype}</h2>
      <SubtypeList locale={locale} type={type.key} />
      <p>
        <a href={localePath(locale, "/contact")}>{t.back}</a>
      </p>
    </>
  );
}
