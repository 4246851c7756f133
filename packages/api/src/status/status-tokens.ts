import { createHash, createHmac, randomBytes } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * A subscriber's unsubscribe token, derived from the subscription id with the secret. Only its
 * hash is stored (like every token), yet every incident email can carry a working link: the
 * token is derived again when the email is written.
 */
export function unsubscribeToken(subscriptionId: string, secret: string): string {
  return createHmac("sha256", secret).update(`status-unsubscribe:${subscriptionId}`).digest("base64url");
}

export function statusLinks(webBaseUrl: string, locale: "ja" | "en") {
  const prefix = `${webBaseUrl}${locale === "en" ? "/en" : ""}`;
  return {
    confirm: (token: string) => `${prefix}/status/subscription/confirm?token=${token}`,
    unsubscribe: (token: string) => `${prefix}/status/unsubscribe?token=${token}`,
    status: `${prefix}/status`,
  };
}
