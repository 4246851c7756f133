import type { Locale } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { workspaceText } from "./workspace-text";

/** What a console page shows instead of its content when the call was refused. */
export function refusalNotice(error: unknown, title: string, locale: Locale = "ja") {
  if (!(error instanceof TRPCError)) return null;
  const refusal = workspaceText[locale].refusal;
  const text =
    error.code === "UNAUTHORIZED"
      ? refusal.UNAUTHORIZED
      : error.code === "FORBIDDEN"
        ? refusal.FORBIDDEN
        : null;
  if (!text) return null;
  return (
    <>
      <h1>{title}</h1>
      <p className="notice">{text}</p>
    </>
  );
}
