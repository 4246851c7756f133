import { macroInputSchema } from "@madoguchi/core/settings/macro-settings";
import { z } from "zod";
import { router } from "../trpc/init";
import { createMacroSetting, macroSettingsView, setMacroActive, updateMacroSetting } from "./macro-settings";
import { settingsProcedure } from "./settings-procedure";

const macroProcedure = settingsProcedure("macro.manage", "settings.macro");
const macroId = z.uuid({ error: "settings.macro.notFound" });

/** Canned replies: admins manage all, leads those of their own windows. */
export const macroSettingsRouter = router({
  list: macroProcedure.query(({ ctx }) => macroSettingsView(ctx)),
  create: macroProcedure.input(macroInputSchema).mutation(({ ctx, input }) => createMacroSetting(ctx, input)),
  update: macroProcedure
    .input(macroInputSchema.extend({ id: macroId }))
    .mutation(({ ctx, input }) => updateMacroSetting(ctx, input)),
  setActive: macroProcedure
    .input(z.object({ id: macroId, active: z.boolean() }))
    .mutation(({ ctx, input }) => setMacroActive(ctx, input)),
});
