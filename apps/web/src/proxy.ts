import { policyEnvironment } from "@madoguchi/api/http/policy-environment";
import { newNonce, pageSecurity } from "@madoguchi/api/http/security-headers";
import { type NextRequest, NextResponse } from "next/server";

/**
 * Paths (without the locale) of the pages served from the cache: no `force-dynamic`, rendered on
 * a first visit under `revalidate` in `[locale]/layout.tsx` (the ISR routes of the build's
 * `.next/prerender-manifest.json`). Keep this in step: a cached page missing here would keep its
 * first visitor's nonce and have its scripts blocked for everyone after; a dynamic page listed
 * here loses its nonce. The e2e security-headers spec checks pages on both sides of this line.
 */
const prerendered =
  /^\/(?:|guide|status|status\/feed\.(?:xml|atom)|sign-up|forgot-password|inquiries\/guest|announcements|(?:announcements|articles|categories)\/[^/]+)$/;

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
 *
 * Every page also gets its Content Security Policy here. A page rendered per request gets a
 * fresh nonce, which Next reads back from the request's CSP header and puts on its own scripts.
 * A prerendered page cannot: its HTML is rendered once and served to everyone from the cache,
 * so the nonce of whoever visited first would be baked into it. Those pages get the same policy
 * with `'unsafe-inline'` scripts instead of the nonce (the inline RSC payload of cached HTML
 * changes with every publish, so no fixed hash list could admit it; `experimental.sri` only
 * covers the external chunks). That is the trade-off for keeping the help center static: its
 * pages reflect nothing from the request and render only published content, escaped by React,
 * while everything that reads the request or a session (sign-in, account, contact forms,
 * inquiries, search) keeps the strict nonce policy.
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

  const nonce = prerendered.test(path) ? null : newNonce((bytes) => crypto.getRandomValues(bytes));
  const { requestHeaders, responseHeaders } = pageSecurity(request.headers, {
    nonce,
    ...policyEnvironment("web"),
  });
  const init = { request: { headers: requestHeaders } };
  let response: NextResponse;
  if (english) response = NextResponse.next(init);
  else {
    url.pathname = pathname === "/" ? "/ja" : `/ja${pathname}`;
    response = NextResponse.rewrite(url, init);
  }
  for (const header of responseHeaders) response.headers.set(header.key, header.value);
  return response;
}

export const config = {
  // Route handlers, build assets and metadata files are not pages and have no locale.
  matcher: ["/((?!api/|_next/|favicon\\.ico$|robots\\.txt$|sitemap\\.xml$).*)"],
};
