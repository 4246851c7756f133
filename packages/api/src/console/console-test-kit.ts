import type { Db } from "@madoguchi/db/client/create-client";
import { createTicket, type NewTicket } from "@madoguchi/db/ticket/ticket-repository";
import { createContext } from "../context/context";
import type { Session } from "../context/session";
import { adminRouter } from "../root/admin-router";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";

/** Test helpers for the console: demo staff by role and window, callers, tickets to work on. */
export const consoleActors = [
  "anonymous",
  "customer",
  "fundsAgent",
  "tradingAgent",
  "securityAgent",
  "fundsLead",
  "admin",
] as const;
export type ConsoleActor = (typeof consoleActors)[number];

const staffEmails = {
  fundsAgent: "agent.funds@staff.example.jp",
  tradingAgent: "agent.trading@staff.example.jp",
  securityAgent: "agent.security@staff.example.jp",
  fundsLead: "lead.funds@staff.example.jp",
  admin: "admin@staff.example.jp",
} as const;
type StaffActor = keyof typeof staffEmails;

const createAdmin = createCallerFactory(adminRouter);
const createWeb = createCallerFactory(webRouter);

export interface ConsoleWorld {
  ids: Record<StaffActor | "customer" | "customerB", string>;
  sessions: Record<ConsoleActor, Session | null>;
  console(actor: ConsoleActor): ReturnType<typeof createAdmin>;
  portal(customerId: string): ReturnType<typeof createWeb>;
}

/** Sessions as the apps build them, for the demo staff and the customer 山田 花子 (hanako). */
export async function consoleWorld(db: Db, clock: () => Date): Promise<ConsoleWorld> {
  const staffId = async (email: string) =>
    (await db.staff.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const customerId = async (email: string) =>
    (await db.customer.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const ids = {
    fundsAgent: await staffId(staffEmails.fundsAgent),
    tradingAgent: await staffId(staffEmails.tradingAgent),
    securityAgent: await staffId(staffEmails.securityAgent),
    fundsLead: await staffId(staffEmails.fundsLead),
    admin: await staffId(staffEmails.admin),
    customer: await customerId("hanako@example.jp"),
    customerB: await customerId("taro@example.jp"),
  };
  const staff = (id: string, role: "agent" | "lead" | "admin"): Session => ({
    kind: "staff",
    staffId: id,
    role,
  });
  const sessions: Record<ConsoleActor, Session | null> = {
    anonymous: null,
    customer: { kind: "customer", customerId: ids.customer },
    fundsAgent: staff(ids.fundsAgent, "agent"),
    tradingAgent: staff(ids.tradingAgent, "agent"),
    securityAgent: staff(ids.securityAgent, "agent"),
    fundsLead: staff(ids.fundsLead, "lead"),
    admin: staff(ids.admin, "admin"),
  };
  return {
    ids,
    sessions,
    console: (actor) => createAdmin(createContext({ db, session: sessions[actor], now: clock })),
    portal: (id) =>
      createWeb(createContext({ db, session: { kind: "customer", customerId: id }, now: clock })),
  };
}

/** Files a ticket as the inquiry form would (SLA times given), in its own transaction. */
export async function fileTicket(
  db: Db,
  input: Partial<NewTicket> & Pick<NewTicket, "now">,
): Promise<{ id: string; number: string }> {
  const now = input.now;
  return db.$transaction((tx) =>
    createTicket(tx, {
      customerId: null,
      contactEmail: "requester@example.jp",
      contactName: null,
      identityCheck: "not_required",
      troubleType: "funds",
      subtype: "jpy_deposit_missing",
      subject: "入金が反映されません",
      priority: "normal",
      teamKey: "funds",
      locale: "ja",
      firstResponseDueAt: new Date(now.getTime() + 8 * 3600_000),
      resolutionDueAt: new Date(now.getTime() + 72 * 3600_000),
      fields: { amount: "50000" },
      message: { body: "昨日振り込んだ50,000円が反映されていません。", redacted: false },
      attachments: [],
      ...input,
    }),
  );
}

/** The tRPC error code a failed call rejected with (or "ok"). */
export async function outcomeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error && typeof error === "object" && "code" in error) return String(error.code);
    throw error;
  }
}
