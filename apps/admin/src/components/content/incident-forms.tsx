"use client";

import { affectedComponentStates } from "@madoguchi/core/incident/incident-lifecycle";
import { type ComponentState, componentStateLabel } from "@madoguchi/core/status/status-page";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage, fromJstInput, toJstInput } from "./content-labels";
import "./content.css";

export interface ComponentOption {
  key: string;
  nameJa: string;
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
  return (
    <div className="content-row">
      <div className="content-field">
        <label htmlFor={`${prefix}-ja`}>{label}（日本語）</label>
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
        <label htmlFor={`${prefix}-en`}>{label}（英語、任意）</label>
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
  return (
    <fieldset className="content-form">
      <legend>影響を受けるコンポーネント</legend>
      <div className="content-row">
        {components.map((component) => (
          <div key={component.key} className="content-field">
            <label htmlFor={`${id}-${component.key}`}>{component.nameJa}</label>
            <select
              id={`${id}-${component.key}`}
              value={value[component.key] ?? ""}
              onChange={(event) =>
                onChange({ ...value, [component.key]: event.target.value as ComponentState | "" })
              }
            >
              <option value="">影響なし</option>
              {affectedComponentStates[kind].map((state) => (
                <option key={state} value={state}>
                  {componentStateLabel[state].ja}
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
      setMessage({ tone: "danger", text: errorMessage(error) });
    }
  }

  return (
    <form className="content-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>障害を登録する</h2>
      <BilingualFields
        prefix={`${id}-title`}
        label="件名"
        ja={title.ja}
        en={title.en}
        onJa={(ja) => setTitle({ ...title, ja })}
        onEn={(en) => setTitle({ ...title, en })}
      />
      <div className="content-field">
        <label htmlFor={`${id}-status`}>状況</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as typeof status)}
        >
          <option value="investigating">調査中</option>
          <option value="identified">原因特定</option>
          <option value="monitoring">経過観察中</option>
        </select>
      </div>
      <AffectedComponents kind="incident" components={components} value={affected} onChange={setAffected} />
      <BilingualFields
        prefix={`${id}-body`}
        label="お客さまへのお知らせ"
        multiline
        ja={body.ja}
        en={body.en}
        onJa={(ja) => setBody({ ...body, ja })}
        onEn={(en) => setBody({ ...body, en })}
      />
      <p className="muted">登録するとステータスページとバナーに表示され、購読者にメールでお知らせします。</p>
      <div className="content-actions">
        <button type="submit" className="content-button" disabled={create.isPending}>
          {create.isPending ? "登録しています…" : "障害を登録して公開する"}
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

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const start = fromJstInput(slot.start);
    const end = fromJstInput(slot.end);
    if (!start || !end) {
      setMessage({ tone: "danger", text: "開始と終了の日時を入力してください。" });
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
      setMessage({ tone: "danger", text: errorMessage(error) });
    }
  }

  return (
    <form className="content-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>メンテナンスを予約する</h2>
      <BilingualFields
        prefix={`${id}-title`}
        label="件名"
        ja={title.ja}
        en={title.en}
        onJa={(ja) => setTitle({ ...title, ja })}
        onEn={(en) => setTitle({ ...title, en })}
      />
      <div className="content-row">
        <div className="content-field">
          <label htmlFor={`${id}-start`}>開始（日本時間）</label>
          <input
            id={`${id}-start`}
            type="datetime-local"
            required
            value={slot.start}
            onChange={(e) => setSlot({ ...slot, start: e.target.value })}
          />
        </div>
        <div className="content-field">
          <label htmlFor={`${id}-end`}>終了（日本時間）</label>
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
        label="お客さまへのお知らせ"
        multiline
        ja={body.ja}
        en={body.en}
        onJa={(ja) => setBody({ ...body, ja })}
        onEn={(en) => setBody({ ...body, en })}
      />
      <div className="content-actions">
        <button type="submit" className="content-button" disabled={create.isPending}>
          {create.isPending ? "予約しています…" : "メンテナンスを予約して公開する"}
        </button>
      </div>
      <Feedback message={message} />
    </form>
  );
}
