import type { Locale } from "@madoguchi/core/locale/locale";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { knowledgeText } from "./knowledge-text";

type Refusal = "UNAUTHORIZED" | "FORBIDDEN" | "ENROLL";
export type Loaded<T> = { ok: true; data: T } | { ok: false; reason: Refusal };

/**
 * Loads what a content page shows through the server caller: a missing object is the 404 page,
 * no session or no permission a notice (the procedures decide; the page only words it).
 */
export async function loadForPage<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (error instanceof TRPCError) {
      if (error.code === "NOT_FOUND") notFound();
      if (error.message === "staff.twoFactorEnrollmentRequired") return { ok: false, reason: "ENROLL" };
      if (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")
        return { ok: false, reason: error.code };
    }
    throw error;
  }
}

export function AccessNotice({
  title,
  reason,
  locale = "ja",
}: {
  title: string;
  reason: Refusal;
  locale?: Locale;
}) {
  const notices: Record<Refusal, string> = knowledgeText[locale].access;
  return (
    <>
      <h1>{title}</h1>
      <p className="notice" data-tone={reason === "UNAUTHORIZED" ? undefined : "danger"}>
        {notices[reason]}
      </p>
    </>
  );
}
