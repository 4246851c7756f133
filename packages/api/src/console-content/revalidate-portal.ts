import { contentEnv } from "./content-env";

/** A portal that does not answer within this long is logged and left to its one-minute ISR. */
export const REVALIDATE_TIMEOUT_MS = 3_000;

export interface RevalidateResult {
  revalidated: number;
  failed: number;
}

/**
 * Tells the portal that published content changed, so that its prerendered pages are rendered
 * again on their next visit (`POST /api/revalidate`, see apps/web). Called after the change has
 * committed; never throws: a portal that is down or slow is logged, the change stands, and the
 * pages refresh by themselves within a minute anyway.
 */
export async function revalidatePortal(
  reason: string,
  options: { paths?: readonly string[]; log?: (line: string) => void } = {},
): Promise<RevalidateResult> {
  const log = options.log ?? ((line: string) => console.warn(line));
  let env;
  try {
    env = contentEnv();
  } catch (error) {
    log(`[content] portal not revalidated (${reason}): ${describe(error)}`);
    return { revalidated: 0, failed: 1 };
  }
  const body = JSON.stringify(options.paths?.length ? { paths: options.paths } : {});
  const outcomes = await Promise.all(
    env.revalidateOrigins.map(async (origin) => {
      try {
        const response = await fetch(`${origin}/api/revalidate`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-revalidate-secret": env.revalidateSecret },
          body,
          signal: AbortSignal.timeout(REVALIDATE_TIMEOUT_MS),
        });
        await response.body?.cancel();
        if (response.ok) return true;
        log(`[content] portal revalidation (${reason}) at ${origin} answered ${response.status}`);
        return false;
      } catch (error) {
        log(`[content] portal revalidation (${reason}) at ${origin} failed: ${describe(error)}`);
        return false;
      }
    }),
  );
  const revalidated = outcomes.filter(Boolean).length;
  return { revalidated, failed: outcomes.length - revalidated };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
    return `${error.message}${cause}`;
  }
  return String(error);
}
