import { authOptionsFor } from "@madoguchi/api/auth/auth-options";
import { withAccountGuards } from "@madoguchi/api/auth/auth-route";
import NextAuth from "next-auth";

export const dynamic = "force-dynamic";

type RouteContext = { params: Promise<{ nextauth: string[] }> };
type Handler = (request: Request, context: RouteContext) => Promise<Response>;

// Built at the first request, not at import: `next build` loads this module without the
// production secrets, which the options require.
let nextAuth: Handler | undefined;

/**
 * Staff sign-in (next-auth/react):
 * `signIn("staff", { email, password, totpCode?, recoveryCode?, redirect: false })`.
 */
const handler = withAccountGuards("admin", (request: Request, context: RouteContext) => {
  nextAuth ??= NextAuth(authOptionsFor("admin")) as Handler;
  return nextAuth(request, context);
});

export { handler as GET, handler as POST };
