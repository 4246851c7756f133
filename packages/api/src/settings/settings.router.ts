import { router } from "../trpc/init";
import { macroSettingsRouter } from "./macro-settings.router";
import { routingSettingsRouter } from "./routing-settings.router";
import { slaSettingsRouter } from "./sla-settings.router";
import { teamsSettingsRouter } from "./teams-settings.router";

/** The console's settings; staff accounts and roles live apart, in `staffAdmin`. */
export const settingsRouter = router({
  teams: teamsSettingsRouter,
  sla: slaSettingsRouter,
  routing: routingSettingsRouter,
  macros: macroSettingsRouter,
});
