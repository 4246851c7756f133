import { type NextRequest, NextResponse } from "next/server";

/**
 * Locale routing. Every page lives under `app/[locale]/`; Japanese, the default, is served
 * without a prefix and English under `/en`:
 *
 *   /articles/x     -> rewritten to /ja/articles/x
 *   /en/articles/x  -> served as is
 *   /ja/articles/x  -> redirected to /articles/x (one URL per page)
 *
 * One-click unsubscribe links (`/status/unsubscribe?token=`) show a confirmation page on GET,
 * and mail clients POST to the same URL (RFC 8058): a POST goes to the route handler instead.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  const { pathname } = url;

  if (pathname === "/ja" || pathname.startsWith("/ja/")) {
    url.pathname = pathname.slice(3) || "/";
    return NextResponse.redirect(url, 308);
  }

  const english = pathname === "/en" || pathname.startsWith("/en/");
  const path = english ? pathname.slice(3) || "/" : pathname;
  if (request.method === "POST" && path === "/status/unsubscribe") {
    url.pathname = "/api/status/unsubscribe";
    url.searchParams.set("locale", english ? "en" : "ja");
    return NextResponse.rewrite(url);
  }
  if (english) return NextResponse.next();

  url.pathname = pathname === "/" ? "/ja" : `/ja${pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Route handlers, build assets and metadata files are not pages and have no locale.
  matcher: ["/((?!api/|_next/|favicon\\.ico$|robots\\.txt$|sitemap\\.xml$).*)"],
};
