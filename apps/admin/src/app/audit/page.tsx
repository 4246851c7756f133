import {
  auditFilterFromParams,
  auditFilterInput,
  auditFilterParams,
} from "@madoguchi/core/audit/audit-filters";
import type { Metadata } from "next";
import { refusalNotice } from "@/components/console/console-access";
import { AuditFilterForm } from "@/components/report/audit-filter-form";
import { AuditTable } from "@/components/report/audit-table";
import { auditText } from "@/components/report/audit-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import "@/components/report/report.css";
import { serverCaller } from "@/trpc/server";

// Per request: the entries depend on the query string and on who is asking.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: auditText[await getConsoleLocale()].title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The audit log for admins: staff actions, personal-data reveals, exports and sign-in events,
 * filtered by actor, object, action and date. Read-only: entries can be neither edited nor deleted.
 */
export default async function AuditLogPage({ searchParams }: Props) {
  const parsed = auditFilterFromParams(await searchParams);
  const caller = await serverCaller();
  const locale = await getConsoleLocale();
  const text = auditText[locale];
  const problemText: Readonly<Record<string, string>> = text.problems;
  let page: Awaited<ReturnType<typeof caller.audit.list>>;
  try {
    page = await caller.audit.list(parsed.ok ? auditFilterInput(parsed.filter) : {});
  } catch (error) {
    const notice = refusalNotice(error, text.title, locale);
    if (notice) return notice;
    throw error;
  }
  const filter = parsed.ok ? parsed.filter : null;
  const base = filter ? auditFilterParams(filter) : new URLSearchParams();
  const nextHref = page.next
    ? `/audit?${new URLSearchParams([...base, ["cursor", page.next]]).toString()}`
    : null;
  return (
    <>
      <h1>{text.title}</h1>
      <p className="muted">{text.lead}</p>
      {!parsed.ok && (
        <div className="notice" data-tone="danger" role="alert" data-testid="audit-problems">
          <p>{text.problemsLead}</p>
          <ul>
            {parsed.problems.map((problem) => (
              <li key={problem}>{problemText[problem] ?? text.badCondition}</li>
            ))}
          </ul>
        </div>
      )}
      <AuditFilterForm filter={filter} locale={locale} />
      <AuditTable rows={page.rows} locale={locale} />
      <nav className="report-pager" aria-label={text.pager}>
        {filter?.cursor && <a href={`/audit?${base.toString()}`}>{text.newest}</a>}
        {nextHref && (
          <a href={nextHref} rel="next" data-testid="audit-next">
            {text.older}
          </a>
        )}
      </nav>
    </>
  );
}
