import { teams } from "@madoguchi/core/team/teams";
import { troubleTypes } from "@madoguchi/core/trouble/trouble-types";
import type { Metadata } from "next";
import { pageMetadata } from "@/components/page-metadata";
import { brand } from "@/config/env";
import { dictionary, inquiryTips, troubleGuide } from "@/i18n/dictionary";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";
import { pageLocale } from "../locale-params";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = dictionary(locale).guide;
  return pageMetadata({ locale, path: "/guide", title: t.title, description: t.lead });
}

/** 困ったときの窓口案内: for every trouble type, the window, the first step and what to prepare. */
export default async function GuidePage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = dictionary(locale);
  const guide = troubleGuide(locale);
  const link = (path: string) => localePath(locale, path);
  const { categories, phonePlans } = await publicCaller().helpCenter.guide({ locale });
  const categoryOf = new Map(categories.map((category) => [category.troubleType, category]));
  const planNames = phonePlans.map((plan) => (locale === "ja" ? plan.nameJa : plan.nameEn));
  const listFormat = new Intl.ListFormat(locale, { type: "conjunction" });
  const plansText =
    locale === "ja"
      ? planNames.map((name) => `${name}プラン`).join("・")
      : `the ${listFormat.format(planNames)} plan${planNames.length > 1 ? "s" : ""}`;

  return (
    <>
      <h1>{t.guide.title}</h1>
      <p className="muted">{t.guide.lead}</p>

      <nav aria-labelledby="guide-toc" className="toc">
        <h2 id="guide-toc" className="toc-title">
          {t.guide.toc}
        </h2>
        <ol>
          {troubleTypes.map((type) => (
            <li key={type.key}>
              <a href={`#${type.key}`}>{type.name[locale]}</a>
            </li>
          ))}
          <li>
            <a href="#checklist">{t.guide.tipsTitle}</a>
          </li>
          <li>
            <a href="#channels">{t.guide.channelsTitle}</a>
          </li>
        </ol>
      </nav>

      {troubleTypes.map((type) => {
        const team = teams.find((candidate) => candidate.key === type.team);
        const text = guide[type.key];
        const category = categoryOf.get(type.key);
        return (
          <section
            key={type.key}
            id={type.key}
            className="guide-type"
            aria-labelledby={`${type.key}-title`}
            data-trouble-type={type.key}
          >
            <h2 id={`${type.key}-title`}>
              {type.name[locale]}{" "}
              {type.key === "security" && (
                <span className="badge" data-tone="danger">
                  {t.guide.urgent}
                </span>
              )}
            </h2>
            <p className="muted">{type.examples[locale]}</p>
            <p>
              {t.guide.window}：<strong>{team?.name[locale]}</strong>
              {team?.alwaysOpen && (
                <>
                  {" "}
                  <span className="badge">{t.guide.alwaysOpen}</span>
                </>
              )}
            </p>
            <h3>{t.guide.firstStep}</h3>
            <p>{text.firstStep}</p>
            {text.note && (
              <p className="notice" data-tone="warning">
                {text.note}
              </p>
            )}
            <h3>{t.guide.prepare}</h3>
            <ul>
              {text.prepare.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p className="muted">{t.guide.always}</p>
            <ul className="inline-links">
              {category && (
                <li>
                  <a href={link(`/categories/${category.slug}`)}>
                    {t.guide.articles} — {category.name}
                  </a>
                </li>
              )}
              {type.key === "system" && (
                <li>
                  <a href={link("/status")}>{t.home.statusLink}</a>
                </li>
              )}
              <li>
                <a href={`${link("/contact")}?type=${type.key}`}>{t.guide.contact}</a>
              </li>
            </ul>
          </section>
        );
      })}

      <section id="checklist" aria-labelledby="checklist-title">
        <h2 id="checklist-title">{t.guide.tipsTitle}</h2>
        <p>{t.guide.tipsLead}</p>
        <ul className="checklist">
          {inquiryTips(locale).map((tip, index) => (
            <li key={tip.tip}>
              <input type="checkbox" id={`tip-${index}`} />
              <label htmlFor={`tip-${index}`}>
                <strong>{tip.tip}</strong>
                {tip.how}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section id="channels" aria-labelledby="channels-title">
        <h2 id="channels-title">{t.guide.channelsTitle}</h2>
        <ul className="card-grid">
          <li className="card">
            <h3>{t.guide.channels.helpCenter.name}</h3>
            <p>{t.guide.channels.helpCenter.body}</p>
            <a href={link("/")}>{t.common.nav.home}</a>
          </li>
          <li className="card">
            <h3>{t.guide.channels.form.name}</h3>
            <p>{t.guide.channels.form.body}</p>
            <a href={link("/contact")}>{t.guide.contactLink}</a>
          </li>
          <li className="card" data-testid="phone-support">
            <h3>{t.guide.channels.phone.name}</h3>
            <p>
              {planNames.length > 0
                ? t.guide.channels.phone.body(plansText, brand.supportPhone, brand.phoneHours)
                : t.guide.channels.phone.noPlans}
            </p>
          </li>
          <li className="card">
            <h3>{t.guide.channels.status.name}</h3>
            <p>{t.guide.channels.status.body}</p>
            <p className="inline-links">
              <a href={link("/status")}>{t.common.nav.status}</a>
              <a href={link("/announcements")}>{t.common.nav.announcements}</a>
            </p>
          </li>
        </ul>
      </section>
    </>
  );
}
