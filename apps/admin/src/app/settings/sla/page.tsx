import { SettingsSectionPage, settingsMetadata } from "@/components/settings/settings-section-page";
import { SlaForm } from "@/components/settings/sla-form";
import { serverCaller } from "@/trpc/server";
import { slaAction } from "../settings-actions";

export const dynamic = "force-dynamic";

export const generateMetadata = settingsMetadata("sla");

/** Admins: first-response and resolution targets per plan tier and priority. */
export default function SlaSettingsPage() {
  return (
    <SettingsSectionPage section="sla" load={async () => (await serverCaller()).settings.sla.get()}>
      {(policy) => <SlaForm rows={policy.rows} action={slaAction} />}
    </SettingsSectionPage>
  );
}
