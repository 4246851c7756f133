"use client";

import type { MouseEvent } from "react";

/**
 * Signs out through next-auth (which ends the session row too), then goes to `redirectTo`.
 * Without JavaScript the link opens next-auth's own sign-out confirmation instead.
 */
export function SignOutLink({
  label,
  redirectTo,
  className,
}: {
  label: string;
  redirectTo: string;
  className?: string;
}) {
  async function signOutNow(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    // Loaded on demand: every page shows this link, few pages need next-auth's client.
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: redirectTo });
  }
  return (
    <a href="/api/auth/signout" className={className} onClick={signOutNow} data-testid="sign-out">
      {label}
    </a>
  );
}
