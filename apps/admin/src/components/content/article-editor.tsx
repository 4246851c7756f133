"use client";

import type { ArticleStatus } from "@madoguchi/core/knowledge-base/article-workflow";
import type { Locale } from "@madoguchi/core/locale/locale";
import { subtypesOf } from "@madoguchi/core/trouble/subtypes";
import { type TroubleType, troubleTypes } from "@madoguchi/core/trouble/trouble-types";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useConsoleLocale } from "@/i18n/locale-provider";
import { useTRPC } from "@/trpc/client";
import { contentEditorText } from "./content-editor-text";
import { errorMessage } from "./content-labels";
import { MarkdownField } from "./markdown-field";
import "./content.css";

export interface EditorText {
  title: string;
  summary: string;
  body: string;
  /** The revision this text is; null for a language not written yet. */
  number: number | null;
}

export interface EditorArticle {
  id: string;
  slug: string;
  categorySlug: string;
  troubleType: TroubleType;
  subtype: string | null;
  tags: string[];
  status: ArticleStatus;
  /** Published once: the slug is fixed. */
  everPublished: boolean;
  texts: Partial<Record<Locale, EditorText>>;
}

const emptyText: EditorText = { title: "", summary: "", body: "", number: null };

/**
 * The article editor: settings, then each language's title, summary and Markdown body with a
 * live preview. Saving sends the revision numbers it opened, so a save over a colleague's newer
 * one is refused with a prompt to reload. Ctrl+S (⌘S) saves.
 */
export function ArticleEditor({
  article,
  categories,
}: {
  article: EditorArticle | null;
  categories: { slug: string; nameJa: string; nameEn: string }[];
}) {
  const consoleLocale = useConsoleLocale();
  const t = contentEditorText[consoleLocale].editor;
  const localeLabel: Record<Locale, string> = contentEditorText[consoleLocale].languages;
  const trpc = useTRPC();
  const router = useRouter();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [slug, setSlug] = useState(article?.slug ?? "");
  const [categorySlug, setCategorySlug] = useState(article?.categorySlug ?? categories[0]?.slug ?? "");
  const [troubleType, setTroubleType] = useState<TroubleType>(article?.troubleType ?? "other");
  const [subtype, setSubtype] = useState(article?.subtype ?? "");
  const [tags, setTags] = useState((article?.tags ?? []).join(", "));
  const [texts, setTexts] = useState<Record<Locale, EditorText>>({
    ja: article?.texts.ja ?? emptyText,
    en: article?.texts.en ?? emptyText,
  });
  const [withEnglish, setWithEnglish] = useState(Boolean(article?.texts.en));
  // The newest revision of each language this editor's text is based on; a save moves it on.
  const [base, setBase] = useState<Record<Locale, number | null>>({
    ja: article?.texts.ja?.number ?? null,
    en: article?.texts.en?.number ?? null,
  });
  const [tab, setTab] = useState<Locale>("ja");
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "danger"; text: string } | null>(null);
  const save = useMutation(trpc.articles.save.mutationOptions());
  const locales: Locale[] = withEnglish ? ["ja", "en"] : ["ja"];

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const edit = (locale: Locale, field: keyof Omit<EditorText, "number">, value: string) => {
    setTexts((current) => ({ ...current, [locale]: { ...current[locale], [field]: value } }));
    setDirty(true);
  };
  const changed =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setter(value);
      setDirty(true);
    };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (save.isPending) return;
    setMessage(null);
    // The browser's own check cannot reach fields on a hidden tab: say which language lacks what.
    const incomplete = locales.find((locale) => !texts[locale].title.trim() || !texts[locale].body.trim());
    if (incomplete) {
      setTab(incomplete);
      setMessage({ tone: "danger", text: t.incomplete(localeLabel[incomplete]) });
      return;
    }
    const text = (locale: Locale) => ({
      title: texts[locale].title,
      summary: texts[locale].summary,
      body: texts[locale].body,
    });
    try {
      const result = await save.mutateAsync({
        ...(article ? { id: article.id } : {}),
        slug: slug.trim(),
        categorySlug,
        troubleType,
        subtype: subtype || null,
        tags: tags
          .split(/[,、\s]+/)
          .map((tag) => tag.trim())
          .filter(Boolean),
        ja: text("ja"),
        ...(withEnglish ? { en: text("en") } : {}),
        ...(article ? { baseRevisions: base } : {}),
      });
      setDirty(false);
      setBase((current) => ({
        ...current,
        ...Object.fromEntries(result.revisions.map((revision) => [revision.locale, revision.number])),
      }));
      if (!article) {
        router.push(`/knowledge/${result.id}`);
        return;
      }
      setMessage({
        tone: "ok",
        text:
          result.revisions.length === 0
            ? t.unchanged
            : article.status === "published"
              ? t.savedPublished
              : t.saved,
      });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "danger", text: errorMessage(error, consoleLocale) });
    }
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        formRef.current?.requestSubmit();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <form
      ref={formRef}
      id={formId}
      className="content-form"
      onSubmit={submit}
      noValidate
      aria-label={t.formLabel}
    >
      <div className="content-row">
        <div className="content-field">
          <label htmlFor={`${formId}-slug`}>{t.slug}</label>
          <input
            id={`${formId}-slug`}
            type="text"
            value={slug}
            required
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            disabled={article?.everPublished}
            onChange={(event) => changed(setSlug)(event.target.value)}
          />
          <small>{article?.everPublished ? t.slugFixed : t.slugHint}</small>
        </div>
        <div className="content-field">
          <label htmlFor={`${formId}-category`}>{t.category}</label>
          <select
            id={`${formId}-category`}
            value={categorySlug}
            onChange={(event) => changed(setCategorySlug)(event.target.value)}
          >
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {consoleLocale === "en" ? category.nameEn : category.nameJa}
              </option>
            ))}
          </select>
        </div>
        <div className="content-field">
          <label htmlFor={`${formId}-type`}>{t.troubleType}</label>
          <select
            id={`${formId}-type`}
            value={troubleType}
            onChange={(event) => {
              changed(setTroubleType)(event.target.value as TroubleType);
              setSubtype("");
            }}
          >
            {troubleTypes.map((type) => (
              <option key={type.key} value={type.key}>
                {type.name[consoleLocale]}
              </option>
            ))}
          </select>
        </div>
        <div className="content-field">
          <label htmlFor={`${formId}-subtype`}>{t.subtype}</label>
          <select
            id={`${formId}-subtype`}
            value={subtype}
            onChange={(event) => changed(setSubtype)(event.target.value)}
          >
            <option value="">{t.noSubtype}</option>
            {subtypesOf(troubleType).map((option) => (
              <option key={option.key} value={option.key}>
                {option.name[consoleLocale]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="content-field">
        <label htmlFor={`${formId}-tags`}>{t.tags}</label>
        <input
          id={`${formId}-tags`}
          type="text"
          value={tags}
          onChange={(event) => changed(setTags)(event.target.value)}
        />
      </div>

      <label>
        <input
          type="checkbox"
          checked={withEnglish}
          disabled={Boolean(article?.texts.en)}
          onChange={(event) => {
            setWithEnglish(event.target.checked);
            if (!event.target.checked) setTab("ja");
          }}
        />{" "}
        {t.writeEnglish}
      </label>
      <div className="content-tabs" role="tablist" aria-label={t.languageTabs}>
        {locales.map((locale) => (
          <button
            key={locale}
            type="button"
            role="tab"
            id={`${formId}-tab-${locale}`}
            aria-selected={tab === locale}
            aria-controls={`${formId}-panel-${locale}`}
            onClick={() => setTab(locale)}
          >
            {localeLabel[locale]}
            {base[locale] ? t.revision(base[locale]) : ""}
          </button>
        ))}
      </div>
      {locales.map((locale) => (
        <div
          key={locale}
          role="tabpanel"
          id={`${formId}-panel-${locale}`}
          aria-labelledby={`${formId}-tab-${locale}`}
          hidden={tab !== locale}
          className="content-form"
        >
          <div className="content-field">
            <label htmlFor={`${formId}-${locale}-title`}>{t.title(localeLabel[locale])}</label>
            <input
              id={`${formId}-${locale}-title`}
              type="text"
              value={texts[locale].title}
              required
              maxLength={200}
              onChange={(event) => edit(locale, "title", event.target.value)}
            />
          </div>
          <div className="content-field">
            <label htmlFor={`${formId}-${locale}-summary`}>{t.summary(localeLabel[locale])}</label>
            <input
              id={`${formId}-${locale}-summary`}
              type="text"
              value={texts[locale].summary}
              maxLength={500}
              onChange={(event) => edit(locale, "summary", event.target.value)}
            />
          </div>
          <MarkdownField
            label={t.body(localeLabel[locale])}
            value={texts[locale].body}
            required
            onChange={(value) => edit(locale, "body", value)}
          />
        </div>
      ))}

      <div className="content-actions">
        <button type="submit" className="content-button" disabled={save.isPending}>
          {save.isPending ? t.saving : article ? t.save : t.createDraft}
        </button>
        {dirty && <span className="muted">{t.dirty}</span>}
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
