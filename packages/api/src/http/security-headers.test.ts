import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, pageSecurity, type PolicyInput } from "./security-headers";

/** A policy as directive name -> sources, for assertions that do not depend on order. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const production = { development: false, httpsProduction: true };
const localProduction = { development: false, httpsProduction: false };
const devServer = { development: true, httpsProduction: false };

describe("content security policy", () => {
  it.each<{ name: string; input: PolicyInput; expected: Record<string, string[] | undefined> }>([
    {
      name: "a page rendered per request, in production over HTTPS",
      input: { nonce: "bm9uY2U=", ...production },
      expected: {
        "script-src": ["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "connect-src": ["'self'"],
        "upgrade-insecure-requests": [],
      },
    },
    {
      name: "a prerendered page, whose cached HTML has no nonce",
      input: { nonce: null, ...production },
      expected: {
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "upgrade-insecure-requests": [],
      },
    },
    {
      name: "a production build served over plain HTTP (the e2e run), never upgraded",
      input: { nonce: "bm9uY2U=", ...localProduction },
      expected: {
        "script-src": ["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"],
        "upgrade-insecure-requests": undefined,
      },
    },
    {
      name: "the dev server: eval for React's debugging and the HMR websocket",
      input: { nonce: "bm9uY2U=", ...devServer },
      expected: {
        "script-src": ["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'", "'unsafe-eval'"],
        "connect-src": ["'self'", "ws:"],
        "upgrade-insecure-requests": undefined,
      },
    },
  ])("$name", ({ input, expected }) => {
    const policy = directives(contentSecurityPolicy(input));
    for (const [name, sources] of Object.entries(expected)) expect(policy.get(name), name).toEqual(sources);
  });

  it.each([
    { nonce: "bm9uY2U=", ...production },
    { nonce: null, ...localProduction },
    { nonce: "bm9uY2U=", ...devServer },
  ])("always denies framing, plugins, foreign bases and form targets (nonce $nonce)", (input) => {
    const policy = directives(contentSecurityPolicy(input));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.get("font-src")).toEqual(["'self'"]);
    expect(input.development ? [] : policy.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("puts script-src first among the script directives, where Next looks for the nonce", () => {
    const policy = contentSecurityPolicy({ nonce: "bm9uY2U=", ...production });
    const first = policy.split(";").find((part) => part.trim().startsWith("script-src"));
    expect(first?.trim().split(/\s+/)[0]).toBe("script-src");
    expect(first).toMatch(/'nonce-bm9uY2U='/);
  });
});

describe("nonces", () => {
  it("are 128 bits of the randomness given, as base64", () => {
    expect(newNonce((bytes) => bytes.fill(0xff))).toBe("/////////////////////w==");
    expect(newNonce((bytes) => bytes)).toHaveLength(24);
    expect(newNonce((bytes) => crypto.getRandomValues(bytes))).not.toBe(
      newNonce((bytes) => crypto.getRandomValues(bytes)),
    );
  });
});

describe("page security", () => {
  const clientSent = new Headers({
    "content-security-policy": "script-src 'nonce-chosen-by-client'",
    "content-security-policy-report-only": "script-src 'nonce-chosen-by-client'",
    cookie: "a=1",
  });

  it("hands the renderer our policy with its nonce, never the client's", () => {
    const { requestHeaders, responseHeaders } = pageSecurity(clientSent, {
      nonce: "bm9uY2U=",
      ...production,
    });
    const policy = responseHeaders.find((header) => header.key === "Content-Security-Policy")?.value;
    expect(policy).toContain("'nonce-bm9uY2U='");
    expect(requestHeaders.get("content-security-policy")).toBe(policy);
    expect(requestHeaders.has("content-security-policy-report-only")).toBe(false);
    expect(requestHeaders.get("cookie")).toBe("a=1");
    expect(clientSent.get("content-security-policy")).toContain("chosen-by-client");
  });

  it("gives a prerendered page's renderer no policy at all, so no nonce is cached", () => {
    const { requestHeaders, responseHeaders } = pageSecurity(clientSent, { nonce: null, ...production });
    expect(requestHeaders.has("content-security-policy")).toBe(false);
    expect(requestHeaders.has("content-security-policy-report-only")).toBe(false);
    expect(responseHeaders.map((header) => header.key)).toContain("Content-Security-Policy");
  });

  it.each([
    { environment: production, hsts: true },
    { environment: localProduction, hsts: false },
    { environment: devServer, hsts: false },
  ])("sends HSTS only in production over HTTPS ($environment)", ({ environment, hsts }) => {
    const { responseHeaders } = pageSecurity(new Headers(), { nonce: null, ...environment });
    const value = responseHeaders.find((header) => header.key === "Strict-Transport-Security")?.value;
    expect(value).toBe(hsts ? "max-age=63072000; includeSubDomains" : undefined);
  });
});
