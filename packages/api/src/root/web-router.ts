import { accountRouter } from "../account/account.router";
import { healthRouter } from "../health/health.router";
import { router } from "../trpc/init";

/** Everything the customer portal may call. Staff procedures are not mounted here at all. */
export const webRouter = router({
  health: healthRouter,
  account: accountRouter,
});

export type WebRouter = typeof webRouter;
