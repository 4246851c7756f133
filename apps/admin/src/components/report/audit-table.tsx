import { formatJstMinute } from "@madoguchi/core/report/report-csv-tables";
import { actorKindLabels } from "./audit-filter-form";

export interface AuditTableRow {
  id: string;
  at: Date;
  actorKind: "customer" | "staff" | "system";
  actorId: string | null;
  staff: { displayName: string; email: string } | null;
  action: string;
  objectType: string;
  objectId: string | null;
  ip: string | null;
  userAgent: string | null;
  data: unknown;
}

function details(data: unknown): string {
  if (data === null || data === undefined) return "";
  if (typeof data === "object" && Object.keys(data).length === 0) return "";
  return JSON.stringify(data);
}

/** Who did what to which object, when and from where: one row per entry, newest first. */
export function AuditTable({ rows }: { rows: readonly AuditTableRow[] }) {
  if (rows.length === 0) return <p data-testid="audit-empty">条件に合う記録はありません。</p>;
  return (
    <div className="report-table-wrap">
      <table className="report-table" data-testid="audit-table">
        <caption className="report-visually-hidden">監査ログ（新しい順）</caption>
        <thead>
          <tr>
            <th scope="col">日時（日本時間）</th>
            <th scope="col">操作者</th>
            <th scope="col">操作</th>
            <th scope="col">対象</th>
            <th scope="col">接続元</th>
            <th scope="col">詳細</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="audit-row">
              <td>
                <time dateTime={row.at.toISOString()}>{formatJstMinute(row.at)}</time>
              </td>
              <td>
                {actorKindLabels[row.actorKind]}
                {row.staff ? (
                  <>
                    ：{row.staff.displayName}
                    <br />
                    <span className="muted">{row.staff.email}</span>
                  </>
                ) : row.actorId ? (
                  <>
                    <br />
                    <span className="muted audit-data">{row.actorId}</span>
                  </>
                ) : null}
              </td>
              <td>
                <code>{row.action}</code>
              </td>
              <td>
                {row.objectType}
                {row.objectId && (
                  <>
                    <br />
                    <span className="muted audit-data">{row.objectId}</span>
                  </>
                )}
              </td>
              <td title={row.userAgent ?? undefined}>{row.ip ?? "—"}</td>
              <td className="wrap audit-data">{details(row.data)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
