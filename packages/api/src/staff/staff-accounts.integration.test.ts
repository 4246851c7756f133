import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../context/session";
import { signIn } from "../auth/sign-in";
import {
  adminCallerFor,
  auditActions,
  createCustomer,
  createStaff,
  freshIp,
  outbox,
  testClock,
  tokenFromEmail,
  totpCodeAt,
  uniqueEmail,
} from "../auth/testing/account-fixtures";

const failsWith = (code: TRPCError["code"], message?: string) => (error: unknown) =>
  error instanceof TRPCError && error.code === code && (message === undefined || error.message === message);

describe("staff accounts", () => {
  let db: Db;
  let close: () => Promise<void>;
  let adminSession: Session;
  const clock = testClock(new Date("2026-03-02T01:00:00Z"));
  const console = (session: Session | null) => adminCallerFor(db, { session, clock });
  const staffSignIn = (email: string, password: string, totpCode?: string) =>
    signIn(
      { db, now: clock.now(), ip: freshIp(), userAgent: "test" },
      { kind: "staff", email, password, totpCode },
    );

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db);
    const admin = await db.staff.findUniqueOrThrow({ where: { email: "admin@staff.example.jp" } });
    adminSession = { kind: "staff", staffId: admin.id, role: "admin" };
  }, 60_000);
  afterAll(async () => close());

  it("exists only by invitation: set-password link, then two-factor before anything else", async () => {
    const email = uniqueEmail("new.agent");
    const { id } = await console(adminSession).staffAdmin.invite({
      email: ` ${email.toUpperCase().replace(/@.*/, "")}@EXAMPLE.JP `,
      displayName: "新人 担当",
      role: "agent",
      teamKeys: ["funds", "general"],
    });
    const canonical = `${email.toUpperCase().replace(/@.*/, "")}@example.jp`;
    const [invite] = await outbox(db, { to: canonical, template: "staff_invite" });
    expect(invite).toMatchObject({ locale: "ja", data: { name: "新人 担当", expiresInHours: 72 } });
    expect(String(invite?.data.url)).toMatch(/^http:\/\/localhost:3001\/invite\?token=/);
    await expect(
      console(adminSession).staffAdmin.invite({
        email: canonical,
        displayName: "重複",
        role: "agent",
        teamKeys: ["funds"],
      }),
    ).rejects.toSatisfy(failsWith("CONFLICT", "staff.emailTaken"));

    // No password yet: sign-in is refused like any wrong password.
    expect(await staffSignIn(canonical, "anything-at-all-1")).toEqual({ ok: false, error: "invalid" });
    const token = await tokenFromEmail(db, canonical, "staff_invite");
    await expect(console(null).staffAuth.acceptInvite({ token, password: "password1234" })).rejects.toSatisfy(
      failsWith("BAD_REQUEST"),
    );
    expect(await console(null).staffAuth.acceptInvite({ token, password: "madoguchi-tantou-2026" })).toEqual({
      status: "password_set",
    });
    await expect(
      console(null).staffAuth.acceptInvite({ token, password: "madoguchi-tantou-2027" }),
    ).rejects.toSatisfy(failsWith("BAD_REQUEST", "account.link.used"));

    const first = await staffSignIn(canonical, "madoguchi-tantou-2026");
    expect(first).toMatchObject({ ok: true, enrollmentRequired: true, role: "agent" });
    const pending: Session = { kind: "staff_enrollment", staffId: id };
    await expect(console(pending).staff.me()).rejects.toSatisfy(
      failsWith("FORBIDDEN", "staff.twoFactorEnrollmentRequired"),
    );
    await expect(console(pending).staff.sessions.list()).rejects.toSatisfy(failsWith("FORBIDDEN"));
    const enrollment = await console(pending).staff.twoFactor.begin();
    const secret = enrollment.manualKey.replace(/\s/g, "");
    await console(pending).staff.twoFactor.confirm({
      enrollment: enrollment.enrollment,
      code: totpCodeAt(secret, clock.now()),
    });
    clock.advance(31_000);
    expect(await staffSignIn(canonical, "madoguchi-tantou-2026")).toEqual({
      ok: false,
      error: "second_factor_required",
    });
    expect(
      await staffSignIn(canonical, "madoguchi-tantou-2026", totpCodeAt(secret, clock.now())),
    ).toMatchObject({
      ok: true,
      enrollmentRequired: false,
    });
    expect(await console({ kind: "staff", staffId: id, role: "agent" }).staff.me()).toMatchObject({
      teams: [{ key: "funds" }, { key: "general" }],
    });
    expect(await auditActions(db, id)).toEqual(
      expect.arrayContaining([
        "staff.invited",
        "staff.invite_accepted",
        "auth.two_factor.enabled",
        "auth.signin.succeeded",
      ]),
    );
  });

  it("has no two-factor off switch for staff, only an admin reset that ends sessions", async () => {
    const staff = await createStaff(db);
    const session: Session = { kind: "staff", staffId: staff.id, role: "agent" };
    const enrollment = await console(session).staff.twoFactor.begin();
    const secret = enrollment.manualKey.replace(/\s/g, "");
    await console(session).staff.twoFactor.confirm({
      enrollment: enrollment.enrollment,
      code: totpCodeAt(secret, clock.now()),
    });
    expect("disable" in console(session).staff.twoFactor).toBe(false);
    clock.advance(31_000);
    const signedIn = await staffSignIn(staff.email, staff.password, totpCodeAt(secret, clock.now()));
    if (!signedIn.ok) throw new Error("sign-in failed");

    expect(await console(adminSession).staffAdmin.resetTwoFactor({ staffId: staff.id })).toMatchObject({
      sessionsEnded: 1,
    });
    expect(
      (await db.authSession.findUniqueOrThrow({ where: { id: signedIn.sessionId } })).revokedAt,
    ).not.toBeNull();
    expect(await staffSignIn(staff.email, staff.password)).toMatchObject({
      ok: true,
      enrollmentRequired: true,
    });
    expect(await outbox(db, { to: staff.email, template: "two_factor_changed" })).toHaveLength(2);
    await expect(
      console(adminSession).staffAdmin.resetTwoFactor({
        staffId: adminSession.kind === "staff" ? adminSession.staffId : "",
      }),
    ).rejects.toSatisfy(failsWith("CONFLICT", "staff.notOnSelf"));
  });

  it("deactivates (not oneself), ends sessions, and reactivates without reviving them", async () => {
    const staff = await createStaff(db);
    const signedIn = await staffSignIn(staff.email, staff.password);
    if (!signedIn.ok) throw new Error("sign-in failed");
    const admin = console(adminSession).staffAdmin;
    await expect(
      admin.deactivate({ staffId: adminSession.kind === "staff" ? adminSession.staffId : "" }),
    ).rejects.toSatisfy(failsWith("CONFLICT"));
    expect(await admin.deactivate({ staffId: staff.id })).toMatchObject({ changed: true, sessionsEnded: 1 });
    expect(await staffSignIn(staff.email, staff.password)).toEqual({ ok: false, error: "invalid" });
    expect((await admin.list()).find((s) => s.id === staff.id)).toMatchObject({
      active: false,
      passwordSet: true,
    });
    expect(await admin.reactivate({ staffId: staff.id })).toEqual({ changed: true });
    expect(
      (await db.authSession.findUniqueOrThrow({ where: { id: signedIn.sessionId } })).revokedAt,
    ).not.toBeNull();
    expect(await staffSignIn(staff.email, staff.password)).toMatchObject({ ok: true });
    await expect(admin.deactivate({ staffId: "00000000-0000-4000-8000-000000000000" })).rejects.toSatisfy(
      failsWith("NOT_FOUND"),
    );
    expect(await auditActions(db, staff.id)).toEqual(
      expect.arrayContaining(["staff.deactivated", "staff.reactivated"]),
    );
  });

  it("keeps a member's language on their account, for the emails the console sends them", async () => {
    const staff = await createStaff(db);
    const session = { kind: "staff" as const, staffId: staff.id, role: "agent" as const };
    expect(await console(session).staff.setLocale({ locale: "en" })).toEqual({ locale: "en" });
    expect((await db.staff.findUniqueOrThrow({ where: { id: staff.id } })).locale).toBe("en");
    await expect(console(session).staff.setLocale({ locale: "fr" as "en" })).rejects.toSatisfy(
      failsWith("BAD_REQUEST"),
    );
    expect((await db.staff.findUniqueOrThrow({ where: { id: staff.id } })).locale).toBe("en");
  });

  it("resends a set-password link to a member who forgot their password", async () => {
    const staff = await createStaff(db);
    const before = await staffSignIn(staff.email, staff.password);
    await console(adminSession).staffAdmin.resendInvite({ staffId: staff.id });
    const token = await tokenFromEmail(db, staff.email, "staff_invite");
    await console(null).staffAuth.acceptInvite({ token, password: "wasureta-kara-atarashiku" });
    expect(
      before.ok && (await db.authSession.findUniqueOrThrow({ where: { id: before.sessionId } })).revokedAt,
    ).toBeTruthy();
    expect(await staffSignIn(staff.email, "wasureta-kara-atarashiku")).toMatchObject({ ok: true });
    expect(await outbox(db, { to: staff.email, template: "password_changed" })).toHaveLength(1);
  });

  it("locks staff too, with an unlock link to the console, or an admin unlock", async () => {
    const staff = await createStaff(db);
    for (let i = 0; i < 5; i++) await staffSignIn(staff.email, `wrong-password-${i}`);
    const [locked] = await outbox(db, { to: staff.email, template: "account_locked" });
    expect(String(locked?.data.unlockUrl)).toMatch(/^http:\/\/localhost:3001\/unlock\?token=/);
    expect(await staffSignIn(staff.email, staff.password)).toEqual({ ok: false, error: "invalid" });
    expect(await console(adminSession).staffAdmin.unlock({ staffId: staff.id })).toEqual({ wasLocked: true });
    expect(await staffSignIn(staff.email, staff.password)).toMatchObject({ ok: true });

    for (let i = 0; i < 5; i++) await staffSignIn(staff.email, `wrong-password-${i}`);
    const token = await tokenFromEmail(db, staff.email, "account_locked", "unlockUrl");
    expect(await console(null).staffAuth.unlock({ token })).toEqual({ unlocked: true });
    expect(await staffSignIn(staff.email, staff.password)).toMatchObject({ ok: true });
  });

  it("lets support lift a customer's lock, but not with a customer's link on the console", async () => {
    const customer = await createCustomer(db);
    const attempt = (password: string) =>
      signIn(
        { db, now: clock.now(), ip: freshIp(), userAgent: "test" },
        { kind: "customer", email: customer.email, password },
      );
    for (let i = 0; i < 5; i++) await attempt(`wrong-password-${i}`);
    const token = await tokenFromEmail(db, customer.email, "account_locked", "unlockUrl");
    await expect(console(null).staffAuth.unlock({ token })).rejects.toSatisfy(
      failsWith("BAD_REQUEST", "account.link.invalid"),
    );
    const lead = await db.staff.findUniqueOrThrow({ where: { email: "lead.general@staff.example.jp" } });
    const support = console({ kind: "staff", staffId: lead.id, role: "lead" }).customerAccount;
    expect(await support.state({ customerId: customer.id })).toMatchObject({ failedSignIns: 5 });
    expect(await support.unlock({ customerId: customer.id })).toEqual({ wasLocked: true });
    expect(await attempt(customer.password)).toMatchObject({ ok: true });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { objectId: customer.id, action: "auth.account.unlocked" },
      select: { actorKind: true, actorId: true, data: true },
    });
    expect(audit).toMatchObject({ actorKind: "staff", actorId: lead.id, data: { by: "staff" } });
  });
});
