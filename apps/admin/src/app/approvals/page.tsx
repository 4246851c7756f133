import type { Metadata } from "next";
import { UnfreezeApprovals } from "@/components/approvals/unfreeze-approvals";
import { unfreezeText } from "@/components/approvals/unfreeze-text";
import { refusalNotice } from "@/components/console/console-access";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: unfreezeText[await getConsoleLocale()].listTitle };
}

/** Unfreezes waiting for a second staff member (leads and admins; requests on tickets they see). */
export default async function ApprovalsPage() {
  const locale = await getConsoleLocale();
  const title = unfreezeText[locale].listTitle;
  const caller = await serverCaller();
  let pending;
  try {
    pending = await caller.customerAccount.listPendingUnfreezes();
  } catch (error) {
    const notice = refusalNotice(error, title, locale);
    if (notice) return notice;
    throw error;
  }
  return (
    <>
      <h1>{title}</h1>
      <UnfreezeApprovals initial={pending} />
    </>
  );
}
