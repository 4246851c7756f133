import { SignOutLink } from "./sign-out-link";
import "./header-account.css";

/** The console header's action: sign in, or sign out (the layout knows the session). */
export function HeaderAccount({ signedIn }: { signedIn: boolean }) {
  return signedIn ? (
    <SignOutLink className="header-account" />
  ) : (
    <a className="header-account" href="/sign-in" data-testid="header-sign-in">
      サインイン
    </a>
  );
}
