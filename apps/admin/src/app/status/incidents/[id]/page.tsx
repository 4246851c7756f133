import { incidentStatusLabel } from "@madoguchi/core/status/status-page";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { ComponentStateBadge, IncidentStatusBadge } from "@/components/content/content-badges";
import { formatDateTime } from "@/components/content/content-labels";
import { IncidentUpdateForm } from "@/components/content/incident-update-form";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export const metadata: Metadata = { title: "障害・メンテナンス" };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuid.test(id)) notFound();
  const caller = await serverCaller();
  const loaded = await loadForPage(() =>
    Promise.all([caller.incidents.get({ id }), caller.components.list()]),
  );
  if (!loaded.ok) return <AccessNotice title="障害・メンテナンス" reason={loaded.reason} />;
  const [incident, components] = loaded.data;
  const locale = await getConsoleLocale();
  return (
    <>
      <p>
        <Link href="/status">← ステータス管理</Link>
      </p>
      <h1>{incident.titleJa}</h1>
      <p className="content-actions">
        <span>{incident.kind === "incident" ? "障害" : "メンテナンス"}</span>
        <IncidentStatusBadge status={incident.status} />
        {incident.titleEn && <span className="muted">{incident.titleEn}</span>}
      </p>
      <dl className="content-row">
        {incident.kind === "maintenance" && (
          <div>
            <dt className="muted">予定</dt>
            <dd>
              {formatDateTime(incident.scheduledStart)} 〜 {formatDateTime(incident.scheduledEnd)}
            </dd>
          </div>
        )}
        <div>
          <dt className="muted">開始</dt>
          <dd>{formatDateTime(incident.startedAt)}</dd>
        </div>
        <div>
          <dt className="muted">
            {incident.kind === "incident"
              ? "解決"
              : incident.status === "cancelled"
                ? incidentStatusLabel.cancelled[locale]
                : "完了"}
          </dt>
          <dd>{formatDateTime(incident.resolvedAt)}</dd>
        </div>
        <div>
          <dt className="muted">関連する問い合わせ</dt>
          <dd>{incident.linkedTickets}件</dd>
        </div>
      </dl>
      <section className="content-panel">
        <h2>影響を受けるコンポーネント</h2>
        {incident.components.length === 0 ? (
          <p className="muted">指定されていません。</p>
        ) : (
          <ul>
            {incident.components.map((component) => (
              <li key={component.key}>
                {component.nameJa} <ComponentStateBadge state={component.state} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="content-panel">
        <IncidentUpdateForm
          key={`${incident.status}:${incident.updates.length}`}
          incident={incident}
          components={components.map((c) => ({ key: c.key, nameJa: c.nameJa }))}
        />
      </section>
      <section className="content-panel">
        <h2>経過</h2>
        <ol className="content-timeline" data-testid="incident-timeline">
          {incident.updates.map((update) => (
            <li key={update.id}>
              <IncidentStatusBadge status={update.status} />{" "}
              <span className="muted">{formatDateTime(update.createdAt)}</span>
              <p>{update.bodyJa}</p>
              {update.bodyEn && (
                <p className="muted" lang="en">
                  {update.bodyEn}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
