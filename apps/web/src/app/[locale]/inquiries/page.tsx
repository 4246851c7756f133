import { ticketStatusLabels } from "@madoguchi/core/ticket/ticket-labels";
import { ticketStatuses, type TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { inquiryText } from "@/components/inquiry/inquiry-text";
import "@/components/inquiry/inquiry.css";
import { formatDateTime } from "@/i18n/format";
import { localePath } from "@/i18n/locale-path";
import { serverCaller } from "@/trpc/server";
import { pageLocale } from "../locale-params";

// Per request: it reads the session or the query, never a cached render.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: inquiryText(locale).list.title, robots: { index: false } };
}

const isStatus = (value: unknown): value is TicketStatus =>
  typeof value === "string" && (ticketStatuses as readonly string[]).includes(value);

/** My inquiries: status, window and last update, newest activity first, filtered by status. */
export default async function MyInquiriesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = inquiryText(locale).list;
  const query = await searchParams;
  const status = isStatus(query.status) ? query.status : undefined;
  const cursor =
    typeof query.cursor === "string" && /^\d{1,15}\.[0-9a-f-]{36}$/.test(query.cursor)
      ? query.cursor
      : undefined;
  const path = localePath(locale, "/inquiries");
  let page;
  try {
    page = await (await serverCaller()).tickets.list({ status, cursor });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      return (
        <>
          <h1>{t.title}</h1>
          <p className="notice">{t.signIn}</p>
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
    throw error;
  }
  return (
    <>
      <h1>{t.title}</h1>
      <p>
        <a className="button" href={localePath(locale, "/contact")}>
          {t.newInquiry}
        </a>
      </p>
      <form method="get" action={path} className="inquiry-filter">
        <label htmlFor="status-filter">{t.filter}</label>{" "}
        <select id="status-filter" name="status" defaultValue={status ?? ""}>
          <option value="">{t.all}</option>
          {ticketStatuses.map((value) => (
            <option key={value} value={value}>
              {ticketStatusLabels[value][locale]}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="button button-secondary">
          {t.apply}
        </button>
      </form>
      {page.rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="inquiry-table" data-testid="inquiry-list">
            <thead>
              <tr>
                <th scope="col">{t.number}</th>
                <th scope="col">{t.subject}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.window}</th>
                <th scope="col">{t.updated}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.number} data-number={row.number}>
                  <td>
                    <a href={localePath(locale, `/inquiries/${row.number}`)}>{row.number}</a>
                  </td>
                  <td>{row.subject}</td>
                  <td>
                    <span className="badge" data-status={row.status}>
                      {ticketStatusLabels[row.status][locale]}
                    </span>
                  </td>
                  <td>{locale === "ja" ? row.team.nameJa : row.team.nameEn}</td>
                  <td>
                    <time dateTime={row.updatedAt.toISOString()}>
                      {formatDateTime(row.updatedAt, locale)}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.next && (
        <p>
          <a
            href={`${path}?${new URLSearchParams({ ...(status ? { status } : {}), cursor: page.next }).toString()}`}
          >
            {t.next}
          </a>
        </p>
      )}
    </>
  );
}
