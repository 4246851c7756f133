import type { Locale } from "@madoguchi/core/locale/locale";
import { authEnv, type AuthApp } from "./env";

/**
 * The pages the emailed links open. Each reads `?token=` and calls the matching procedure; the
 * token is never a sign-in by itself. Pages holding a token should send `Referrer-Policy:
 * no-referrer` so that it does not leak to another origin.
 */
export const accountLinkPaths = {
  verifyEmail: { app: "web", path: "/account/verify-email" },
  resetPassword: { app: "web", path: "/reset-password" },
  unlockCustomer: { app: "web", path: "/unlock" },
  confirmFreeze: { app: "web", path: "/freeze/confirm" },
  confirmEmailChange: { app: "web", path: "/account/email/confirm" },
  acceptStaffInvite: { app: "admin", path: "/invite" },
  unlockStaff: { app: "admin", path: "/unlock" },
} as const satisfies Record<string, { app: AuthApp; path: string }>;

export type AccountLink = keyof typeof accountLinkPaths;

/** The portal serves English under `/en`, Japanese (the default) without a prefix. */
export function accountLink(link: AccountLink, token: string, locale: Locale): string {
  const { app, path } = accountLinkPaths[link];
  const prefix = app === "web" && locale === "en" ? "/en" : "";
  return `${authEnv().baseUrls[app]}${prefix}${path}?token=${encodeURIComponent(token)}`;
}
