import { type AuditFilter, auditActionFamilies, auditActorKinds } from "@madoguchi/core/audit/audit-filters";

export const actorKindLabels: Record<(typeof auditActorKinds)[number], string> = {
  staff: "担当者",
  customer: "お客様",
  system: "システム",
};

/** The audit log's filters as a GET form: no JavaScript needed, and a filtered view is a link. */
export function AuditFilterForm({ filter }: { filter: AuditFilter | null }) {
  return (
    <form
      method="get"
      action="/audit"
      className="report-filters"
      aria-label="監査ログの絞り込み"
      data-testid="audit-filters"
    >
      <label>
        操作者（メールアドレスまたはID）
        <input
          type="text"
          name="actor"
          defaultValue={filter?.actor ?? ""}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <label>
        操作者の種別
        <select name="actorKind" defaultValue={filter?.actorKind ?? ""}>
          <option value="">すべて</option>
          {auditActorKinds.map((kind) => (
            <option key={kind} value={kind}>
              {actorKindLabels[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        操作（前方一致）
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
              {family.label}
            </option>
          ))}
        </datalist>
      </label>
      <label>
        対象の種別
        <input type="text" name="objectType" defaultValue={filter?.objectType ?? ""} spellCheck={false} />
      </label>
      <label>
        対象のID
        <input type="text" name="objectId" defaultValue={filter?.objectId ?? ""} spellCheck={false} />
      </label>
      <label>
        開始日
        <input type="date" name="from" defaultValue={filter?.from ?? ""} />
      </label>
      <label>
        終了日
        <input type="date" name="to" defaultValue={filter?.to ?? ""} />
      </label>
      <button type="submit">絞り込む</button>
    </form>
  );
}
