import { createHash, timingSafeEqual } from "node:crypto";
import { locales } from "@madoguchi/core/locale/locale";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revalidateSecret } from "@/config/env";

export const dynamic = "force-dynamic";

const bodySchema = z
  .object({
    /** Site paths without locale, e.g. `/articles/reset-password`; none means every page. */
    paths: z
      .array(
        z
          .string()
          .regex(/^\/[\w\-./]*$/)
          .max(300),
      )
      .max(100)
      .optional(),
  })
  .default({});

const digest = (value: string) => createHash("sha256").update(value).digest();

function authorized(request: Request): boolean {
  const given = request.headers.get("x-revalidate-secret");
  return given !== null && timingSafeEqual(digest(given), digest(revalidateSecret));
}

/**
 * Called by the staff console after it publishes or changes content, an incident or an
 * announcement: `POST /api/revalidate` with the header `x-revalidate-secret: $REVALIDATE_SECRET`
 * and optionally `{ "paths": ["/articles/x"] }`. The pages are rendered again on their next
 * visit (each app instance keeps its own page cache: call every instance, or share the cache).
 */
export async function POST(request: Request): Promise<Response> {
  if (!authorized(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  const text = await request.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    return Response.json({ error: "invalid body" }, { status: 400 });
  }
  const body = bodySchema.safeParse(json);
  if (!body.success) return Response.json({ error: "invalid body" }, { status: 400 });
  const paths = body.data.paths;
  if (!paths || paths.length === 0) {
    // The banner and the lists are on every page: a change can show anywhere.
    revalidatePath("/", "layout");
    return Response.json({ revalidated: "all" });
  }
  for (const path of paths) {
    for (const locale of locales) revalidatePath(path === "/" ? `/${locale}` : `/${locale}${path}`);
  }
  return Response.json({ revalidated: paths });
}
