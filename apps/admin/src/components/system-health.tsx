"use client";

import { useQuery } from "@tanstack/react-query";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import { homeText } from "./shell/home-text";

export function SystemHealth() {
  const trpc = useTRPC();
  const text = homeText[useConsoleLocale()];
  const health = useQuery(trpc.health.check.queryOptions());
  if (health.isPending) return <p className="notice">{text.checking}</p>;
  const ok = health.data?.db === "ok";
  return (
    <p className="notice" data-tone={ok ? "ok" : "danger"} data-testid="system-health">
      {ok ? text.dbOk : text.dbDown}
    </p>
  );
}
