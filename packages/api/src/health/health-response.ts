import { type Db, db as processDb } from "@madoguchi/db/client/create-client";
import { checkDatabase } from "@madoguchi/db/health/check-database";

/** GET /api/health of both apps: 200 `{ db: "ok" }`, or 503 with a JSON error. */
export async function healthResponse(db: () => Db = processDb): Promise<Response> {
  const headers = { "cache-control": "no-store" };
  let result;
  try {
    result = await checkDatabase(db());
  } catch {
    result = { ok: false as const, error: "unavailable" };
  }
  if (result.ok) return Response.json({ status: "ok", db: "ok" }, { status: 200, headers });
  return Response.json(
    { status: "error", db: result.error, error: "database unavailable" },
    { status: 503, headers },
  );
}
