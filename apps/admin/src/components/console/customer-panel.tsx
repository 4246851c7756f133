"use client";

import { piiFields } from "@madoguchi/core/workspace/customer-pii";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { pick } from "@/i18n/localized";
import { useTRPC } from "@/trpc/client";
import { UnfreezeSection } from "../approvals/unfreeze-request-box";
import styles from "./console.module.css";
import { customerPanelText } from "./customer-panel-text";
import { formatDateTime, labelsFor, problemText, type TicketView } from "./console-text";
import { PiiValue } from "./pii-value";

type Account = NonNullable<TicketView["customer"]>;

function usePanelText() {
  const locale = useConsoleLocale();
  return { locale, text: pick(locale, customerPanelText), labels: labelsFor(locale) };
}

function AccountFacts({ view, account }: { view: TicketView; account: Account }) {
  const { locale, text } = usePanelText();
  return (
    <dl>
      {piiFields.map((field) => (
        <div key={field} style={{ display: "contents" }}>
          <dt>{text.pii[field]}</dt>
          <dd>
            {account.masked[field] === null ? (
              <span className="muted">{text.notRegistered}</span>
            ) : view.permissions.revealPii ? (
              <PiiValue number={view.number} field={field} source="account" masked={account.masked[field]} />
            ) : (
              account.masked[field]
            )}
          </dd>
        </div>
      ))}
      <dt>{text.plan}</dt>
      <dd>
        {account.plan.nameJa}
        {account.plan.phoneSupport && text.phoneSupport}
      </dd>
      <dt>{text.account}</dt>
      <dd data-testid="account-state">
        {[
          account.frozen ? text.frozen : null,
          account.locked ? text.locked : null,
          account.twoFactorEnabled ? text.twoFactorOn : text.twoFactorOff,
        ]
          .filter(Boolean)
          .join(locale === "ja" ? "・" : ", ")}
      </dd>
    </dl>
  );
}

/**
 * The requester: plan and account state, personal data masked until revealed, past tickets, and
 * for a frozen account the two-person unfreeze (ask here, another lead or admin approves).
 */
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
  const { locale, text, labels } = usePanelText();
  return (
    <section className={styles.panel} aria-labelledby="customer-title">
      <h2 id="customer-title">{text.title}</h2>
      {view.customer ? (
        <AccountFacts view={view} account={view.customer} />
      ) : (
        <dl>
          <dt>{text.contact}</dt>
          <dd>
            {view.permissions.revealPii ? (
              <PiiValue number={view.number} field="email" source="ticket" masked={view.contact.email} />
            ) : (
              view.contact.email
            )}
          </dd>
          <dt>{text.account}</dt>
          <dd>{text.guest}</dd>
        </dl>
      )}
      {view.customer?.frozen && <p className={styles.hint}>{text.unfreezeHint}</p>}
      {view.identity && (
        <IdentityCheck view={view} version={version} onSaved={onSaved} onProblem={onProblem} />
      )}
      {view.customer && view.permissions.unfreeze && (
        <UnfreezeSection
          customerId={view.customer.id}
          ticketId={view.id}
          frozen={view.customer.frozen}
          onChanged={() => onSaved(null)}
        />
      )}
      <h3 style={{ fontSize: "0.9rem" }}>{text.pastTickets}</h3>
      {view.pastTickets.length === 0 ? (
        <p className={styles.hint}>{text.none}</p>
      ) : (
        <ul className={styles.timeline}>
          {view.pastTickets.map((ticket) => (
            <li key={ticket.number}>
              <a href={`/tickets/${ticket.number}`}>{ticket.subject}</a>
              <div className={styles.hint}>
                {[
                  ticket.number,
                  labels.status[ticket.status],
                  locale === "en" ? ticket.teamNameEn : ticket.teamNameJa,
                  formatDateTime(ticket.createdAt, locale),
                ].join(locale === "ja" ? "・" : " · ")}
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
  const { locale, text, labels } = usePanelText();
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
      <h3 style={{ fontSize: "0.9rem" }}>
        {text.identity(labels.identityState[identity.state] ?? identity.state)}
      </h3>
      {identity.candidate ? (
        <>
          {!view.customer && <AccountFacts view={view} account={identity.candidate} />}
          {identity.comparison && (
            <dl>
              {piiFields.map((field) => (
                <div key={field} style={{ display: "contents" }}>
                  <dt>{text.pii[field]}</dt>
                  <dd data-match={identity.comparison?.[field]}>
                    {labels.match[identity.comparison?.[field] ?? "missing"]}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      ) : (
        <p className={styles.hint}>{text.noCandidate}</p>
      )}
      {identity.state === "pending" && (
        <div className={styles.controls}>
          <label>
            {text.identityNote}
            <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <p>
            <button
              type="button"
              disabled={decide.isPending || !identity.candidate}
              onClick={() => submit("verified")}
            >
              {text.markVerified}
            </button>{" "}
            <button type="button" disabled={decide.isPending} onClick={() => submit("rejected")}>
              {text.markRejected}
            </button>
          </p>
          {decide.error && decide.error.data?.code !== "CONFLICT" && (
            <p className={styles.error}>{problemText(decide.error, locale)}</p>
          )}
        </div>
      )}
    </div>
  );
}
