"use client";

import type { MouseEvent } from "react";

/**
 * Signs out through next-auth (which ends the session row too), then to the sign-in page.
 * Without JavaScript the link opens next-auth's own sign-out confirmation instead.
 */
export function SignOutLink({ className, label = "サインアウト" }: { className?: string; label?: string }) {
  async function signOutNow(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/sign-in" });
  }
  return (
    <a href="/api/auth/signout" className={className} onClick={signOutNow} data-testid="sign-out">
      {label}
    </a>
  );
}
