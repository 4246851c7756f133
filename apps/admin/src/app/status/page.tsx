import { isEnded } from "@madoguchi/core/incident/incident-lifecycle";
import type { Metadata } from "next";
import Link from "next/link";
import { ComponentStateSelect } from "@/components/content/component-state-select";
import { AccessNotice, loadForPage } from "@/components/content/content-access";
import { ComponentStateBadge, IncidentStatusBadge } from "@/components/content/content-badges";
import { formatDateTime } from "@/components/content/content-labels";
import { IncidentCreateForm, MaintenanceCreateForm } from "@/components/content/incident-forms";
import { serverCaller } from "@/trpc/server";
import "@/components/content/content.css";

export const metadata: Metadata = { title: "ステータス管理" };

export default async function StatusAdminPage() {
  const caller = await serverCaller();
  const loaded = await loadForPage(() =>
    Promise.all([caller.components.list(), caller.incidents.list({ limit: 100 })]),
  );
  if (!loaded.ok) return <AccessNotice title="ステータス管理" reason={loaded.reason} />;
  const [components, incidents] = loaded.data;
  // Resolved, completed and cancelled (a maintenance called off) are all over.
  const open = incidents.filter((i) => !isEnded(i));
  const ended = incidents.filter((i) => isEnded(i)).slice(0, 30);
  const options = components.map((c) => ({ key: c.key, nameJa: c.nameJa }));

  const list = (rows: typeof incidents, empty: string) =>
    rows.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <table className="content-table">
        <thead>
          <tr>
            <th scope="col">件名</th>
            <th scope="col">種類</th>
            <th scope="col">状況</th>
            <th scope="col">影響</th>
            <th scope="col">日時</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((incident) => (
            <tr key={incident.id}>
              <td>
                <Link href={`/status/incidents/${incident.id}`}>{incident.titleJa}</Link>
              </td>
              <td>{incident.kind === "incident" ? "障害" : "メンテナンス"}</td>
              <td>
                <IncidentStatusBadge status={incident.status} />
              </td>
              <td>{incident.components.map((c) => c.nameJa).join("、") || "—"}</td>
              <td>
                {incident.kind === "maintenance"
                  ? `${formatDateTime(incident.scheduledStart)} 〜 ${formatDateTime(incident.scheduledEnd)}`
                  : formatDateTime(incident.startedAt ?? incident.createdAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <>
      <h1>ステータス管理</h1>
      <section className="content-panel">
        <h2>対応中の障害・予定されたメンテナンス</h2>
        {list(open, "対応中の障害や予定されたメンテナンスはありません。")}
      </section>
      <section className="content-panel">
        <h2>コンポーネント</h2>
        <p className="muted">
          ステータスページには、ここで設定した状態と、対応中の障害・メンテナンスが示す状態のうち重いほうが表示されます。
        </p>
        <table className="content-table">
          <thead>
            <tr>
              <th scope="col">コンポーネント</th>
              <th scope="col">現在の設定</th>
              <th scope="col">変更</th>
              <th scope="col">更新</th>
            </tr>
          </thead>
          <tbody>
            {components.map((component) => (
              <tr key={component.key}>
                <td>{component.nameJa}</td>
                <td>
                  <ComponentStateBadge state={component.state} />
                </td>
                <td>
                  <ComponentStateSelect
                    componentKey={component.key}
                    name={component.nameJa}
                    state={component.state}
                  />
                </td>
                <td>{formatDateTime(component.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="content-panel">
        <IncidentCreateForm components={options} />
      </section>
      <section className="content-panel">
        <MaintenanceCreateForm components={options} />
      </section>
      <section className="content-panel">
        <h2>終了した障害・メンテナンス</h2>
        {list(ended, "まだありません。")}
      </section>
    </>
  );
}
