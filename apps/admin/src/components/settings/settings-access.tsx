import type { Locale } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { settingsText } from "./settings-text";

type Refusal = "UNAUTHORIZED" | "FORBIDDEN";
export type LoadedSettings<T> = { ok: true; data: T } | { ok: false; reason: Refusal };

/** Loads a settings page through the server caller; no session or no permission is a notice. */
export async function loadSettings<T>(load: () => Promise<T>): Promise<LoadedSettings<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) {
      return { ok: false, reason: error.code };
    }
    throw error;
  }
}

export function SettingsRefused({
  title,
  reason,
  locale,
  path,
}: {
  title: string;
  reason: Refusal;
  locale: Locale;
  path: string;
}) {
  const text = settingsText[locale];
  return (
    <>
      <h1>{title}</h1>
      <p
        className="notice"
        data-tone={reason === "UNAUTHORIZED" ? undefined : "danger"}
        data-testid="settings-refused"
      >
        {reason === "UNAUTHORIZED" ? (
          <>
            {text.signInRequired}{" "}
            <a href={`/sign-in?callbackUrl=${encodeURIComponent(path)}`}>{text.signIn}</a>
          </>
        ) : (
          text.adminsOnly
        )}
      </p>
    </>
  );
}

/** The way back to the settings home, above each section's heading. */
export function BackToSettings({ locale }: { locale: Locale }) {
  return (
    <p className="settings-back">
      <a href="/settings">{settingsText[locale].backToSettings}</a>
    </p>
  );
}
