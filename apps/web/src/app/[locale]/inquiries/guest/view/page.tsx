import { ticketStatusLabels } from "@madoguchi/core/ticket/ticket-labels";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { GUEST_ACCESS_COOKIE } from "@/components/inquiry/guest-access";
import { GuestReply } from "@/components/inquiry/guest-forms";
import { guestText } from "@/components/inquiry/guest-text";
import { inquiryText } from "@/components/inquiry/inquiry-text";
import { TicketTimeline } from "@/components/inquiry/ticket-timeline";
import "@/components/inquiry/inquiry.css";
import { formatDateTime } from "@/i18n/format";
import { localePath } from "@/i18n/locale-path";
import { serverCaller } from "@/trpc/server";
import { pageLocale } from "../../../locale-params";

// Per request: it reads the session or the query, never a cached render.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: guestText(locale).title, robots: { index: false } };
}

/** The ticket opened by an emailed code: its timeline, the public conversation, and a reply. */
export default async function GuestTicketPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = inquiryText(locale).detail;
  const accessToken = (await cookies()).get(GUEST_ACCESS_COOKIE)?.value;
  let ticket;
  try {
    ticket = accessToken ? await (await serverCaller()).inquiry.followUp.ticket({ accessToken }) : null;
  } catch (error) {
    if (!(error instanceof TRPCError && error.code === "NOT_FOUND")) throw error;
    ticket = null;
  }
  if (!ticket) {
    return (
      <>
        <h1>{guestText(locale).title}</h1>
        <p className="notice">{guestText(locale).expired}</p>
        <p>
          <a href={localePath(locale, "/inquiries/guest")}>{guestText(locale).title}</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>
        <span data-testid="ticket-number">{ticket.number}</span> {ticket.subject}
      </h1>
      <p>
        <span className="badge" data-status={ticket.status}>
          {ticketStatusLabels[ticket.status][locale]}
        </span>{" "}
        {locale === "ja" ? ticket.team.nameJa : ticket.team.nameEn}
      </p>
      {(await searchParams).replied === "1" && (
        <p className="notice" data-tone="ok" role="status">
          {t.replied}
        </p>
      )}
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t.timeline}</h2>
        <TicketTimeline events={ticket.events} locale={locale} />
      </section>
      <section aria-labelledby="conversation-title">
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
                {formatDateTime(message.createdAt, locale)}
              </p>
              <div className="inquiry-message-body">{message.body}</div>
              {message.redacted && <p className="muted">{t.redacted}</p>}
              {message.attachments.length > 0 && (
                <p className="muted">
                  {t.attachments}：{message.attachments.map((a) => a.fileName).join(", ")}（
                  {guestText(locale).attachmentsNote}）
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
      {ticket.canReply ? (
        <section aria-labelledby="reply-title">
          <h2 id="reply-title">{t.reply}</h2>
          <GuestReply locale={locale} />
        </section>
      ) : (
        <p className="muted">{t.finished}</p>
      )}
    </>
  );
}
