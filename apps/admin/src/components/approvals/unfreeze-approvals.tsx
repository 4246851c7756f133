"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { pick } from "@/i18n/localized";
import { useTRPC } from "@/trpc/client";
import styles from "../console/console.module.css";
import { formatDateTime } from "../console/console-text";
import { type PendingUnfreeze, PendingUnfreezeCard } from "./unfreeze-request-box";
import { unfreezeText } from "./unfreeze-text";

/** The approver's view: every pending unfreeze the caller's windows cover, oldest first. */
export function UnfreezeApprovals({ initial }: { initial: PendingUnfreeze[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const locale = useConsoleLocale();
  const text = pick(locale, unfreezeText);
  const listQuery = trpc.customerAccount.listPendingUnfreezes.queryOptions();
  const list = useQuery({ ...listQuery, initialData: initial });
  const [done, setDone] = useState<string | null>(null);
  const rows = list.data ?? [];

  return (
    <>
      <div aria-live="polite">{done && <p className={styles.hint}>{done}</p>}</div>
      {rows.length === 0 ? (
        <p className={styles.hint}>{text.listEmpty}</p>
      ) : (
        <ul className={styles.timeline} data-testid="unfreeze-approvals">
          {rows.map((request) => (
            <li key={request.id} data-testid="unfreeze-approval">
              <dl>
                <dt>{text.customer}</dt>
                <dd>{request.customerEmail}</dd>
                <dt>{text.ticket}</dt>
                <dd>
                  {request.ticketNumber ? (
                    <a href={`/tickets/${request.ticketNumber}`}>{request.ticketNumber}</a>
                  ) : (
                    text.noTicket
                  )}
                </dd>
                <dt>{text.requester}</dt>
                <dd>
                  {request.requesterName}（{formatDateTime(request.createdAt, locale)}）
                </dd>
              </dl>
              <PendingUnfreezeCard
                request={request}
                onDecided={(message) => {
                  setDone(message);
                  void queryClient.invalidateQueries({ queryKey: listQuery.queryKey });
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
