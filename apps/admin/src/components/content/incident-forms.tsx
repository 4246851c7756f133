"use client";

import { affectedComponentStates } from "@madoguchi/core/incident/incident-lifecycle";
import {
  type ComponentState,
  componentStateLabel,
  incidentStatusLabel,
} from "@madoguchi/core/status/status-page";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import { errorMessage, fromJstInput, toJstInput } from "./content-labels";
import { statusText } from "./status-text";
import "./content.css";

export interface ComponentOption {
  key: string;
  nameJa: string;
  nameEn: string;
}

type Message = { tone: "ok" | "danger"; text: string } | null;

function Feedback({ message }: { message: Message }) {
  return (
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
  );
}

/** Japanese (required) and English (optional) text of a title or a timeline entry. */
export function BilingualFields({
  prefix,
  label,
  multiline,
  ja,
  en,
  onJa,
  onEn,
}: {
  prefix: string;
  label: string;
  multiline?: boolean;
  ja: string;
  en: string;
  onJa: (value: string) => void;
  onEn: (value: string) => void;
}) {
  const Field = multiline ? "textarea" : "input";
  const text = statusText[useConsoleLocale()].forms;
  return (
    <div className="content-row">
      <div className="content-field">
        <label htmlFor={`${prefix}-ja`}>{text.japanese(label)}</label>
        <Field
          id={`${prefix}-ja`}
          type="text"
          rows={4}
          required
          value={ja}
          onChange={(e) => onJa(e.target.value)}
        />
      </div>
      <div className="content-field">
        <label htmlFor={`${prefix}-en`}>{text.englishOptional(label)}</label>
        <Field id={`${prefix}-en`} type="text" rows={4} value={en} onChange={(e) => onEn(e.target.value)} />
      </div>
    </div>
  );
}

/**
 * What an incident says about each component: not affected, or an outage of some degree.
 * Maintenance only marks components as under maintenance.
 */
export function AffectedComponents({
  components,
  value,
  onChange,
  kind,
}: {
  components: ComponentOption[];
  value: Record<string, ComponentState | "">;
  onChange: (value: Record<string, ComponentState | "">) => void;
  kind: "incident" | "maintenance";
}) {
  const id = useId();
  const locale = useConsoleLocale();
  const text = statusText[locale].forms;
  return (
    <fieldset className="content-form">
      <legend>{text.affected}</legend>
      <div className="content-row">
        {components.map((component) => (
          <div key={component.key} className="content-field">
            <label htmlFor={`${id}-${component.key}`}>
              {locale === "en" ? component.nameEn : component.nameJa}
            </label>
            <select
              id={`${id}-${component.key}`}
              value={value[component.key] ?? ""}
              onChange={(event) =>
                onChange({ ...value, [component.key]: event.target.value as ComponentState | "" })
              }
            >
              <option value="">{text.notAffected}</option>
              {affectedComponentStates[kind].map((state) => (
                <option key={state} value={state}>
                  {componentStateLabel[state][locale]}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

const chosen = (value: Record<string, ComponentState | "">) =>
  Object.entries(value).flatMap(([key, state]) => (state ? [{ key, state }] : []));

export function IncidentCreateForm({ components }: { components: ComponentOption[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState({ ja: "", en: "" });
  const [body, setBody] = useState({ ja: "", en: "" });
  const [status, setStatus] = useState<"investigating" | "identified" | "monitoring">("investigating");
  const [affected, setAffected] = useState<Record<string, ComponentState | "">>({});
  const [message, setMessage] = useState<Message>(null);
  const create = useMutation(trpc.incidents.create.mutationOptions());
  const locale = useConsoleLocale();
  const text = statusText[locale].forms;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      const result = await create.mutateAsync({
        titleJa: title.ja,
        titleEn: title.en,
        bodyJa: body.ja,
        bodyEn: body.en,
        status,
        components: chosen(affected),
      });
      router.push(`/status/incidents/${result.id}`);
    } catch (error) {
      setMessage({ tone: "danger", text: errorMessage(error, locale) });
    }
  }

  return (
    <form className="content-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.incident.heading}</h2>
      <BilingualFields
        prefix={`${id}-title`}
        label={text.subject}
        ja={title.ja}
        en={title.en}
        onJa={(ja) => setTitle({ ...title, ja })}
        onEn={(en) => setTitle({ ...title, en })}
      />
      <div className="content-field">
        <label htmlFor={`${id}-status`}>{text.status}</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as typeof status)}
        >
          {(["investigating", "identified", "monitoring"] as const).map((option) => (
            <option key={option} value={option}>
              {incidentStatusLabel[option][locale]}
            </option>
          ))}
        </select>
      </div>
      <AffectedComponents kind="incident" components={components} value={affected} onChange={setAffected} />
      <BilingualFields
        prefix={`${id}-body`}
        label={text.notice}
        multiline
        ja={body.ja}
        en={body.en}
        onJa={(ja) => setBody({ ...body, ja })}
        onEn={(en) => setBody({ ...body, en })}
      />
      <p className="muted">{text.incident.hint}</p>
      <div className="content-actions">
        <button type="submit" className="content-button" disabled={create.isPending}>
          {create.isPending ? text.incident.pending : text.incident.submit}
        </button>
      </div>
      <Feedback message={message} />
    </form>
  );
}

export function MaintenanceCreateForm({ components }: { components: ComponentOption[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [title, setTitle] = useState({ ja: "", en: "" });
  const [body, setBody] = useState({ ja: "", en: "" });
  const [slot, setSlot] = useState(() => {
    const start = new Date(Date.now() + 24 * 3_600_000);
    return { start: toJstInput(start), end: toJstInput(new Date(start.getTime() + 2 * 3_600_000)) };
  });
  const [affected, setAffected] = useState<Record<string, ComponentState | "">>({});
  const [message, setMessage] = useState<Message>(null);
  const create = useMutation(trpc.maintenance.create.mutationOptions());
  const locale = useConsoleLocale();
  const text = statusText[locale].forms;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const start = fromJstInput(slot.start);
    const end = fromJstInput(slot.end);
    if (!start || !end) {
      setMessage({ tone: "danger", text: text.maintenance.missingTimes });
      return;
    }
    try {
      const result = await create.mutateAsync({
        titleJa: title.ja,
        titleEn: title.en,
        bodyJa: body.ja,
        bodyEn: body.en,
        scheduledStart: start,
        scheduledEnd: end,
        componentKeys: chosen(affected).map((c) => c.key),
      });
      router.push(`/status/incidents/${result.id}`);
    } catch (error) {
      setMessage({ tone: "danger", text: errorMessage(error, locale) });
    }
  }

  return (
    <form className="content-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text.maintenance.heading}</h2>
      <BilingualFields
        prefix={`${id}-title`}
        label={text.subject}
        ja={title.ja}
        en={title.en}
        onJa={(ja) => setTitle({ ...title, ja })}
        onEn={(en) => setTitle({ ...title, en })}
      />
      <div className="content-row">
        <div className="content-field">
          <label htmlFor={`${id}-start`}>{text.maintenance.start}</label>
          <input
            id={`${id}-start`}
            type="datetime-local"
            required
            value={slot.start}
            onChange={(e) => setSlot({ ...slot, start: e.target.value })}
          />
        </div>
        <div className="content-field">
          <label htmlFor={`${id}-end`}>{text.maintenance.end}</label>
          <input
            id={`${id}-end`}
            type="datetime-local"
            required
            value={slot.end}
            onChange={(e) => setSlot({ ...slot, end: e.target.value })}
          />
        </div>
      </div>
      <AffectedComponents
        kind="maintenance"
        components={components}
        value={affected}
        onChange={setAffected}
      />
      <BilingualFields
        prefix={`${id}-body`}
        label={text.notice}
        multiline
        ja={body.ja}
        en={body.en}
        onJa={(ja) => setBody({ ...body, ja })}
        onEn={(en) => setBody({ ...body, en })}
      />
      <div className="content-actions">
        <button type="submit" className="content-button" disabled={create.isPending}>
          {create.isPending ? text.maintenance.pending : text.maintenance.submit}
        </button>
      </div>
      <Feedback message={message} />
    </form>
  );
}
