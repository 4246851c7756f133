import { checkDatabase } from "@madoguchi/db/health/check-database";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";

export const healthRouter = router({
  /** Liveness of the API and its database, for the apps' pages and monitors. */
  check: publicProcedure.query(async ({ ctx }) => {
    const result = await checkDatabase(ctx.db);
    return { db: result.ok ? ("ok" as const) : ("unavailable" as const) };
  }),
});
