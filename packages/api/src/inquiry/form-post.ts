import { DomainError, type DomainErrorCode, RateLimitedError } from "@madoguchi/core/errors/domain-error";
import type { Locale } from "@madoguchi/core/locale/locale";
import { type Db, db as processDb } from "@madoguchi/db/client/create-client";
import { attachmentStorage } from "../attachment/attachment-env";
import type { AttachmentStorage } from "../attachment/attachment-storage";
import type { SessionSource } from "../context/session";

/**
 * What the route handlers of multipart form posts (filing, replies) need; tests pass their own
 * database, storage and clock.
 */
export interface FormPostDeps {
  sessionSource: SessionSource;
  db?: () => Db;
  storage?: () => AttachmentStorage;
  now?: () => Date;
}

export const depsDb = (deps: FormPostDeps): Db => (deps.db ?? processDb)();
export const depsStorage = (deps: FormPostDeps): AttachmentStorage => (deps.storage ?? attachmentStorage)();

/**
 * The same forms post with and without JavaScript: a script asks for JSON and shows the answer
 * in place; a plain form post gets a redirect to the next page.
 */
export function wantsJson(request: Request): boolean {
  return request.headers.get("accept")?.includes("application/json") ?? false;
}

/** A portal page in a locale: Japanese without a prefix, English under /en (as the web app). */
export function portalPath(locale: Locale, path: string): string {
  return locale === "en" ? `/en${path}` : path;
}

export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

export function jsonAnswer(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

const statusOf: Record<DomainErrorCode, number> = {
  INVALID: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

/** An expected refusal as JSON: the message key only, never internals. */
export function domainErrorAnswer(error: DomainError): Response {
  const status = error.messageKey === "attachment.file_too_large" ? 413 : statusOf[error.code];
  const headers: Record<string, string> =
    error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds) } : {};
  return jsonAnswer({ ok: false, problem: error.messageKey }, status, headers);
}

/** The problem key a page shows for any failure: a domain error's key, else a generic one. */
export function problemKey(error: unknown): string {
  return error instanceof DomainError ? error.messageKey : "inquiry.failed";
}

/** Where to send a plain form post back to: the page it came from, when that is ours. */
export function sameOriginReferer(request: Request): string | null {
  const referer = request.headers.get("referer");
  if (!referer) return null;
  try {
    const url = new URL(referer);
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    return url.host === host ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

export function withParams(path: string, params: Record<string, string>): string {
  const [base = "", query = ""] = path.split("?");
  const search = new URLSearchParams(query);
  for (const [key, value] of Object.entries(params)) search.set(key, value);
  return `${base}?${search.toString()}`;
}
