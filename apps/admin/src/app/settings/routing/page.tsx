import type { Metadata } from "next";
import "@/components/account/account.css";
import { RoutingSettings } from "@/components/settings/routing-form";
import { BackToSettings, loadSettings, SettingsRefused } from "@/components/settings/settings-access";
import { settingsText } from "@/components/settings/settings-text";
import "@/components/settings/settings.css";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";
import { routingAction } from "../settings-actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: settingsText[await getConsoleLocale()].routing.title };
}

/** Admins: where inquiries of a type (or subtype) go and how urgent they are. */
export default async function RoutingSettingsPage() {
  const locale = await getConsoleLocale();
  const text = settingsText[locale];
  const loaded = await loadSettings(async () => (await serverCaller()).settings.routing.list());
  if (!loaded.ok) {
    return (
      <SettingsRefused
        title={text.routing.title}
        reason={loaded.reason}
        locale={locale}
        path="/settings/routing"
      />
    );
  }
  return (
    <>
      <BackToSettings locale={locale} />
      <h1>{text.routing.title}</h1>
      <p>{text.routing.intro}</p>
      <RoutingSettings
        rules={loaded.data.map(({ id, type, subtype, team, priority }) => ({
          id,
          type,
          subtype,
          team,
          priority,
        }))}
        action={routingAction}
      />
    </>
  );
}
