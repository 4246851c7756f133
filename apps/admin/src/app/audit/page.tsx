import {
  auditFilterFromParams,
  auditFilterInput,
  auditFilterParams,
} from "@madoguchi/core/audit/audit-filters";
import type { Metadata } from "next";
import { refusalNotice } from "@/components/console/console-access";
import { AuditFilterForm } from "@/components/report/audit-filter-form";
import { AuditTable } from "@/components/report/audit-table";
import "@/components/report/report.css";
import { serverCaller } from "@/trpc/server";

// Per request: the entries depend on the query string and on who is asking.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "監査ログ" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const problemText: Record<string, string> = {
  "audit.action.invalid": "操作は英数字・ドット・ハイフン・アンダースコアで指定してください（例: auth.）。",
  "audit.objectType.invalid": "対象の種別は英数字・ドット・ハイフン・アンダースコアで指定してください。",
  "audit.actorKind.invalid": "操作者の種別の指定が正しくありません。",
  "audit.period.reversed": "終了日は開始日以降の日付を指定してください。",
  "audit.cursor.invalid": "ページの指定が正しくありません。最新の記録から表示し直してください。",
  "report.day.invalid": "日付は「2026-11-01」の形式で、実在する日を指定してください。",
};

/**
 * The audit log for admins: staff actions, personal-data reveals, exports and sign-in events,
 * filtered by actor, object, action and date. Read-only: entries can be neither edited nor deleted.
 */
export default async function AuditLogPage({ searchParams }: Props) {
  const parsed = auditFilterFromParams(await searchParams);
  const caller = await serverCaller();
  let page: Awaited<ReturnType<typeof caller.audit.list>>;
  try {
    page = await caller.audit.list(parsed.ok ? auditFilterInput(parsed.filter) : {});
  } catch (error) {
    const notice = refusalNotice(error, "監査ログ");
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
      <h1>監査ログ</h1>
      <p className="muted">
        担当者の操作、個人情報の表示、CSVの出力、サインインなどの記録です。記録は追記のみで、変更・削除はできません。
      </p>
      {!parsed.ok && (
        <div className="notice" data-tone="danger" role="alert" data-testid="audit-problems">
          <p>条件に誤りがあるため、絞り込まずに表示しています。</p>
          <ul>
            {parsed.problems.map((problem) => (
              <li key={problem}>{problemText[problem] ?? "条件の指定が正しくありません。"}</li>
            ))}
          </ul>
        </div>
      )}
      <AuditFilterForm filter={filter} />
      <AuditTable rows={page.rows} />
      <nav className="report-pager" aria-label="ページ">
        {filter?.cursor && <a href={`/audit?${base.toString()}`}>最新の記録に戻る</a>}
        {nextHref && (
          <a href={nextHref} rel="next" data-testid="audit-next">
            さらに古い記録
          </a>
        )}
      </nav>
    </>
  );
}
