import { publicCaller } from "@/trpc/server";
import { readTokenForm, seeOther } from "../../token-form";

export const dynamic = "force-dynamic";

/** The confirmation page's button. The token is the only credential; a used one is refused. */
export async function POST(request: Request): Promise<Response> {
  const { token, locale } = await readTokenForm(request);
  const result = token
    ? await publicCaller().status.confirmSubscription({ token })
    : { status: "invalid" as const };
  return seeOther(
    request,
    result.status === "confirmed" ? result.locale : locale,
    "/status/subscription/confirm",
    {
      result: result.status,
    },
  );
}
