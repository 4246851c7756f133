import { policyEnvironment } from "@madoguchi/api/http/policy-environment";
import { newNonce, pageSecurity } from "@madoguchi/api/http/security-headers";
import { type NextRequest, NextResponse } from "next/server";

/**
 * The Content Security Policy of every console page, with a fresh nonce per request: Next reads
 * it back from the request's CSP header and puts it on its own scripts. Every console page is
 * rendered per request (the root layout reads the session), so no cached page can hold a stale
 * nonce.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce((bytes) => crypto.getRandomValues(bytes));
  const { requestHeaders, responseHeaders } = pageSecurity(request.headers, {
    nonce,
    ...policyEnvironment("admin"),
  });
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const header of responseHeaders) response.headers.set(header.key, header.value);
  return response;
}

export const config = {
  // Route handlers set their own headers (attachments a sandboxing policy), build assets need none.
  matcher: ["/((?!api/|_next/|favicon\\.ico$).*)"],
};
