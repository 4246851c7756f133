import type { Metadata } from "next";
import "@/components/account/account.css";
import { BackToSettings, loadSettings, SettingsRefused } from "@/components/settings/settings-access";
import { SlaForm } from "@/components/settings/sla-form";
import { settingsText } from "@/components/settings/settings-text";
import "@/components/settings/settings.css";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import { slaAction } from "../settings-actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: settingsText[await getConsoleLocale()].sla.title };
}

/** Admins: first-response and resolution targets per plan tier and priority. */
export default async function SlaSettingsPage() {
  const locale = await getConsoleLocale();
  const text = settingsText[locale];
  const loaded = await loadSettings(async () => (await serverCaller()).settings.sla.get());
  if (!loaded.ok) {
    return (
      <SettingsRefused title={text.sla.title} reason={loaded.reason} locale={locale} path="/settings/sla" />
    );
  }
  return (
    <>
      <BackToSettings locale={locale} />
      <h1>{text.sla.title}</h1>
      <p>{text.sla.intro}</p>
      <SlaForm rows={loaded.data.rows} action={slaAction} />
    </>
  );
}
