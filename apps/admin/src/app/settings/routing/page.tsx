import { RoutingSettings } from "@/components/settings/routing-form";
import { SettingsSectionPage, settingsMetadata } from "@/components/settings/settings-section-page";
import { serverCaller } from "@/trpc/server";
import { routingAction } from "../settings-actions";

export const dynamic = "force-dynamic";

export const generateMetadata = settingsMetadata("routing");

/** Admins: where inquiries of a type (or subtype) go and how urgent they are. */
export default function RoutingSettingsPage() {
  return (
    <SettingsSectionPage section="routing" load={async () => (await serverCaller()).settings.routing.list()}>
      {(rules) => (
        <RoutingSettings
          rules={rules.map(({ id, type, subtype, team, priority }) => ({
            id,
            type,
            subtype,
            team,
            priority,
          }))}
          action={routingAction}
        />
      )}
    </SettingsSectionPage>
  );
}
