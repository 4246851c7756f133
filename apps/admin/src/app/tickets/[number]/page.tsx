import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { refusalNotice } from "@/components/console/console-access";
import { TicketWorkspace } from "@/components/console/ticket-workspace";
import { workspaceText } from "@/components/console/workspace-text";
import { getConsoleLocale } from "@/i18n/console-locale";
import { serverCaller } from "@/trpc/server";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).number) };
}

/** A ticket: loaded on the server (masked), then worked on in the client workspace. */
export default async function TicketPage({ params }: Props) {
  const number = decodeURIComponent((await params).number);
  const caller = await serverCaller();
  try {
    const view = await caller.ticket.get({ number });
    return <TicketWorkspace initial={view} />;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    const locale = await getConsoleLocale();
    const notice = refusalNotice(error, workspaceText[locale].ticket.pageTitle, locale);
    if (notice) return notice;
    throw error;
  }
}
