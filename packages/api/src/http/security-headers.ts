/**
 * The security headers both apps send. The constant ones are set for every path by
 * `next.config.ts`; the Content Security Policy and HSTS depend on the request and the running
 * environment, so each app's proxy sets them per response.
 */

export interface HttpHeader {
  key: string;
  value: string;
}

/**
 * Headers that never vary. `Referrer-Policy` is the default only: pages with a token in the URL
 * narrow it to `same-origin` in a `<meta>` (not `no-referrer`, whose `Origin: null` makes Next
 * refuse server actions), and attachment downloads send `no-referrer` themselves.
 */
export const constantSecurityHeaders: readonly HttpHeader[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

export const defaultReferrerPolicy: HttpHeader = {
  key: "Referrer-Policy",
  value: "strict-origin-when-cross-origin",
};

/** Two years; sent only by a production deployment over HTTPS, never on http://localhost. */
export const strictTransportSecurity: HttpHeader = {
  key: "Strict-Transport-Security",
  value: "max-age=63072000; includeSubDomains",
};

export interface PolicyEnvironment {
  /** `next dev`: React rebuilds server stacks with eval and HMR talks over a websocket. */
  development: boolean;
  /** A production deployment served over HTTPS (what also decides secure cookies). */
  httpsProduction: boolean;
}

export interface PolicyInput extends PolicyEnvironment {
  /**
   * The request's nonce, for a page rendered per request: Next reads it back from the request's
   * CSP header and puts it on its own scripts, and `'strict-dynamic'` lets those load the rest.
   * `null` for a prerendered page, whose cached HTML cannot carry a per-request nonce: its inline
   * RSC payload scripts (`self.__next_f.push`) then need `'unsafe-inline'`.
   */
  nonce: string | null;
}

/** 128 random bits, base64: the nonce format Next reads from the `script-src` directive. */
export function newNonce(random: (bytes: Uint8Array) => Uint8Array): string {
  return btoa(String.fromCharCode(...random(new Uint8Array(16))));
}

/** The Content-Security-Policy value for an HTML page of either app. */
export function contentSecurityPolicy({ nonce, development, httpsProduction }: PolicyInput): string {
  const devEval = development ? ["'unsafe-eval'"] : [];
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scripts, ...devEval],
    // Inline styles stay allowed: Next's built-in not-found and error pages render `<style>`
    // elements without the nonce, React's `style` props are attributes no nonce can cover, and the
    // dev server injects styles. Injected CSS could only reach our own origin (img-src, font-src).
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(development ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(httpsProduction ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

export interface PageSecurity {
  /** The request as the renderer sees it. */
  requestHeaders: Headers;
  /** Headers for the page's response. */
  responseHeaders: HttpHeader[];
}

/**
 * The security of one page request: the response gets the policy (and HSTS over HTTPS in
 * production); the request passed on to the renderer carries the same policy when it has a nonce,
 * which is how Next learns the nonce to put on its scripts. A policy the client sent is dropped
 * either way, so a client never chooses the nonce of a page (nor one baked into a cached page).
 */
export function pageSecurity(request: Headers, input: PolicyInput): PageSecurity {
  const policy = contentSecurityPolicy(input);
  const requestHeaders = new Headers(request);
  requestHeaders.delete("Content-Security-Policy-Report-Only");
  requestHeaders.delete("Content-Security-Policy");
  if (input.nonce !== null) requestHeaders.set("Content-Security-Policy", policy);
  return {
    requestHeaders,
    responseHeaders: [
      { key: "Content-Security-Policy", value: policy },
      ...(input.httpsProduction ? [strictTransportSecurity] : []),
    ],
  };
}
