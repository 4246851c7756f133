import { type Locale, localeSchema } from "@madoguchi/core/locale/locale";
import { statusTokenSchema } from "@madoguchi/core/status/status-subscription";
import { localePath } from "@/i18n/locale-path";

/** The token and locale of a posted form, or of the query string when the body has none. */
export async function readTokenForm(
  request: Request,
): Promise<{ token: string | null; locale: Locale; oneClick: boolean }> {
  const url = new URL(request.url);
  let body = new URLSearchParams();
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    const form = await request.formData();
    body = new URLSearchParams(
      [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
  }
  const token = statusTokenSchema.safeParse(body.get("token") ?? url.searchParams.get("token"));
  const locale = localeSchema.safeParse(body.get("locale") ?? url.searchParams.get("locale"));
  return {
    token: token.success ? token.data : null,
    locale: locale.success ? locale.data : "ja",
    // RFC 8058: mail clients post exactly this body to the List-Unsubscribe URL.
    oneClick: body.get("List-Unsubscribe") === "One-Click",
  };
}

/** 303 to a page of the site after a form post, so that reloading does not post again. */
export function seeOther(
  request: Request,
  locale: Locale,
  path: string,
  query: Record<string, string>,
): Response {
  const target = new URL(localePath(locale, path), request.url);
  for (const [key, value] of Object.entries(query)) target.searchParams.set(key, value);
  return new Response(null, { status: 303, headers: { location: `${target.pathname}${target.search}` } });
}
