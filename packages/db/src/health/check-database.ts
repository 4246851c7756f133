import type { Db } from "../client/create-client";

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; error: string };

/** One round trip with a short deadline, so a dead database answers 503 quickly. */
export async function checkDatabase(db: Db, timeoutMs = 2_000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof Error && error.message === "timed out" ? "timeout" : "unavailable",
    };
  } finally {
    clearTimeout(timer);
  }
}
