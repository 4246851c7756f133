import type { ArticleStatus } from "@madoguchi/core/knowledge-base/article-workflow";
import type { Locale } from "@madoguchi/core/locale/locale";
import {
  componentStateLabel,
  type ComponentState,
  incidentStatusLabel,
  type IncidentStatus,
} from "@madoguchi/core/status/status-page";
import { articleStatusTone, contentLabels } from "./content-labels";

export function ArticleStatusBadge({ status, locale = "ja" }: { status: ArticleStatus; locale?: Locale }) {
  return (
    <span className="content-badge" data-tone={articleStatusTone[status]}>
      {contentLabels[locale].articleStatus[status]}
    </span>
  );
}

const stateTone: Record<ComponentState, "ok" | "warning" | "danger" | undefined> = {
  operational: "ok",
  maintenance: undefined,
  degraded: "warning",
  partial_outage: "danger",
  major_outage: "danger",
};

export function ComponentStateBadge({ state, locale = "ja" }: { state: ComponentState; locale?: Locale }) {
  return (
    <span className="content-badge" data-tone={stateTone[state]}>
      {componentStateLabel[state][locale]}
    </span>
  );
}

export function IncidentStatusBadge({ status, locale = "ja" }: { status: IncidentStatus; locale?: Locale }) {
  const tone =
    status === "resolved" || status === "completed" ? "ok" : status === "scheduled" ? undefined : "warning";
  return (
    <span className="content-badge" data-tone={tone}>
      {incidentStatusLabel[status][locale]}
    </span>
  );
}
