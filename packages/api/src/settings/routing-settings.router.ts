import { routingOverrideInputSchema } from "@madoguchi/core/settings/routing-overrides";
import { z } from "zod";
import { router } from "../trpc/init";
import {
  removeRoutingOverrideSetting,
  routingOverridesView,
  saveRoutingOverrideSetting,
} from "./routing-settings";
import { settingsProcedure } from "./settings-procedure";

const routingProcedure = settingsProcedure("settings.manage", "settings.routing");

/** Overrides of where inquiries go and how urgent they are (admins). */
export const routingSettingsRouter = router({
  list: routingProcedure.query(({ ctx }) => routingOverridesView(ctx)),
  save: routingProcedure
    .input(routingOverrideInputSchema)
    .mutation(({ ctx, input }) => saveRoutingOverrideSetting(ctx, input)),
  remove: routingProcedure
    .input(z.object({ id: z.uuid({ error: "settings.routing.notFound" }) }))
    .mutation(({ ctx, input }) => removeRoutingOverrideSetting(ctx, input.id)),
});
