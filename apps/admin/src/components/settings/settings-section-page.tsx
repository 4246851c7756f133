import type { Locale } from "@madoguchi/core/locale/locale";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/components/account/account.css";
import { getConsoleLocale } from "@/i18n/console-locale";
import { BackToSettings, loadSettings, SettingsRefused } from "./settings-access";
import { settingsText } from "./settings-text";
import "./settings.css";

/** A settings page below the settings home; each lives at `/settings/${section}`. */
export type SettingsSection = "teams" | "hours" | "sla" | "routing" | "macros";

type SettingsText = (typeof settingsText)[Locale];

/** A page's `generateMetadata`: the section's title, or the settings home's without a section. */
export function settingsMetadata(section?: SettingsSection): () => Promise<Metadata> {
  return async () => {
    const text = settingsText[await getConsoleLocale()];
    return { title: section ? text[section].title : text.title };
  };
}

/**
 * The shell of a settings section: loads its data through the server caller, shows the refusal
 * when there is no session or no permission, and otherwise the way back, the heading and the
 * section's intro above what the page renders from the data.
 */
export async function SettingsSectionPage<T>({
  section,
  load,
  children,
}: {
  section: SettingsSection;
  load: () => Promise<T>;
  children: (data: T, page: { locale: Locale; text: SettingsText }) => ReactNode;
}) {
  const locale = await getConsoleLocale();
  const text = settingsText[locale];
  const sectionText = text[section];
  const loaded = await loadSettings(load);
  if (!loaded.ok) {
    return (
      <SettingsRefused
        title={sectionText.title}
        reason={loaded.reason}
        locale={locale}
        path={`/settings/${section}`}
      />
    );
  }
  return (
    <>
      <BackToSettings locale={locale} />
      <h1>{sectionText.title}</h1>
      {"intro" in sectionText && <p>{sectionText.intro}</p>}
      {children(loaded.data, { locale, text })}
    </>
  );
}
