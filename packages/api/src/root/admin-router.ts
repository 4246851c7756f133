import { healthRouter } from "../health/health.router";
import { staffRouter } from "../staff/staff.router";
import { router } from "../trpc/init";

/** Everything the staff console may call. */
export const adminRouter = router({
  health: healthRouter,
  staff: staffRouter,
});

export type AdminRouter = typeof adminRouter;
