import { publicCaller } from "@/trpc/server";
import { readTokenForm, seeOther } from "../token-form";

export const dynamic = "force-dynamic";

/**
 * POST `/status/unsubscribe?token=` (the proxy sends it here): the button of the unsubscribe
 * page, or a mail client's one-click unsubscribe (RFC 8058), which gets a plain 200.
 */
export async function POST(request: Request): Promise<Response> {
  const { token, locale, oneClick } = await readTokenForm(request);
  const result = token ? await publicCaller().status.unsubscribe({ token }) : { status: "invalid" as const };
  if (oneClick)
    return new Response(result.status === "unsubscribed" ? "unsubscribed" : "not subscribed", {
      status: 200,
    });
  return seeOther(request, result.status === "unsubscribed" ? result.locale : locale, "/status/unsubscribe", {
    result: result.status,
  });
}

/** A GET here (an old link, a scanner) shows the page with its button; it unsubscribes nothing. */
export async function GET(request: Request): Promise<Response> {
  const { token, locale } = await readTokenForm(request);
  return seeOther(request, locale, "/status/unsubscribe", token ? { token } : {});
}
