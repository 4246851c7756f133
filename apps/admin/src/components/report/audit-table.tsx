import { formatJstMinute } from "@madoguchi/core/report/report-csv-tables";
import type { Locale } from "@madoguchi/core/locale/locale";
import { auditText } from "./audit-text";

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
export function AuditTable({ rows, locale = "ja" }: { rows: readonly AuditTableRow[]; locale?: Locale }) {
  const text = auditText[locale];
  const t = text.table;
  if (rows.length === 0) return <p data-testid="audit-empty">{t.empty}</p>;
  return (
    <div className="report-table-wrap">
      <table className="report-table" data-testid="audit-table">
        <caption className="report-visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.at}</th>
            <th scope="col">{t.actor}</th>
            <th scope="col">{t.action}</th>
            <th scope="col">{t.object}</th>
            <th scope="col">{t.ip}</th>
            <th scope="col">{t.details}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="audit-row">
              <td>
                <time dateTime={row.at.toISOString()}>{formatJstMinute(row.at)}</time>
              </td>
              <td>
                {text.actorKinds[row.actorKind]}
                {row.staff ? (
                  <>
                    {t.staffName(row.staff.displayName)}
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
