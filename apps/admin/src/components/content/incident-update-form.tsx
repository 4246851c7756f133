"use client";

import { allowedNextStatuses, isEnded } from "@madoguchi/core/incident/incident-lifecycle";
import {
  type ComponentState,
  type IncidentKind,
  type IncidentStatus,
  incidentStatusLabel,
} from "@madoguchi/core/status/status-page";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { pick } from "@/i18n/localized";
import { useTRPC } from "@/trpc/client";
import { incidentEndingProblem, incidentEndingText } from "./incident-ending-text";
import { AffectedComponents, BilingualFields, type ComponentOption } from "./incident-forms";
import { statusText } from "./status-text";
import "./content.css";

/**
 * A timeline entry: the next status comes from core's transition table for this kind, so the
 * form only offers what the API accepts. Resolving (or completing) puts the components staff
 * set by hand back to operational unless unticked.
 */
export function IncidentUpdateForm({
  incident,
  components,
}: {
  incident: {
    id: string;
    kind: IncidentKind;
    status: IncidentStatus;
    components: { key: string; state: ComponentState }[];
  };
  components: ComponentOption[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const next = allowedNextStatuses(incident);
  const [status, setStatus] = useState<IncidentStatus>(incident.status);
  const [body, setBody] = useState({ ja: "", en: "" });
  const [changeComponents, setChangeComponents] = useState(false);
  const [affected, setAffected] = useState<Record<string, ComponentState | "">>(
    Object.fromEntries(incident.components.map((c) => [c.key, c.state])),
  );
  const [restore, setRestore] = useState(true);
  const [message, setMessage] = useState<{ tone: "ok" | "danger"; text: string } | null>(null);
  const locale = useConsoleLocale();
  const endingText = pick(locale, incidentEndingText);
  const text = pick(locale, statusText);
  const options = {
    onSuccess: (result: { status: IncidentStatus; ticketsNotified?: number | undefined }) => {
      setBody({ ja: "", en: "" });
      const posted = result.status === "cancelled" ? endingText.cancelled : text.update.posted;
      const tickets = result.ticketsNotified ? ` ${endingText.ticketsNotified(result.ticketsNotified)}` : "";
      setMessage({ tone: "ok", text: posted + tickets });
      router.refresh();
    },
  };
  const addUpdate = useMutation(trpc.incidents.addUpdate.mutationOptions(options));
  const resolve = useMutation(trpc.incidents.resolve.mutationOptions(options));
  const start = useMutation(trpc.maintenance.start.mutationOptions(options));
  const complete = useMutation(trpc.maintenance.complete.mutationOptions(options));
  const cancel = useMutation(trpc.maintenance.cancel.mutationOptions(options));
  const pending =
    addUpdate.isPending || resolve.isPending || start.isPending || complete.isPending || cancel.isPending;

  if (isEnded(incident)) {
    return <p className="muted">{text.update.ended[incident.kind]}</p>;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const bodies = { bodyJa: body.ja, bodyEn: body.en };
    try {
      if (status === "resolved")
        await resolve.mutateAsync({ incidentId: incident.id, ...bodies, restoreComponents: restore });
      else if (status === "in_progress" && incident.status === "scheduled")
        await start.mutateAsync({ incidentId: incident.id, ...bodies });
      else if (status === "completed")
        await complete.mutateAsync({ incidentId: incident.id, ...bodies, restoreComponents: restore });
      else if (status === "cancelled") {
        if (!window.confirm(endingText.cancelConfirm)) return;
        await cancel.mutateAsync({ incidentId: incident.id, ...bodies, restoreComponents: restore });
      } else
        await addUpdate.mutateAsync({
          incidentId: incident.id,
          status,
          ...bodies,
          ...(changeComponents
            ? {
                components: Object.entries(affected).flatMap(([key, state]) =>
                  state ? [{ key, state }] : [],
                ),
              }
            : {}),
        });
    } catch (error) {
      setMessage({ tone: "danger", text: incidentEndingProblem(error, endingText, locale) });
    }
  }

  const ending = status === "resolved" || status === "completed" || status === "cancelled";
  return (
    <form className="content-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.update.heading}</h2>
      <div className="content-field">
        <label htmlFor={`${id}-status`}>{text.forms.status}</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as IncidentStatus)}
        >
          {next.map((option) => (
            <option key={option} value={option}>
              {incidentStatusLabel[option][locale]}
              {option === incident.status ? text.update.unchanged : ""}
            </option>
          ))}
        </select>
      </div>
      {incident.kind === "incident" && !ending && (
        <label>
          <input
            type="checkbox"
            checked={changeComponents}
            onChange={(e) => setChangeComponents(e.target.checked)}
          />{" "}
          {text.update.changeComponents}
        </label>
      )}
      {changeComponents && !ending && (
        <AffectedComponents
          kind={incident.kind}
          components={components}
          value={affected}
          onChange={setAffected}
        />
      )}
      {ending && (
        <label>
          <input type="checkbox" checked={restore} onChange={(e) => setRestore(e.target.checked)} />{" "}
          {text.update.restore}
        </label>
      )}
      {status === "cancelled" && <p className="muted">{endingText.cancelHint}</p>}
      <BilingualFields
        prefix={`${id}-body`}
        label={text.forms.notice}
        multiline
        ja={body.ja}
        en={body.en}
        onJa={(ja) => setBody({ ...body, ja })}
        onEn={(en) => setBody({ ...body, en })}
      />
      <div className="content-actions">
        <button type="submit" className="content-button" disabled={pending}>
          {pending
            ? text.update.pending
            : status === "resolved"
              ? text.update.resolve
              : status === "completed"
                ? text.update.complete
                : status === "cancelled"
                  ? endingText.cancel
                  : status === "in_progress" && incident.status === "scheduled"
                    ? text.update.start
                    : text.update.submit}
        </button>
      </div>
      <div aria-live="polite">
        {message && (
          <p
            className="content-message"
            data-tone={message.tone}
            role={message.tone === "danger" ? "alert" : undefined}
          >
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
