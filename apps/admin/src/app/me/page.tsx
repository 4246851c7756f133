import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { serverCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "担当者情報" };

export default async function MePage() {
  const caller = await serverCaller();
  try {
    const me = await caller.staff.me();
    return (
      <>
        <h1>担当者情報</h1>
        <p>{me.displayName}</p>
        <p className="muted">{me.teams.map((team) => team.nameJa).join("、")}</p>
      </>
    );
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") {
      return (
        <>
          <h1>担当者情報</h1>
          <p className="notice">サインインが必要です。</p>
        </>
      );
    }
    throw error;
  }
}
