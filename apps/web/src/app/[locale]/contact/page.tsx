import { teams } from "@madoguchi/core/team/teams";
import { troubleTypeSchema, troubleTypes } from "@madoguchi/core/trouble/trouble-types";
import type { Metadata } from "next";
import { inquiryText } from "@/components/inquiry/inquiry-text";
import { StepIndicator } from "@/components/inquiry/step-indicator";
import { SubtypeList } from "@/components/inquiry/subtype-list";
import "@/components/inquiry/inquiry.css";
import { localePath } from "@/i18n/locale-path";
import { pageLocale } from "../locale-params";

// Per request: it reads the session or the query, never a cached render.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: inquiryText(locale).contact.title };
}

/**
 * Step 1 of triage: the six trouble types of the guide with examples and their window. A type
 * named by `?type=` (from "was this helpful? no", the guide, a category) is preselected, with its
 * subtypes right below.
 */
export default async function ContactPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const selected = troubleTypeSchema.safeParse((await searchParams).type);
  const t = inquiryText(locale).contact;
  return (
    <>
      <StepIndicator locale={locale} current={selected.success ? 2 : 1} />
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <h2>{t.chooseType}</h2>
      <ul className="card-grid inquiry-choices">
        {troubleTypes.map((type) => {
          const isSelected = selected.success && selected.data === type.key;
          return (
            <li
              key={type.key}
              className="card"
              data-trouble-type={type.key}
              data-selected={isSelected ? "true" : undefined}
              aria-current={isSelected ? "true" : undefined}
            >
              <h3>
                <a className="card-link" href={localePath(locale, `/contact/${type.key}`)}>
                  {type.name[locale]}
                </a>
                {isSelected && (
                  <>
                    {" "}
                    <span className="badge">{t.selected}</span>
                  </>
                )}
              </h3>
              <p className="muted">{type.examples[locale]}</p>
              <p>
                {t.window}：<strong>{teams.find((team) => team.key === type.team)?.name[locale]}</strong>
              </p>
            </li>
          );
        })}
      </ul>
      {selected.success && (
        <section aria-labelledby="subtypes-title">
          <h2 id="subtypes-title">{t.chooseSubtype}</h2>
          <SubtypeList locale={locale} type={selected.data} />
        </section>
      )}
      <ul className="inline-links">
        <li>
          <a href={localePath(locale, "/inquiries")}>{t.myInquiries}</a>
        </li>
        <li>
          <a href={localePath(locale, "/inquiries/guest")}>{t.guestLookup}</a>
        </li>
      </ul>
    </>
  );
}
