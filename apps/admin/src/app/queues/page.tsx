import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { refusalNotice } from "@/components/console/console-access";
import { serverCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "キュー" };

/** The console's start: the first window the staff member works in, else their own tickets. */
export default async function QueuesPage() {
  const caller = await serverCaller();
  let first: string;
  try {
    const me = await caller.staff.me();
    first = me.teams[0]?.key ?? "mine";
  } catch (error) {
    const notice = refusalNotice(error, "キュー");
    if (notice) return notice;
    throw error;
  }
  redirect(`/queues/${first}`);
}
