import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { refusalNotice } from "@/components/console/console-access";
import { workspaceText } from "@/components/console/workspace-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: workspaceText[await getConsoleLocale()].queue.pageTitle };
}

/** The console's start: the first window the staff member works in, else their own tickets. */
export default async function QueuesPage() {
  const caller = await serverCaller();
  let first: string;
  try {
    const me = await caller.staff.me();
    first = me.teams[0]?.key ?? "mine";
  } catch (error) {
    const locale = await getConsoleLocale();
    const notice = refusalNotice(error, workspaceText[locale].queue.pageTitle, locale);
    if (notice) return notice;
    throw error;
  }
  redirect(`/queues/${first}`);
}
