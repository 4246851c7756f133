"use client";

import { piiFieldLabels, piiFields } from "@madoguchi/core/workspace/customer-pii";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import styles from "./console.module.css";
import {
  formatDateTime,
  identityStateLabels,
  matchLabels,
  problemText,
  statusLabels,
  type TicketView,
} from "./console-text";
import { PiiValue } from "./pii-value";

type Account = NonNullable<TicketView["customer"]>;

function AccountFacts({ view, account }: { view: TicketView; account: Account }) {
  return (
    <dl>
      {piiFields.map((field) => (
        <div key={field} style={{ display: "contents" }}>
          <dt>{piiFieldLabels[field]}</dt>
          <dd>
            {account.masked[field] === null ? (
              <span className="muted">未登録</span>
            ) : view.permissions.revealPii ? (
              <PiiValue number={view.number} field={field} source="account" masked={account.masked[field]} />
            ) : (
              account.masked[field]
            )}
          </dd>
        </div>
      ))}
      <dt>プラン</dt>
      <dd>
        {account.plan.nameJa}
        {account.plan.phoneSupport && "（電話サポート対象）"}
      </dd>
      <dt>アカウント</dt>
      <dd data-testid="account-state">
        {[
          account.frozen ? "凍結中" : null,
          account.locked ? "ロック中" : null,
          account.twoFactorEnabled ? "二段階認証あり" : "二段階認証なし",
        ]
          .filter(Boolean)
          .join("・")}
      </dd>
    </dl>
  );
}

/** The requester: plan and account state, personal data masked until revealed, past tickets. */
export function CustomerPanel({
  view,
  version,
  onSaved,
  onProblem,
}: {
  view: TicketView;
  version: number;
  onSaved(version: number | null): void;
  onProblem(error: unknown): void;
}) {
  return (
    <section className={styles.panel} aria-labelledby="customer-title">
      <h2 id="customer-title">お客様</h2>
      {view.customer ? (
        <AccountFacts view={view} account={view.customer} />
      ) : (
        <dl>
          <dt>連絡先</dt>
          <dd>
            {view.permissions.revealPii ? (
              <PiiValue number={view.number} field="email" source="ticket" masked={view.contact.email} />
            ) : (
              view.contact.email
            )}
          </dd>
          <dt>アカウント</dt>
          <dd>未ログインでのお問い合わせ</dd>
        </dl>
      )}
      {view.customer?.frozen && (
        <p className={styles.hint}>凍結の解除は、本人確認のうえ、別の担当者の承認を得て行います。</p>
      )}
      {view.identity && (
        <IdentityCheck view={view} version={version} onSaved={onSaved} onProblem={onProblem} />
      )}
      <h3 style={{ fontSize: "0.9rem" }}>過去のお問い合わせ</h3>
      {view.pastTickets.length === 0 ? (
        <p className={styles.hint}>ありません。</p>
      ) : (
        <ul className={styles.timeline}>
          {view.pastTickets.map((ticket) => (
            <li key={ticket.number}>
              <a href={`/tickets/${ticket.number}`}>{ticket.subject}</a>
              <div className={styles.hint}>
                {ticket.number}・{statusLabels[ticket.status]}・{ticket.teamNameJa}・
                {formatDateTime(ticket.createdAt)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * An inquiry filed without signing in: what the requester typed against the account it names,
 * compared on the server (一致 / 不一致) so neither side needs revealing to decide.
 */
function IdentityCheck({
  view,
  version,
  onSaved,
  onProblem,
}: {
  view: TicketView;
  version: number;
  onSaved(version: number | null): void;
  onProblem(error: unknown): void;
}) {
  const trpc = useTRPC();
  const [note, setNote] = useState("");
  const decide = useMutation(
    trpc.ticket.verifyIdentity.mutationOptions({ onSuccess: (r) => onSaved(r.version), onError: onProblem }),
  );
  const identity = view.identity;
  if (!identity) return null;
  const submit = (decision: "verified" | "rejected") =>
    decide.mutate({ number: view.number, version, decision, ...(note.trim() ? { note } : {}) });
  return (
    <div data-testid="identity-check">
      <h3 style={{ fontSize: "0.9rem" }}>本人確認：{identityStateLabels[identity.state]}</h3>
      {identity.candidate ? (
        <>
          {!view.customer && <AccountFacts view={view} account={identity.candidate} />}
          {identity.comparison && (
            <dl>
              {piiFields.map((field) => (
                <div key={field} style={{ display: "contents" }}>
                  <dt>{piiFieldLabels[field]}</dt>
                  <dd data-match={identity.comparison?.[field]}>
                    {matchLabels[identity.comparison?.[field] ?? "missing"]}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      ) : (
        <p className={styles.hint}>入力されたメールアドレスに該当するアカウントはありません。</p>
      )}
      {identity.state === "pending" && (
        <div className={styles.controls}>
          <label>
            判断のメモ（任意・社内のみ）
            <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <p>
            <button
              type="button"
              disabled={decide.isPending || !identity.candidate}
              onClick={() => submit("verified")}
            >
              本人確認済みにする
            </button>{" "}
            <button type="button" disabled={decide.isPending} onClick={() => submit("rejected")}>
              本人と確認できない
            </button>
          </p>
          {decide.error && decide.error.data?.code !== "CONFLICT" && (
            <p className={styles.error}>{problemText(decide.error)}</p>
          )}
        </div>
      )}
    </div>
  );
}
