/** Codes that cross every layer; the API maps each to one transport error in one place. */
export const domainErrorCodes = [
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHORIZED",
  "CONFLICT",
  "INVALID",
  "RATE_LIMITED",
] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

/**
 * An expected failure. `messageKey` names a translated message for the user; `message` is for
 * logs and never shown as is.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly messageKey: string;

  constructor(code: DomainErrorCode, messageKey: string, message?: string) {
    super(message ?? `${code}: ${messageKey}`);
    this.name = "DomainError";
    this.code = code;
    this.messageKey = messageKey;
  }
}

/** RATE_LIMITED with the wait the client should observe (the HTTP layer sends Retry-After). */
export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;

  constructor(messageKey: string, retryAfterSeconds: number) {
    super("RATE_LIMITED", messageKey);
    this.name = "RateLimitedError";
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  }
}
