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
 * Customer sign-in (next-auth/react):
 * `signIn("customer", { email, password, totpCode?, recoveryCode?, redirect: false })`.
 */
const handler = withAccountGuards("web", (request: Request, context: RouteContext) => {
  nextAuth ??= NextAuth(authOptionsFor("web")) as Handler;
  return nextAuth(request, context);
});

export { handler as GET, handler as POST };
