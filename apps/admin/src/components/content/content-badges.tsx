import type { ArticleStatus } from "@madoguchi/core/knowledge-base/article-workflow";
import {
  componentStateLabel,
  type ComponentState,
  incidentStatusLabel,
  type IncidentStatus,
} from "@madoguchi/core/status/status-page";
import { articleStatusLabel, articleStatusTone } from "./content-labels";

export function ArticleStatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span className="content-badge" data-tone={articleStatusTone[status]}>
      {articleStatusLabel[status]}
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

export function ComponentStateBadge({ state }: { state: ComponentState }) {
  return (
    <span className="content-badge" data-tone={stateTone[state]}>
      {componentStateLabel[state].ja}
    </span>
  );
}

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const tone =
    status === "resolved" || status === "completed" ? "ok" : status === "scheduled" ? undefined : "warning";
  return (
    <span className="content-badge" data-tone={tone}>
      {incidentStatusLabel[status].ja}
    </span>
  );
}
