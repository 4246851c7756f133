import { randomBytes } from "node:crypto";
import { fieldTable } from "@madoguchi/core/inquiry/field-table";
import { formKeySchema } from "@madoguchi/core/inquiry/inquiry-submission";
import type { Locale } from "@madoguchi/core/locale/locale";
import { ticketStatusLabels } from "@madoguchi/core/ticket/ticket-labels";
import { findSubtype } from "@madoguchi/core/trouble/subtypes";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { inquiryText, problemText } from "@/components/inquiry/inquiry-text";
import { ReplyForm } from "@/components/inquiry/reply-form";
import { TicketTimeline } from "@/components/inquiry/ticket-timeline";
import "@/components/inquiry/inquiry.css";
import { formatDate, formatDateTime } from "@/i18n/format";
import { localePath } from "@/i18n/locale-path";
import { serverCaller } from "@/trpc/server";
import { pageLocale } from "../../locale-params";
import { markSolvedAction, rateAction, reopenAction } from "./ticket-actions";

// Per request: it reads the session or the query, never a cached render.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  return { title: decodeURIComponent(number), robots: { index: false } };
}

/** A field's value as the customer chose it: the option's label rather than its key. */
function fieldRow(key: string, value: string, locale: Locale): { label: string; value: string } {
  const definition = fieldTable.find((field) => field.key === key);
  if (!definition)
    return { label: key === "relatedTicket" ? inquiryText(locale).detail.relatedTicket : key, value };
  const option = definition.options?.find((candidate) => candidate.value === value);
  return { label: definition.label[locale], value: option ? option.label[locale] : value };
}

/**
 * One inquiry: its timeline, the public conversation with attachments (downloads for the owner
 * only), and what the customer may do now: reply, close when solved, reopen within 14 days of
 * resolution (later, a new linked inquiry), and rate once after resolution.
 */
export default async function InquiryDetailPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const number = decodeURIComponent((await params).number);
  const query = await searchParams;
  const t = inquiryText(locale).detail;
  const caller = await serverCaller();
  let ticket;
  try {
    ticket = await caller.tickets.get({ number });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      const path = localePath(locale, `/inquiries/${number}`);
      return (
        <>
          <h1>{number}</h1>
          <p className="notice">{inquiryText(locale).list.signIn}</p>
          <p>
            <a
              className="button"
              href={`${localePath(locale, "/sign-in")}?callbackUrl=${encodeURIComponent(path)}`}
            >
              {inquiryText(locale).form.signIn}
            </a>
          </p>
        </>
      );
    }
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const returnedKey = formKeySchema.safeParse(query.form);
  const draft = returnedKey.success ? await caller.inquiry.draft({ formKey: returnedKey.data }) : null;
  const formKey = returnedKey.success ? returnedKey.data : randomBytes(16).toString("base64url");
  const problem = typeof query.problem === "string" ? problemText(locale, query.problem) : null;
  const subtype = findSubtype(ticket.troubleType, ticket.subtype);
  const hidden = (
    <>
      <input type="hidden" name="number" value={ticket.number} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );

  return (
    <>
      <p>
        <a href={localePath(locale, "/inquiries")}>{inquiryText(locale).list.title}</a>
      </p>
      <h1>
        <span data-testid="ticket-number">{ticket.number}</span> {ticket.subject}
      </h1>
      <p>
        <span className="badge" data-status={ticket.status} data-testid="ticket-status">
          {ticketStatusLabels[ticket.status][locale]}
        </span>{" "}
        {locale === "ja" ? ticket.team.nameJa : ticket.team.nameEn}
        {subtype && ` ・ ${subtype.name[locale]}`}
      </p>
      {query.replied === "1" && (
        <p className="notice" data-tone="ok" role="status">
          {t.replied}
        </p>
      )}
      {problem && (
        <p className="notice" data-tone="danger" role="alert">
          {problem}
        </p>
      )}
      <dl className="inquiry-receipt">
        <dt>{t.filedAt}</dt>
        <dd>{formatDateTime(ticket.createdAt, locale)}</dd>
        {ticket.firstResponseDueAt && ticket.status === "new" && (
          <>
            <dt>{t.firstResponse}</dt>
            <dd>{formatDateTime(ticket.firstResponseDueAt, locale)}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t.timeline}</h2>
        <TicketTimeline events={ticket.events} locale={locale} />
      </section>

      {ticket.fields.length > 0 && (
        <section aria-labelledby="fields-title">
          <h2 id="fields-title">{t.fields}</h2>
          <dl className="inquiry-receipt">
            {ticket.fields.map((field) => {
              const row = fieldRow(field.key, field.value, locale);
              return (
                <div key={field.key}>
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      )}

      <section aria-labelledby="conversation-title" id="conversation">
        <h2 id="conversation-title">{t.conversation}</h2>
        <ol className="inquiry-conversation" data-testid="conversation">
          {ticket.messages.map((message) => (
            <li key={message.id} data-author={message.author}>
              <p className="muted">
                <strong>
                  {message.author === "customer"
                    ? t.you
                    : message.author === "staff"
                      ? (message.staffName ?? t.staff)
                      : t.system}
                </strong>{" "}
                <time dateTime={message.createdAt.toISOString()}>
                  {formatDateTime(message.createdAt, locale)}
                </time>
              </p>
              <div className="inquiry-message-body">{message.body}</div>
              {message.redacted && <p className="muted">{t.redacted}</p>}
              {message.attachments.length > 0 && (
                <ul className="inquiry-attachments" aria-label={t.attachments}>
                  {message.attachments.map((attachment) => (
                    <li key={attachment.id}>
                      <a href={`/api/attachments/${attachment.id}`} download={attachment.fileName}>
                        {attachment.fileName}
                      </a>{" "}
                      <span className="muted">({Math.max(1, Math.round(attachment.size / 1024))} KB)</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      {ticket.actions.reply ? (
        <section aria-labelledby="reply-title">
          <h2 id="reply-title">{t.reply}</h2>
          <ReplyForm
            locale={locale}
            number={ticket.number}
            formKey={formKey}
            initialBody={draft?.values.body ?? ""}
            initialSecrets={draft?.secrets.flatMap((s) => s.kinds) ?? []}
            problem={draft?.issues[0]?.messageKey ?? null}
          />
        </section>
      ) : (
        <p className="muted">{t.finished}</p>
      )}

      {ticket.actions.mark_solved && (
        <form action={markSolvedAction} className="inquiry-decision">
          {hidden}
          <p>{t.solvedQuestion}</p>
          <button type="submit" className="button button-secondary">
            {t.markSolved}
          </button>
        </form>
      )}

      {ticket.actions.reopen && ticket.reopenUntil && (
        <form action={reopenAction} className="inquiry-decision">
          {hidden}
          <p>{t.reopenUntil(formatDate(ticket.reopenUntil, locale))}</p>
          <button type="submit" className="button button-secondary">
            {t.reopen}
          </button>
        </form>
      )}
      {(ticket.status === "resolved" || ticket.status === "closed") && !ticket.actions.reopen && (
        <p className="notice" data-testid="reopen-passed">
          {t.reopenPassed}{" "}
          <a
            href={`${localePath(locale, `/contact/${ticket.troubleType}/${ticket.subtype}/form`)}?related=${encodeURIComponent(ticket.number)}`}
          >
            {t.newLinked}
          </a>
        </p>
      )}

      {ticket.actions.rate ? (
        <form action={rateAction} className="inquiry-csat" data-testid="csat-form">
          {hidden}
          <h2>{t.csatTitle}</h2>
          <fieldset>
            <legend>{t.csatLegend}</legend>
            {t.csatScores.map((label, index) => (
              <label key={label} className="inquiry-csat-score">
                <input type="radio" name="score" value={index + 1} required /> {label}
              </label>
            ))}
          </fieldset>
          <label htmlFor="csat-comment">{t.csatComment}</label>
          <textarea id="csat-comment" name="comment" rows={3} maxLength={1000} />
          <p>
            <button type="submit" className="button">
              {t.csatSend}
            </button>
          </p>
        </form>
      ) : (
        ticket.csatScore !== null && (
          <p className="notice" data-tone="ok" data-testid="csat-thanks">
            {t.csatThanks(ticket.csatScore)}
          </p>
        )
      )}
    </>
  );
}
