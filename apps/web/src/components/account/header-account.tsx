"use client";

import { type ReactNode, useEffect, useState } from "react";
import { SignOutLink } from "./sign-out-link";
import "./header-account.css";

function isCustomerSession(body: unknown): boolean {
  return typeof body === "object" && body !== null && "kind" in body && body.kind === "customer";
}

/**
 * "Sign in", or "Sign out" once the browser has a live session. The help-center pages are cached
 * for everyone, so the header asks next-auth after loading instead of being rendered per visitor.
 */
export function HeaderAccount({
  signInHref,
  signOutRedirect,
  labels,
  children,
}: {
  signInHref: string;
  signOutRedirect: string;
  labels: { signIn: string; signOut: string };
  /** The header's other actions (the language switch), kept beside it. */
  children?: ReactNode;
}) {
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    let current = true;
    fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        if (current) setSignedIn(isCustomerSession(body));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return (
    <div className="shell-header-actions">
      {signedIn ? (
        <SignOutLink className="header-account" label={labels.signOut} redirectTo={signOutRedirect} />
      ) : (
        <a className="header-account" href={signInHref} data-testid="header-sign-in">
          {labels.signIn}
        </a>
      )}
      {children}
    </div>
  );
}
