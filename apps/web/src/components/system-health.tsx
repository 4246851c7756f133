"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";

export interface SystemHealthLabels {
  checking: string;
  ok: string;
  down: string;
}

const japanese: SystemHealthLabels = {
  checking: "サービスの状態を確認しています…",
  ok: "ヘルプセンターは正常に稼働しています。",
  down: "現在、一部の機能がご利用いただけません。時間をおいて再度お試しください。",
};

/** Asks the API, from the browser, whether the service answers. */
export function SystemHealth({ labels = japanese }: { labels?: SystemHealthLabels }) {
  const trpc = useTRPC();
  const health = useQuery(trpc.health.check.queryOptions());
  if (health.isPending) return <p className="notice">{labels.checking}</p>;
  const ok = health.data?.db === "ok";
  return (
    <p className="notice" data-tone={ok ? "ok" : "danger"} data-testid="system-health">
      {ok ? labels.ok : labels.down}
    </p>
  );
}
