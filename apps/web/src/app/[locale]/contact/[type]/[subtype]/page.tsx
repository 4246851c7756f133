import { findSubtype } from "@madoguchi/core/trouble/subtypes";
import { troubleType, troubleTypeSchema } from "@madoguchi/core/trouble/trouble-types";
import { incidentStatusLabel } from "@madoguchi/core/status/status-page";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeflectButtons } from "@/components/inquiry/deflect-buttons";
import { inquiryText } from "@/components/inquiry/inquiry-text";
import { StepIndicator } from "@/components/inquiry/step-indicator";
import "@/components/inquiry/inquiry.css";
import { SubscribeForm } from "@/components/subscribe-form";
import { dictionary } from "@/i18n/dictionary";
import { localePath } from "@/i18n/locale-path";
import { publicCaller } from "@/trpc/server";
import { pageLocale } from "../../../locale-params";

type Props = { params: Promise<{ locale: string; type: string; subtype: string }> };

async function subtypeOf(params: Props["params"]) {
  const { type, subtype } = await params;
  const parsed = troubleTypeSchema.safeParse(type);
  const definition = parsed.success ? findSubtype(parsed.data, subtype) : undefined;
  if (!parsed.success || !definition) notFound();
  return { type: troubleType(parsed.data), subtype: definition };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { subtype } = await subtypeOf(params);
  return { title: `${subtype.name[locale]} | ${inquiryText(locale).contact.title}` };
}

/**
 * Step 3, self-help first: incidents under way (those on the subtype's components first, with
 * a subscription to their updates), then the articles for the subtype. "Solved" ends here.
 */
export default async function SelfHelpPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { type, subtype } = await subtypeOf(params);
  const t = inquiryText(locale).selfHelp;
  const status = dictionary(locale).status;
  const help = await publicCaller().inquiry.selfHelp({ type: type.key, subtype: subtype.key, locale });
  const affecting = help.incidents.some((incident) => incident.affectsSubtype);
  return (
    <>
      <StepIndicator locale={locale} current={3} />
      <p className="muted">{type.name[locale]}</p>
      <h1>{subtype.name[locale]}</h1>
      <p>{t.lead}</p>

      {help.incidents.length > 0 && (
        <section
          aria-labelledby="incidents-title"
          className="inquiry-incidents"
          data-testid="self-help-incidents"
        >
          <h2 id="incidents-title">{t.incidents}</h2>
          {help.incidents.map((incident) => (
            <article
              key={incident.id}
              className="incident"
              data-affects={incident.affectsSubtype ? "true" : undefined}
            >
              <h3>
                <span className="badge" data-tone={incident.kind === "incident" ? "danger" : "warning"}>
                  {incident.kind === "incident" ? status.incident : status.maintenance}
                </span>{" "}
                {incident.title}
              </h3>
              <p>
                <strong>{incidentStatusLabel[incident.status][locale]}</strong>
                {incident.components.length > 0 &&
                  ` ・ ${status.affected}：${incident.components.map((c) => c.name).join(locale === "ja" ? "、" : ", ")}`}
              </p>
              {incident.affectsSubtype && (
                <p className="notice" data-tone="warning">
                  {t.affects}
                </p>
              )}
              {incident.latestUpdate && <p>{incident.latestUpdate.body}</p>}
            </article>
          ))}
          <p>
            <a href={localePath(locale, "/status")}>{t.statusLink}</a>
          </p>
          {(affecting || type.key === "system") && (
            <section aria-labelledby="subscribe-title">
              <h3 id="subscribe-title">{t.subscribeTitle}</h3>
              <p className="muted">{t.subscribeLead}</p>
              <SubscribeForm
                locale={locale}
                labels={{
                  emailLabel: status.emailLabel,
                  subscribe: status.subscribe,
                  subscribed: status.subscribed,
                  subscribeFailed: status.subscribeFailed,
                  subscribeRateLimited: status.subscribeRateLimited,
                }}
              />
            </section>
          )}
        </section>
      )}

      {subtype.key === "forgot_password" && (
        <p className="notice" data-tone="ok">
          {t.selfService} <a href={localePath(locale, "/forgot-password")}>{t.selfServiceLink}</a>
        </p>
      )}

      <section aria-labelledby="articles-title">
        <h2 id="articles-title">{t.articles}</h2>
        {help.articles.length === 0 ? (
          <p>{t.noArticles}</p>
        ) : (
          <ul className="article-list" data-testid="self-help-articles">
            {help.articles.map((article) => (
              <li key={article.slug}>
                <a
                  href={localePath(locale, `/articles/${article.slug}`)}
                  lang={article.locale === locale ? undefined : article.locale}
                >
                  {article.title}
                </a>
                {article.summary && <p className="muted">{article.summary}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <DeflectButtons locale={locale} type={type.key} subtype={subtype.key} />
    </>
  );
}
