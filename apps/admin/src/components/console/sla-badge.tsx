"use client";

import type { TicketStatus } from "@madoguchi/core/ticket/ticket-lifecycle";
import { slaCountdown } from "@madoguchi/core/workspace/sla-countdown";
import { useEffect, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import styles from "./console.module.css";
import { slaLabel } from "./console-text";
import { workspaceText } from "./workspace-text";

/**
 * The clock the countdowns run on: the server's time when the page was rendered, advanced by the
 * browser's clock, so a wrong clock on the staff member's machine does not hide a breach.
 */
export function useServerClock(serverNow: Date | string, tickMs = 30_000): Date {
  const [offset] = useState(() => new Date(serverNow).getTime() - Date.now());
  const [now, setNow] = useState(() => new Date(Date.now() + offset));
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date(Date.now() + offset)), tickMs);
    return () => clearInterval(timer);
  }, [offset, tickMs]);
  return now;
}

export function SlaBadge(props: {
  status: TicketStatus;
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  now: Date;
}) {
  const locale = useConsoleLocale();
  const text = workspaceText[locale].ticket;
  const countdown = slaCountdown(props);
  const target = props.firstRespondedAt ? text.slaResolution : text.slaFirstResponse;
  return (
    <span
      className={styles.sla}
      data-state={countdown.state}
      data-testid="sla"
      title={countdown.state === "none" || countdown.state === "paused" ? undefined : target}
    >
      {countdown.state === "breached" ? `⚠ ${slaLabel(countdown, locale)}` : slaLabel(countdown, locale)}
    </span>
  );
}
