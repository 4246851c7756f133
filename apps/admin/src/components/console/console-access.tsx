import { TRPCError } from "@trpc/server";

/** What a console page shows instead of its content when the call was refused. */
export function refusalNotice(error: unknown, title: string) {
  if (!(error instanceof TRPCError)) return null;
  const text =
    error.code === "UNAUTHORIZED"
      ? "サインインが必要です。"
      : error.code === "FORBIDDEN"
        ? "この画面を表示する権限がありません。"
        : null;
  if (!text) return null;
  return (
    <>
      <h1>{title}</h1>
      <p className="notice">{text}</p>
    </>
  );
}
