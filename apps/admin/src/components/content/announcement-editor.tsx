"use client";

import type { AnnouncementState } from "@madoguchi/core/announcement/announcement-rules";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { pick } from "@/i18n/localized";
import { useTRPC } from "@/trpc/client";
import { announcementNoticeText } from "./announcement-notice-text";
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
  const [notify, setNotify] = useState(false);
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
      setMessage({ tone: "danger", text: errorMessage(error) });
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
      announcement?.state === "published" ? "保存しました。ポータルの表示に反映されます。" : "保存しました。",
    );
  }

  return (
    <>
      <form className="content-form" onSubmit={submit} aria-label="お知らせの編集">
        <div className="content-row">
          <div className="content-field">
            <label htmlFor={`${id}-slug`}>スラッグ（URL）</label>
            <input
              id={`${id}-slug`}
              type="text"
              required
              value={fields.slug}
              disabled={announcement !== null && announcement.publishedAt !== null}
              onChange={(e) => set({ slug: e.target.value })}
            />
            <small>半角英小文字・数字・ハイフン。/announcements/スラッグ で表示されます。</small>
          </div>
          <label>
            <input
              type="checkbox"
              checked={fields.pinned}
              onChange={(e) => set({ pinned: e.target.checked })}
            />{" "}
            一覧の先頭に固定する
          </label>
        </div>
        <div className="content-field">
          <label htmlFor={`${id}-title-ja`}>タイトル（日本語）</label>
          <input
            id={`${id}-title-ja`}
            type="text"
            required
            value={fields.titleJa}
            onChange={(e) => set({ titleJa: e.target.value })}
          />
        </div>
        <MarkdownField
          label="本文（日本語）"
          value={fields.bodyJa}
          rows={10}
          required
          onChange={(bodyJa) => set({ bodyJa })}
        />
        <div className="content-field">
          <label htmlFor={`${id}-title-en`}>タイトル（英語、任意）</label>
          <input
            id={`${id}-title-en`}
            type="text"
            value={fields.titleEn}
            onChange={(e) => set({ titleEn: e.target.value })}
          />
          <small>英語版はタイトルと本文の両方を入力したときに表示されます。</small>
        </div>
        <MarkdownField
          label="本文（英語、任意）"
          value={fields.bodyEn}
          rows={8}
          onChange={(bodyEn) => set({ bodyEn })}
        />
        <div className="content-actions">
          <button type="submit" className="content-button" disabled={busy}>
            {announcement ? "保存する" : "下書きを作成する"}
          </button>
        </div>
      </form>
      {announcement && (
        <section className="content-panel" aria-labelledby={`${id}-publish`}>
          <h2 id={`${id}-publish`}>公開</h2>
          <p>
            {announcement.state === "draft"
              ? "下書きです。ポータルには表示されていません。"
              : announcement.state === "scheduled"
                ? `${formatDateTime(announcement.publishedAt)} に公開されます。`
                : `${formatDateTime(announcement.publishedAt)} から公開しています。`}
          </p>
          {announcement.notifiedAt && (
            <p data-testid="announcement-notified">
              {noticeText.notifiedAt(formatDateTime(announcement.notifiedAt, locale))}
            </p>
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
                      result.notified > 0
                        ? noticeText.publishedAndNotified(result.notified)
                        : "公開しました。",
                  )
                }
              >
                今すぐ公開する
              </button>
            )}
            {announcement.state !== "published" && announcement.notifiedAt === null && (
              <label title={noticeText.notifyHint}>
                <input type="checkbox" checked={notify} onChange={(e) => setNotify(e.target.checked)} />{" "}
                {noticeText.notify}
              </label>
            )}
            <label>
              <span className="content-visually-hidden">公開日時（日本時間）</span>
              <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
            </label>
            <button
              type="button"
              className="content-button"
              data-variant="secondary"
              disabled={busy}
              onClick={() => {
                const at = fromJstInput(when);
                if (!at) return setMessage({ tone: "danger", text: "日時を正しく入力してください。" });
                void run(
                  () => publish.mutateAsync({ id: announcement.id, at }),
                  `${formatDateTime(at)} に公開を予約しました。`,
                );
              }}
            >
              この日時に公開する
            </button>
            {announcement.state !== "draft" && (
              <button
                type="button"
                className="content-button"
                data-variant="danger"
                disabled={busy}
                onClick={() => {
                  if (window.confirm("公開を停止すると、ポータルに表示されなくなります。よろしいですか？"))
                    void run(() => unpublish.mutateAsync({ id: announcement.id }), "公開を停止しました。");
                }}
              >
                公開を停止する
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
