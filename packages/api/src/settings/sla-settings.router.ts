import { slaTargetsInputSchema } from "@madoguchi/core/settings/sla-targets";
import { router } from "../trpc/init";
import { settingsProcedure } from "./settings-procedure";
import { slaSettingsView, updateSlaTargets } from "./sla-settings";

const slaProcedure = settingsProcedure("settings.manage", "settings.sla");

/** The SLA policy table, tier × priority (admins). */
export const slaSettingsRouter = router({
  get: slaProcedure.query(({ ctx }) => slaSettingsView(ctx)),
  update: slaProcedure
    .input(slaTargetsInputSchema)
    .mutation(({ ctx, input }) => updateSlaTargets(ctx, input)),
});
