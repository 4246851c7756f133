"use client";

import type { AnnouncementState } from "@madoguchi/core/announcement/announcement-rules";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { pick } from "@/i18n/localized";
import { useTRPC } from "@/trpc/client";
import { announcementNoticeText } from "./announcement-notice-text";
import { announcementText } from "./announcement-text";
import { errorMessage, formatDateTime, fromJstInput, toJstInput } from "./content-labels";
import { MarkdownField } from "./markdown-field";
import "./content.css";

export interface EditorAnnouncement {
  id: string;
  slug: string;
  titleJa: string;
  titleEn: string | null;
  bodyJa: string;
  bodyEn: string | null;
  pinned: boolean;
  publishedAt: Date | null;
  /** When the status subscribers were emailed about it (once). */
  notifiedAt: Date | null;
  /** Scheduled with the email: the subscribers are emailed when it goes up. */
  notifyRequested: boolean;
  state: AnnouncementState;
}

type Message = { tone: "ok" | "danger"; text: string } | null;

/** An お知らせ: Japanese required, English optional (title and body together), published now or later. */
export function AnnouncementEditor({ announcement }: { announcement: EditorAnnouncement | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const locale = useConsoleLocale();
  const noticeText = pick(locale, announcementNoticeText);
  const text = pick(locale, announcementText).editor;
  // Starts as last asked: publishing again without looking at the box keeps a requested email.
  const [notify, setNotify] = useState(announcement?.notifyRequested ?? false);
  const [fields, setFields] = useState({
    slug: announcement?.slug ?? "",
    titleJa: announcement?.titleJa ?? "",
    titleEn: announcement?.titleEn ?? "",
    bodyJa: announcement?.bodyJa ?? "",
    bodyEn: announcement?.bodyEn ?? "",
    pinned: announcement?.pinned ?? false,
  });
  const [when, setWhen] = useState(() => toJstInput(new Date(Date.now() + 3_600_000)));
  const [message, setMessage] = useState<Message>(null);
  const refresh = { onSuccess: () => router.refresh() };
  const save = useMutation(trpc.announcements.save.mutationOptions());
  const publish = useMutation(trpc.announcements.publish.mutationOptions(refresh));
  const unpublish = useMutation(trpc.announcements.unpublish.mutationOptions(refresh));
  const busy = save.isPending || publish.isPending || unpublish.isPending;
  const set = (patch: Partial<typeof fields>) => setFields((current) => ({ ...current, ...patch }));

  async function run<T>(work: () => Promise<T>, done: string | ((result: T) => string)) {
    setMessage(null);
    try {
      const result = await work();
      setMessage({ tone: "ok", text: typeof done === "string" ? done : done(result) });
    } catch (error) {
      setMessage({ tone: "danger", text: errorMessage(error, locale) });
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(
      async () => {
        const result = await save.mutateAsync({
          ...(announcement ? { id: announcement.id } : {}),
          ...fields,
        });
        if (!announcement) router.push(`/announcements/${result.id}`);
        else router.refresh();
      },
      announcement?.state === "published" ? text.savedPublished : text.saved,
    );
  }

  return (
    <>
      <form className="content-form" onSubmit={submit} aria-label={text.formLabel}>
        <div className="content-row">
          <div className="content-field">
            <label htmlFor={`${id}-slug`}>{text.slug}</label>
            <input
              id={`${id}-slug`}
              type="text"
              required
              value={fields.slug}
              disabled={announcement !== null && announcement.publishedAt !== null}
              onChange={(e) => set({ slug: e.target.value })}
            />
            <small>{text.slugHint}</small>
          </div>
          <label>
            <input
              type="checkbox"
              checked={fields.pinned}
              onChange={(e) => set({ pinned: e.target.checked })}
            />{" "}
            {text.pinned}
          </label>
        </div>
        <div className="content-field">
          <label htmlFor={`${id}-title-ja`}>{text.titleJa}</label>
          <input
            id={`${id}-title-ja`}
            type="text"
            required
            value={fields.titleJa}
            onChange={(e) => set({ titleJa: e.target.value })}
          />
        </div>
        <MarkdownField
          label={text.bodyJa}
          value={fields.bodyJa}
          rows={10}
          required
          onChange={(bodyJa) => set({ bodyJa })}
        />
        <div className="content-field">
          <label htmlFor={`${id}-title-en`}>{text.titleEn}</label>
          <input
            id={`${id}-title-en`}
            type="text"
            value={fields.titleEn}
            onChange={(e) => set({ titleEn: e.target.value })}
          />
          <small>{text.englishHint}</small>
        </div>
        <MarkdownField
          label={text.bodyEn}
          value={fields.bodyEn}
          rows={8}
          onChange={(bodyEn) => set({ bodyEn })}
        />
        <div className="content-actions">
          <button type="submit" className="content-button" disabled={busy}>
            {announcement ? text.save : text.createDraft}
          </button>
        </div>
      </form>
      {announcement && (
        <section className="content-panel" aria-labelledby={`${id}-publish`}>
          <h2 id={`${id}-publish`}>{text.publishHeading}</h2>
          <p>
            {announcement.state === "draft"
              ? text.draftState
              : announcement.state === "scheduled"
                ? text.scheduledState(formatDateTime(announcement.publishedAt, locale))
                : text.publishedState(formatDateTime(announcement.publishedAt, locale))}
          </p>
          {announcement.notifiedAt && (
            <p data-testid="announcement-notified">
              {noticeText.notifiedAt(formatDateTime(announcement.notifiedAt, locale))}
            </p>
          )}
          {announcement.state === "scheduled" && announcement.notifyRequested && (
            <p data-testid="announcement-notify-pending">{noticeText.notifyPending}</p>
          )}
          <div className="content-actions">
            {announcement.state !== "published" && (
              <button
                type="button"
                className="content-button"
                disabled={busy}
                onClick={() =>
                  run(
                    () => publish.mutateAsync({ id: announcement.id, notifySubscribers: notify }),
                    (result) =>
                      result.notified > 0 ? noticeText.publishedAndNotified(result.notified) : text.published,
                  )
                }
              >
                {text.publishNow}
              </button>
            )}
            {announcement.state !== "published" && announcement.notifiedAt === null && (
              <label title={noticeText.notifyHint}>
                <input type="checkbox" checked={notify} onChange={(e) => setNotify(e.target.checked)} />{" "}
                {noticeText.notify}
              </label>
            )}
            <label>
              <span className="content-visually-hidden">{text.when}</span>
              <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
            </label>
            <button
              type="button"
              className="content-button"
              data-variant="secondary"
              disabled={busy}
              onClick={() => {
                const at = fromJstInput(when);
                if (!at) return setMessage({ tone: "danger", text: text.badDate });
                void run(
                  () => publish.mutateAsync({ id: announcement.id, at, notifySubscribers: notify }),
                  (result) =>
                    result.notifyScheduled
                      ? noticeText.scheduledAndNotify(formatDateTime(at, locale))
                      : text.scheduled(formatDateTime(at, locale)),
                );
              }}
            >
              {text.publishAt}
            </button>
            {announcement.state !== "draft" && (
              <button
                type="button"
                className="content-button"
                data-variant="danger"
                disabled={busy}
                onClick={() => {
                  if (window.confirm(text.unpublishConfirm))
                    void run(() => unpublish.mutateAsync({ id: announcement.id }), text.unpublished);
                }}
              >
                {text.unpublish}
              </button>
            )}
          </div>
        </section>
      )}
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
    </>
  );
}
