import { type AuditFilter, auditActionFamilies, auditActorKinds } from "@madoguchi/core/audit/audit-filters";
import type { Locale } from "@madoguchi/core/locale/locale";
import { auditText } from "./audit-text";

export const actorKindLabels: Record<(typeof auditActorKinds)[number], string> = auditText.ja.actorKinds;

/** The audit log's filters as a GET form: no JavaScript needed, and a filtered view is a link. */
export function AuditFilterForm({ filter, locale = "ja" }: { filter: AuditFilter | null; locale?: Locale }) {
  const text = auditText[locale];
  const t = text.filters;
  const families: Readonly<Record<string, string>> = text.families;
  return (
    <form
      method="get"
      action="/audit"
      className="report-filters"
      aria-label={t.label}
      data-testid="audit-filters"
    >
      <label>
        {t.actor}
        <input
          type="text"
          name="actor"
          defaultValue={filter?.actor ?? ""}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <label>
        {t.actorKind}
        <select name="actorKind" defaultValue={filter?.actorKind ?? ""}>
          <option value="">{t.all}</option>
          {auditActorKinds.map((kind) => (
            <option key={kind} value={kind}>
              {text.actorKinds[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.action}
        <input
          type="text"
          name="action"
          defaultValue={filter?.action ?? ""}
          list="audit-action-families"
          spellCheck={false}
        />
        <datalist id="audit-action-families">
          {auditActionFamilies.map((family) => (
            <option key={family.prefix} value={family.prefix}>
              {families[family.prefix] ?? family.label}
            </option>
          ))}
        </datalist>
      </label>
      <label>
        {t.objectType}
        <input type="text" name="objectType" defaultValue={filter?.objectType ?? ""} spellCheck={false} />
      </label>
      <label>
        {t.objectId}
        <input type="text" name="objectId" defaultValue={filter?.objectId ?? ""} spellCheck={false} />
      </label>
      <label>
        {t.from}
        <input type="date" name="from" defaultValue={filter?.from ?? ""} />
      </label>
      <label>
        {t.to}
        <input type="date" name="to" defaultValue={filter?.to ?? ""} />
      </label>
      <button type="submit">{t.apply}</button>
    </form>
  );
}
