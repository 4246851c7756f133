import { randomBytes } from "node:crypto";
import { formKeySchema } from "@madoguchi/core/inquiry/inquiry-submission";
import { preFormNoticesFor } from "@madoguchi/core/inquiry/subtype-guidance";
import { findSubtype } from "@madoguchi/core/trouble/subtypes";
import { troubleType, troubleTypeSchema } from "@madoguchi/core/trouble/trouble-types";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AnonymousInquiry } from "@/components/inquiry/anonymous-inquiry";
import { InquiryForm } from "@/components/inquiry/inquiry-form";
import { inquiryText } from "@/components/inquiry/inquiry-text";
import { jstLimits } from "@/components/inquiry/jst-limits";
import { PreFormNoticeView } from "@/components/inquiry/protect-account";
import { StepIndicator } from "@/components/inquiry/step-indicator";
import "@/components/inquiry/inquiry.css";
import { brand } from "@/config/env";
import { localePath } from "@/i18n/locale-path";
import { serverCaller } from "@/trpc/server";
import { pageLocale } from "../../../../locale-params";

// Per request: it reads the session or the query, never a cached render.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; type: string; subtype: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function subtypeOf(params: Props["params"]) {
  const { type, subtype } = await params;
  const parsed = troubleTypeSchema.safeParse(type);
  const definition = parsed.success ? findSubtype(parsed.data, subtype) : undefined;
  if (!parsed.success || !definition) notFound();
  return { type: troubleType(parsed.data), subtype: definition };
}

const single = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { subtype } = await subtypeOf(params);
  return {
    title: `${subtype.name[locale]} | ${inquiryText(locale).contact.title}`,
    robots: { index: false },
  };
}

/**
 * Step 4: the form of the subtype, generated from core's field table, after what must be known
 * first (protect the account, an on-chain transfer cannot be reversed). `?form=` brings back a
 * form the server refused (sent without JavaScript); `?related=` continues a closed inquiry.
 */
export default async function InquiryFormPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { type, subtype } = await subtypeOf(params);
  const query = await searchParams;
  const t = inquiryText(locale).form;
  const path = localePath(locale, `/contact/${type.key}/${subtype.key}/form`);
  const caller = await serverCaller();
  const returnedKey = formKeySchema.safeParse(single(query.form));
  const [context, draft] = await Promise.all([
    caller.inquiry.formContext({ type: type.key }),
    returnedKey.success ? caller.inquiry.draft({ formKey: returnedKey.data }) : Promise.resolve(null),
  ]);
  const formKey = returnedKey.success ? returnedKey.data : randomBytes(16).toString("base64url");
  const notices = preFormNoticesFor(type.key, subtype.key);
  const mustAcknowledge = notices.some((notice) => notice.acknowledge);
  const acknowledged = single(query.ack) === "1" || returnedKey.success;
  const related = single(query.related) ?? draft?.values.relatedTicket ?? null;

  return (
    <>
      <StepIndicator locale={locale} current={4} />
      <p className="muted">{type.name[locale]}</p>
      <h1>{subtype.name[locale]}</h1>
      {notices.map((notice) => (
        <PreFormNoticeView key={notice.key} notice={notice} locale={locale} />
      ))}
      {type.key === "security" && (
        <p className="notice" data-tone="danger">
          {t.urgent}
        </p>
      )}

      {mustAcknowledge && !acknowledged ? (
        <form method="get" action={path} className="inquiry-acknowledge" data-testid="acknowledge-form">
          {related && <input type="hidden" name="related" value={related} />}
          <label>
            <input type="checkbox" name="ack" value="1" required /> {t.acknowledge}
          </label>
          <p>
            <button type="submit" className="button">
              {t.continue}
            </button>
          </p>
        </form>
      ) : !context.access.ok ? (
        context.access.reason === "sign_in_required" ? (
          <section className="notice" data-testid="sign-in-required">
            <h2>{t.signInTitle}</h2>
            <p>{t.signInBody}</p>
            <p>
              <a
                className="button"
                href={`${localePath(locale, "/sign-in")}?callbackUrl=${encodeURIComponent(path)}`}
              >
                {t.signIn}
              </a>
            </p>
            <p>
              <a href={localePath(locale, "/contact/login")}>{t.cannotSignIn}</a>
            </p>
          </section>
        ) : (
          <section className="notice" data-testid="verify-required">
            <h2>{t.verifyTitle}</h2>
            <p>{t.verifyBody}</p>
            <p>
              <a className="button" href={localePath(locale, "/account")}>
                {t.account}
              </a>
            </p>
          </section>
        )
      ) : (
        <div className="inquiry-layout">
          <div>
            <p>{t.lead}</p>
            {related && <p className="notice">{t.relatedTicket(related)}</p>}
            {context.access.as === "anonymous" ? (
              <AnonymousInquiry
                type={type.key}
                subtype={subtype.key}
                locale={locale}
                formKey={formKey}
                initialEmail={draft?.values.registeredEmail ?? null}
                initialValues={draft?.values ?? {}}
                initialIssues={draft?.issues ?? []}
                initialSecrets={draft?.secrets ?? []}
                problem={draft?.problem ?? single(query.problem) ?? null}
                returned={draft !== null}
                relatedTicket={null}
                limits={jstLimits(new Date())}
              />
            ) : (
              <InquiryForm
                type={type.key}
                subtype={subtype.key}
                locale={locale}
                formKey={formKey}
                anonymousEmail={null}
                initialValues={{
                  ...(context.customer && subtype.requiredFields.includes("registeredEmail")
                    ? { registeredEmail: context.customer.email, fullName: context.customer.fullName }
                    : {}),
                  ...draft?.values,
                }}
                initialIssues={draft?.issues ?? []}
                initialSecrets={draft?.secrets ?? []}
                problem={draft?.problem ?? single(query.problem) ?? null}
                returned={draft !== null}
                relatedTicket={related}
                limits={jstLimits(new Date())}
              />
            )}
          </div>
          <aside className="inquiry-aside" aria-labelledby="tips-title">
            <h2 id="tips-title">{t.tipsTitle}</h2>
            <ol>
              {t.tips.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ol>
            {context.customer?.phoneSupport && (
              <section className="notice" data-testid="phone-support">
                <h3>{t.phoneTitle}</h3>
                <p>{t.phoneBody(context.customer.planName[locale])}</p>
                <p>
                  <strong>{brand.supportPhone}</strong>
                  <br />
                  {brand.phoneHours}
                </p>
              </section>
            )}
          </aside>
        </div>
      )}
    </>
  );
}
