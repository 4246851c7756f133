"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";

export function SystemHealth() {
  const trpc = useTRPC();
  const health = useQuery(trpc.health.check.queryOptions());
  if (health.isPending) return <p className="notice">接続を確認しています…</p>;
  const ok = health.data?.db === "ok";
  return (
    <p className="notice" data-tone={ok ? "ok" : "danger"} data-testid="system-health">
      {ok ? "データベースに接続しています。" : "データベースに接続できません。"}
    </p>
  );
}
