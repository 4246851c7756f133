import { expect, type Page } from "@playwright/test";

/** The headers next.config.ts sets on every response of both apps. */
export const constantHeaders: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "cross-origin-opener-policy": "same-origin",
  "referrer-policy": "strict-origin-when-cross-origin",
};

/** The headers every HTML page of either app carries, over plain HTTP (no HSTS then). */
export function expectPageHeaders(headers: Record<string, string>, path: string): Map<string, string[]> {
  for (const [name, value] of Object.entries(constantHeaders))
    expect(headers[name], `${path}: ${name}`).toBe(value);
  expect(headers["strict-transport-security"], `${path}: no HSTS over http`).toBeUndefined();
  const policy = directives(headers["content-security-policy"] ?? "");
  expect(policy.get("default-src"), path).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
  expect(policy.get("object-src"), path).toEqual(["'none'"]);
  expect(policy.get("form-action"), path).toEqual(["'self'"]);
  expect(policy.has("upgrade-insecure-requests"), `${path}: nothing to upgrade over http`).toBe(false);
  expect(policy.get("script-src"), path).not.toContain("'unsafe-eval'");
  return policy;
}

/** A policy as directive name -> sources. */
export function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

/** The nonce of a policy's script-src, if it has one. */
export function nonceOf(policy: string | undefined): string | undefined {
  return directives(policy ?? "")
    .get("script-src")
    ?.map((source) => /^'nonce-(.+)'$/.exec(source)?.[1])
    .find((nonce) => nonce !== undefined);
}

const scriptTypes = new Set(["", "text/javascript", "application/javascript", "module"]);

/**
 * The nonce of every script the browser would run in a page's HTML (read from the markup: the
 * DOM hides nonces). JSON-LD and other data blocks are not run, so CSP does not apply to them.
 */
export function executableScriptNonces(html: string): (string | null)[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((match) => match[1] ?? "")
    .filter((attributes) => scriptTypes.has(/\btype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase() ?? ""))
    .map((attributes) => /\bnonce="([^"]*)"/i.exec(attributes)?.[1] ?? null);
}

/**
 * Collects the CSP violations of a page: Chromium logs each one to the console, and the page's
 * `securitypolicyviolation` events are echoed there too.
 */
export async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(
        `Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`,
      ),
    );
  });
  return violations;
}
