import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { serverCaller } from "@/trpc/server";

// Rendered per request: it depends on who is signed in.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "アカウント" };

export default async function AccountPage() {
  const caller = await serverCaller();
  try {
    const profile = await caller.account.profile();
    return (
      <>
        <h1>アカウント</h1>
        <p>{profile.fullName} 様</p>
        <p className="muted">ご利用プラン：{profile.plan.nameJa}</p>
      </>
    );
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      return (
        <>
          <h1>アカウント</h1>
          <p className="notice">このページをご覧いただくには、ログインが必要です。</p>
        </>
      );
    }
    throw error;
  }
}
