"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";

/** Asks the API, from the browser, whether the service answers. */
export function SystemHealth() {
  const trpc = useTRPC();
  const health = useQuery(trpc.health.check.queryOptions());
  if (health.isPending) return <p className="notice">サービスの状態を確認しています…</p>;
  const ok = health.data?.db === "ok";
  return (
    <p className="notice" data-tone={ok ? "ok" : "danger"} data-testid="system-health">
      {ok
        ? "ヘルプセンターは正常に稼働しています。"
        : "現在、一部の機能がご利用いただけません。時間をおいて再度お試しください。"}
    </p>
  );
}
