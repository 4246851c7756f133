"use client";

import type { Locale } from "@madoguchi/core/locale/locale";
import { HighlightedText } from "@madoguchi/ui/highlighted-text";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { localePath } from "@/i18n/locale-path";
import { useTRPC } from "@/trpc/client";
import { searchSessionId } from "./search-session";

export interface SearchBoxLabels {
  label: string;
  placeholder: string;
  submit: string;
  suggestions: string;
}

const DEBOUNCE_MS = 200;

/**
 * The big search box: a GET form to the results page (so it works without JavaScript), with
 * title suggestions as the reader types (an ARIA combobox) once JavaScript runs.
 */
export function SearchBox({
  locale,
  labels,
  defaultValue = "",
}: {
  locale: Locale;
  labels: SearchBoxLabels;
  defaultValue?: string;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [value, setValue] = useState(defaultValue);
  const [typed, setTyped] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [session, setSession] = useState<string | null>(null);

  useEffect(() => setSession(searchSessionId()), []);
  useEffect(() => {
    const timer = setTimeout(() => setTyped(value.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);

  const suggestions = useQuery({
    ...trpc.search.suggest.queryOptions({ q: typed, locale }),
    enabled: typed.length > 0,
    placeholderData: keepPreviousData,
  });
  const items = typed.length > 0 ? (suggestions.data ?? []) : [];
  const expanded = open && items.length > 0;
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const go = (slug: string) => window.location.assign(localePath(locale, `/articles/${slug}`));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length > 0) {
      event.preventDefault();
      setActive((current) => (current <= 0 ? items.length - 1 : current - 1));
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    } else if (event.key === "Enter" && expanded && active >= 0) {
      const item = items[active];
      if (item) {
        event.preventDefault();
        go(item.slug);
      }
    }
  };

  return (
    <form
      role="search"
      action={localePath(locale, "/search")}
      method="get"
      className="search-form"
      data-testid="search-box"
    >
      <label htmlFor={`${id}-q`}>{labels.label}</label>
      <div className="search-combobox">
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={value}
          placeholder={labels.placeholder}
          maxLength={200}
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={labels.suggestions}
          className="suggestions"
          hidden={!expanded}
        >
          {items.map((item, index) => (
            <li
              key={item.slug}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              lang={item.locale !== locale ? item.locale : undefined}
              // mousedown, not click: it comes before the input's blur closes the list
              onMouseDown={(event) => {
                event.preventDefault();
                go(item.slug);
              }}
            >
              <HighlightedText segments={item.title} />
            </li>
          ))}
        </ul>
      </div>
      {session && <input type="hidden" name="sid" value={session} />}
      <button type="submit">{labels.submit}</button>
    </form>
  );
}
