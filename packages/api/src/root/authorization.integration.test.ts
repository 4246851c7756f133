import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context/context";
import type { Session } from "../context/session";
import { createCallerFactory } from "../trpc/init";
import { adminRouter } from "./admin-router";
import { webRouter } from "./web-router";

const actors = ["anonymous", "customerA", "customerB", "ghostCustomer", "agent", "lead", "admin"] as const;
type Actor = (typeof actors)[number];
type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

interface Rule {
  input?: unknown;
  expect: Record<Actor, Outcome>;
  /** What an allowed call must return for that actor: proves the query is scoped to it. */
  check?: (result: unknown, actor: Actor, ids: Ids) => void;
}

interface Ids {
  customerA: string;
  customerB: string;
  agent: string;
  lead: string;
  admin: string;
}

const everyone: Record<Actor, Outcome> = Object.fromEntries(actors.map((a) => [a, "ok"])) as Record<
  Actor,
  Outcome
>;
const customersOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  customerA: "ok",
  customerB: "ok",
  ghostCustomer: "NOT_FOUND",
  agent: "UNAUTHORIZED",
  lead: "UNAUTHORIZED",
  admin: "UNAUTHORIZED",
};
const staffOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  customerA: "UNAUTHORIZED",
  customerB: "UNAUTHORIZED",
  ghostCustomer: "UNAUTHORIZED",
  agent: "ok",
  lead: "ok",
  admin: "ok",
};

const ownId = (result: unknown, actor: Actor, ids: Ids) => {
  expect(result).toMatchObject({ id: ids[actor as keyof Ids] });
};

/** Every procedure of both roots needs a rule here; one without fails the suite. */
const rules: Record<"web" | "admin", Record<string, Rule>> = {
  web: {
    "health.check": { expect: everyone },
    "account.profile": { expect: customersOnly, check: ownId },
  },
  admin: {
    "health.check": { expect: everyone },
    "staff.me": { expect: staffOnly, check: ownId },
  },
};

const roots = { web: webRouter, admin: adminRouter } as const;
const factories = { web: createCallerFactory(webRouter), admin: createCallerFactory(adminRouter) } as const;

async function call(root: "web" | "admin", session: Session | null, db: Db, path: string, input: unknown) {
  const caller: unknown = factories[root](createContext({ db, session }));
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  if (typeof target !== "function") throw new Error(`no procedure at ${path}`);
  return (target as (input: unknown) => Promise<unknown>)(input);
}

describe("authorization matrix", () => {
  let db: Db;
  let close: () => Promise<void>;
  let ids: Ids;
  let sessions: Record<Actor, Session | null>;

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db);
    const customer = async (email: string) =>
      (await db.customer.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    const staff = async (email: string) =>
      (await db.staff.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    ids = {
      customerA: await customer("hanako@example.jp"),
      customerB: await customer("taro@example.jp"),
      agent: await staff("agent.funds@staff.example.jp"),
      lead: await staff("lead.funds@staff.example.jp"),
      admin: await staff("admin@staff.example.jp"),
    };
    sessions = {
      anonymous: null,
      customerA: { kind: "customer", customerId: ids.customerA },
      customerB: { kind: "customer", customerId: ids.customerB },
      ghostCustomer: { kind: "customer", customerId: "00000000-0000-4000-8000-000000000000" },
      agent: { kind: "staff", staffId: ids.agent, role: "agent" },
      lead: { kind: "staff", staffId: ids.lead, role: "lead" },
      admin: { kind: "staff", staffId: ids.admin, role: "admin" },
    };
  }, 60_000);
  afterAll(async () => close());

  for (const root of ["web", "admin"] as const) {
    it(`has a rule for every procedure of the ${root} router`, () => {
      const procedures = Object.keys(roots[root]._def.procedures).sort();
      expect(Object.keys(rules[root]).sort()).toEqual(procedures);
    });

    for (const [path, rule] of Object.entries(rules[root])) {
      for (const actor of actors) {
        it(`${root} ${path} as ${actor}: ${rule.expect[actor]}`, async () => {
          const outcome = rule.expect[actor];
          const pending = call(root, sessions[actor], db, path, rule.input);
          if (outcome === "ok") {
            const result = await pending;
            rule.check?.(result, actor, ids);
          } else {
            await expect(pending).rejects.toSatisfy(
              (error: unknown) => error instanceof TRPCError && error.code === outcome,
            );
          }
        });
      }
    }
  }

  it("does not mount staff procedures on the customer root, nor customer ones on the console", () => {
    expect(Object.keys(webRouter._def.procedures).some((path) => path.startsWith("staff."))).toBe(false);
    expect(Object.keys(adminRouter._def.procedures).some((path) => path.startsWith("account."))).toBe(false);
  });
});
