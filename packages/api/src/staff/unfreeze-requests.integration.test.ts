import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../auth/sign-in";
import {
  adminCallerFor,
  auditActions,
  createCustomer,
  freshIp,
  testClock,
} from "../auth/testing/account-fixtures";
import { fileTicket } from "../console/console-test-kit";

const refused = (code: TRPCError["code"], messageKey: string) => (error: unknown) =>
  error instanceof TRPCError &&
  error.code === code &&
  (error.cause as { messageKey?: string } | undefined)?.messageKey === messageKey;

describe("unfreezing takes two people", () => {
  let db: Db;
  let close: () => Promise<void>;
  const clock = testClock(new Date("2026-03-02T01:00:00Z"));
  const staff: Record<
    "securityLead" | "securityAgent" | "fundsLead" | "admin",
    { id: string; role: "agent" | "lead" | "admin" }
  > = {} as never;
  const as = (who: keyof typeof staff) =>
    adminCallerFor(db, { session: { kind: "staff", staffId: staff[who].id, role: staff[who].role }, clock });
  const signInWith = (email: string, password: string) =>
    signIn({ db, now: clock.now(), ip: freshIp(), userAgent: "test" }, { kind: "customer", email, password });

  async function frozenCustomer() {
    const customer = await createCustomer(db);
    await db.customer.update({ where: { id: customer.id }, data: { frozenAt: clock.now() } });
    return customer;
  }

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db);
    const find = async (email: string) =>
      db.staff.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    staff.securityLead = await find("lead.security@staff.example.jp");
    staff.securityAgent = await find("agent.security@staff.example.jp");
    staff.fundsLead = await find("lead.funds@staff.example.jp");
    staff.admin = await find("admin@staff.example.jp");
  }, 60_000);
  afterAll(async () => close());

  const request = (customerId: string, ticketId?: string) =>
    as("securityLead").customerAccount.requestUnfreeze({
      customerId,
      identityChecked: true,
      reason: "登録情報（氏名・生年月日・メール）が一致しました",
      ...(ticketId ? { ticketId } : {}),
    });

  it("refuses self-approval; another eligible staff member's approval unfreezes, and only then may the customer sign in", async () => {
    const customer = await frozenCustomer();
    const ticket = await fileTicket(db, {
      now: clock.now(),
      customerId: customer.id,
      contactEmail: customer.email,
      troubleType: "security",
      subtype: "unauthorized_access",
      teamKey: "security",
      subject: "不正アクセスの疑い",
    });
    const { id: requestId } = await request(customer.id, ticket.id);

    expect(
      await as("securityLead").customerAccount.pendingUnfreeze({ customerId: customer.id }),
    ).toMatchObject({
      id: requestId,
      requestedByMe: true,
      ticketNumber: ticket.number,
      customerEmail: expect.not.stringContaining(customer.email),
    });
    await expect(as("securityLead").customerAccount.approveUnfreeze({ requestId })).rejects.toSatisfy(
      refused("FORBIDDEN", "unfreeze.selfApproval"),
    );
    // Agents may neither ask nor approve; a lead of another window does not see a security ticket's request.
    await expect(as("securityAgent").customerAccount.approveUnfreeze({ requestId })).rejects.toSatisfy(
      (error: unknown) => error instanceof TRPCError && error.code === "FORBIDDEN",
    );
    await expect(as("fundsLead").customerAccount.approveUnfreeze({ requestId })).rejects.toSatisfy(
      refused("NOT_FOUND", "unfreeze.notFound"),
    );
    expect((await as("fundsLead").customerAccount.listPendingUnfreezes()).map((r) => r.id)).not.toContain(
      requestId,
    );
    expect(await signInWith(customer.email, customer.password)).toEqual({ ok: false, error: "invalid" });

    const pending = await as("admin").customerAccount.listPendingUnfreezes();
    expect(pending.find((r) => r.id === requestId)).toMatchObject({
      requestedByMe: false,
      requesterName: "小林 誠",
    });
    expect(await as("admin").customerAccount.approveUnfreeze({ requestId, note: "確認しました" })).toEqual({
      status: "approved",
      unfrozen: true,
    });
    expect(await signInWith(customer.email, customer.password)).toMatchObject({ ok: true });
    expect(await as("admin").customerAccount.pendingUnfreeze({ customerId: customer.id })).toBeNull();

    const row = await db.unfreezeRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(row).toMatchObject({
      status: "approved",
      decidedById: staff.admin.id,
      decisionNote: "確認しました",
    });
    expect(await auditActions(db, customer.id)).toEqual(
      expect.arrayContaining([
        "customer.unfreeze.requested",
        "customer.unfreeze.approved",
        "auth.account.unfrozen",
      ]),
    );
    const events = await db.ticketEvent.findMany({ where: { ticketId: ticket.id }, select: { kind: true } });
    expect(events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["unfreeze_requested", "unfreeze_approved"]),
    );
  });

  it("keeps one pending request per customer", async () => {
    const customer = await frozenCustomer();
    await request(customer.id);
    await expect(request(customer.id)).rejects.toSatisfy(refused("CONFLICT", "unfreeze.alreadyPending"));
    expect(await db.unfreezeRequest.count({ where: { customerId: customer.id, status: "pending" } })).toBe(1);
  });

  it("keeps one pending request even when two are asked at once", async () => {
    const customer = await frozenCustomer();
    const results = await Promise.allSettled([
      request(customer.id),
      as("admin").customerAccount.requestUnfreeze({
        customerId: customer.id,
        identityChecked: true,
        reason: "同時の申請",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.unfreezeRequest.count({ where: { customerId: customer.id, status: "pending" } })).toBe(1);
  });

  it("refuses a request for an account that is not frozen, or without the identity checks", async () => {
    const customer = await createCustomer(db);
    await expect(request(customer.id)).rejects.toSatisfy(refused("CONFLICT", "unfreeze.notFrozen"));
    await expect(
      as("securityLead").customerAccount.requestUnfreeze({
        customerId: customer.id,
        identityChecked: false as unknown as true,
        reason: "本人確認未了",
      }),
    ).rejects.toSatisfy((error: unknown) => error instanceof TRPCError && error.code === "BAD_REQUEST");
  });

  it("lets another staff member reject: the account stays frozen and a new request may follow", async () => {
    const customer = await frozenCustomer();
    const { id: requestId } = await request(customer.id);
    expect(
      await as("admin").customerAccount.rejectUnfreeze({ requestId, note: "生年月日が一致しません" }),
    ).toEqual({
      status: "rejected",
      unfrozen: false,
    });
    await expect(as("admin").customerAccount.approveUnfreeze({ requestId })).rejects.toSatisfy(
      refused("CONFLICT", "unfreeze.notPending"),
    );
    expect(await signInWith(customer.email, customer.password)).toEqual({ ok: false, error: "invalid" });
    expect(await auditActions(db, customer.id)).toContain("customer.unfreeze.rejected");
    await expect(request(customer.id)).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("lets only the requester withdraw", async () => {
    const customer = await frozenCustomer();
    const { id: requestId } = await request(customer.id);
    await expect(as("admin").customerAccount.withdrawUnfreeze({ requestId })).rejects.toSatisfy(
      refused("FORBIDDEN", "unfreeze.notRequester"),
    );
    expect(await as("securityLead").customerAccount.withdrawUnfreeze({ requestId })).toEqual({
      status: "withdrawn",
      unfrozen: false,
    });
    expect(await db.unfreezeRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "withdrawn",
      decidedById: null,
    });
    expect(await auditActions(db, customer.id)).toContain("customer.unfreeze.withdrawn");
  });

  it("lets one of two approvals at once win; the other gets CONFLICT", async () => {
    const customer = await frozenCustomer();
    const { id: requestId } = await as("admin").customerAccount.requestUnfreeze({
      customerId: customer.id,
      identityChecked: true,
      reason: "登録情報が一致しました",
    });
    const results = await Promise.allSettled([
      as("securityLead").customerAccount.approveUnfreeze({ requestId }),
      as("fundsLead").customerAccount.approveUnfreeze({ requestId }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected && refused("CONFLICT", "unfreeze.notPending")(rejected.reason)).toBe(true);
    const approvals = (await auditActions(db, customer.id)).filter((a) => a === "customer.unfreeze.approved");
    expect(approvals).toHaveLength(1);
  });

  it("has the database refuse a self-approval too (four-eyes CHECK)", async () => {
    const customer = await frozenCustomer();
    const { id } = await request(customer.id);
    await expect(
      db.unfreezeRequest.update({
        where: { id },
        data: { status: "approved", decidedById: staff.securityLead.id },
      }),
    ).rejects.toThrow();
  });

  it("has the database keep one pending request per customer too (partial unique index)", async () => {
    const customer = await frozenCustomer();
    await request(customer.id);
    const direct = {
      customerId: customer.id,
      requestedById: staff.admin.id,
      reason: "別の経路からの申請",
    };
    await expect(db.unfreezeRequest.create({ data: direct })).rejects.toThrow();
    // Settled requests do not count: a rejected one may sit next to a new pending one.
    await db.unfreezeRequest.create({
      data: { ...direct, status: "rejected", decidedById: staff.fundsLead.id },
    });
    expect(await db.unfreezeRequest.count({ where: { customerId: customer.id } })).toBe(2);
  });
});
