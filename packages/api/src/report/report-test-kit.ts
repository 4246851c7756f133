import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { createContext } from "../context/context";
import type { Session } from "../context/session";
import { adminRouter } from "../root/admin-router";
import { createCallerFactory } from "../trpc/init";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const createAdminCaller = createCallerFactory(adminRouter);

/** A JST wall-clock time, e.g. `jst("2026-11-02 09:00")`. */
export const jst = (text: string) => new Date(`${text.replace(" ", "T")}:00+09:00`);
export const minutes = (n: number) => n * MINUTE;
export const hours = (n: number) => n * HOUR;

export type ReportActor = "agent" | "lead" | "admin" | "leadTrading";

/**
 * The demo's people (teams, staff, articles) with its tickets taken away, so that a test's own
 * tickets are the only ones counted. Staff: the 入出金サポート agent and lead, the 取引サポート
 * lead, and an admin.
 */
export async function reportFixture(db: Db): Promise<Record<ReportActor, Session>> {
  await seedDemo(db, jst("2025-01-15 12:00"));
  await db.ticket.deleteMany({ where: { tags: { has: "demo" } } });
  const staff = async (email: string) =>
    (await db.staff.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  return {
    agent: { kind: "staff", staffId: await staff("agent.funds@staff.example.jp"), role: "agent" },
    lead: { kind: "staff", staffId: await staff("lead.funds@staff.example.jp"), role: "lead" },
    leadTrading: { kind: "staff", staffId: await staff("lead.trading@staff.example.jp"), role: "lead" },
    admin: { kind: "staff", staffId: await staff("admin@staff.example.jp"), role: "admin" },
  };
}

export function adminCallerAt(db: Db, session: Session | null, now: Date) {
  return createAdminCaller(createContext({ db, session, now: () => now }));
}

export interface TicketSpec {
  number: string;
  team: "funds" | "trading" | "security" | "system";
  createdAt: Date;
  troubleType?: "funds" | "trading" | "security" | "system" | "login" | "other";
  subject?: string;
  status?: "new" | "open" | "waiting_on_customer" | "resolved" | "closed";
  firstResponseAfter?: number;
  dueAfter?: number | null;
  resolvedAfter?: number;
  closedAfter?: number;
  csat?: number;
  mergedInto?: string;
  /** Status changes in the timeline, e.g. a reopen: [from, to, after]. */
  changes?: readonly (readonly [string, string, number])[];
}

/** A ticket with exactly the timings given (milliseconds after it was filed). */
export async function createReportTicket(db: Db, spec: TicketSpec): Promise<string> {
  const team = await db.team.findUniqueOrThrow({ where: { key: spec.team }, select: { id: true } });
  const after = (ms: number | undefined | null) =>
    ms === undefined || ms === null ? null : new Date(spec.createdAt.getTime() + ms);
  const mergedInto = spec.mergedInto
    ? (await db.ticket.findUniqueOrThrow({ where: { number: spec.mergedInto }, select: { id: true } })).id
    : null;
  const ticket = await db.ticket.create({
    data: {
      number: spec.number,
      contactEmail: "report@example.jp",
      troubleType: spec.troubleType ?? (spec.team === "funds" ? "funds" : spec.team),
      subtype: "report_test",
      subject: spec.subject ?? `集計確認 ${spec.number}`,
      status: spec.status ?? "new",
      teamId: team.id,
      createdAt: spec.createdAt,
      firstResponseDueAt: spec.dueAfter === undefined ? after(hours(1)) : after(spec.dueAfter),
      firstRespondedAt: after(spec.firstResponseAfter),
      resolvedAt: after(spec.resolvedAfter),
      closedAt: after(spec.closedAfter),
      csatScore: spec.csat ?? null,
      mergedIntoId: mergedInto,
      tags: ["report-test"],
    },
    select: { id: true },
  });
  for (const [from, to, ms] of spec.changes ?? []) {
    await db.ticketEvent.create({
      data: {
        ticketId: ticket.id,
        kind: from === "resolved" && to === "open" ? "reopened" : "status_changed",
        actorKind: "staff",
        data: { from, to },
        createdAt: after(ms) ?? spec.createdAt,
      },
      select: { id: true },
    });
  }
  return ticket.id;
}
