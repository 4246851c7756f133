"use server";

import { localeSchema } from "@madoguchi/core/locale/locale";
import { troubleTypeSchema } from "@madoguchi/core/trouble/trouble-types";
import { serverCaller } from "@/trpc/server";

export type DeflectState = { step: "ask" } | { step: "solved" };

/**
 * "Solved" in self-help: recorded as a deflected inquiry. The thanks follow whatever happens to
 * the record: the customer's problem is solved either way.
 */
export async function markDeflected(_previous: DeflectState, form: FormData): Promise<DeflectState> {
  const type = troubleTypeSchema.safeParse(form.get("type"));
  const locale = localeSchema.safeParse(form.get("locale"));
  const subtype = form.get("subtype");
  if (type.success && locale.success && typeof subtype === "string") {
    try {
      const caller = await serverCaller();
      await caller.inquiry.deflect({ type: type.data, subtype, locale: locale.data });
    } catch (error) {
      console.error("[inquiry] deflection not recorded", error);
    }
  }
  return { step: "solved" };
}
