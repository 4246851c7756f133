import type { Db } from "@madoguchi/db/client/create-client";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context/context";
import { signIn } from "../auth/sign-in";
import {
  adminCallerFor,
  auditActions,
  createCustomer,
  freshIp,
  outbox,
  testClock,
  tokenFromEmail,
  uniqueEmail,
  webCallerFor,
} from "../auth/testing/account-fixtures";
import { createCallerFactory, router } from "../trpc/init";
import { verifiedCustomerProcedure } from "../trpc/procedures";
import { registerAccountFrozenHook } from "./account-frozen-hooks";

const failsWith = (code: TRPCError["code"], message?: string) => (error: unknown) =>
  error instanceof TRPCError && error.code === code && (message === undefined || error.message === message);

describe("customer account flows without signing in", () => {
  let db: Db;
  let close: () => Promise<void>;
  let leadId: string;
  const clock = testClock(new Date("2026-03-02T01:00:00Z"));
  const anonymous = () => webCallerFor(db, { clock });
  const as = (customerId: string, sessionId?: string) =>
    webCallerFor(db, {
      session: { kind: "customer", customerId, ...(sessionId ? { sessionId } : {}) },
      clock,
    });
  const signInWith = (email: string, password: string) =>
    signIn({ db, now: clock.now(), ip: freshIp(), userAgent: "test" }, { kind: "customer", email, password });

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db);
    leadId = (await db.staff.findUniqueOrThrow({ where: { email: "lead.security@staff.example.jp" } })).id;
  }, 60_000);
  afterAll(async () => close());

  describe("sign-up and verification", () => {
    const probe = createCallerFactory(router({ probe: verifiedCustomerProcedure.query(() => "filed") }));

    it("opens an unverified account and emails a one-time verification link", async () => {
      const email = uniqueEmail("new.customer");
      const typed = email.toUpperCase().replace("@", "＠");
      expect(
        await anonymous().auth.signUp({
          email: typed,
          password: "ume-no-hana-saku-koro",
          fullName: "新規　顧客",
          locale: "en",
        }),
      ).toEqual({ status: "check_email" });
      const canonical = `${email.split("@")[0]?.toUpperCase()}@${email.split("@")[1]}`;
      const customer = await db.customer.findUniqueOrThrow({ where: { email: canonical } });
      expect(customer).toMatchObject({ fullName: "新規 顧客", locale: "en", emailVerifiedAt: null });
      expect(customer.passwordHash).toMatch(/^\$argon2id\$/);
      const [mail] = await outbox(db, { to: canonical, template: "verify_email" });
      expect(mail).toMatchObject({ locale: "en", data: { name: "新規 顧客", expiresInHours: 24 } });
      expect(String(mail?.data.url)).toMatch(/^http:\/\/localhost:3000\/en\/account\/verify-email\?token=/);

      const ctx = createContext({
        db,
        session: { kind: "customer", customerId: customer.id },
        now: clock.now,
      });
      expect(await as(customer.id).account.profile()).toMatchObject({
        verified: false,
        plan: { code: "standard" },
      });
      await expect(probe(ctx).probe()).rejects.toSatisfy(failsWith("FORBIDDEN", "account.emailNotVerified"));
      await expect(as(customer.id).account.twoFactor.begin()).rejects.toSatisfy(failsWith("FORBIDDEN"));

      const token = await tokenFromEmail(db, canonical, "verify_email");
      expect(await anonymous().auth.verifyEmail({ token })).toEqual({ verified: true });
      expect(await as(customer.id).account.profile()).toMatchObject({ verified: true });
      expect(await probe(ctx).probe()).toBe("filed");
      await expect(anonymous().auth.verifyEmail({ token })).rejects.toSatisfy(
        failsWith("BAD_REQUEST", "account.link.used"),
      );
      expect(await auditActions(db, customer.id)).toEqual(["auth.signup", "auth.email.verified"]);
    });

    it("refuses an expired verification link, and resends a fresh one", async () => {
      const email = uniqueEmail("late");
      await anonymous().auth.signUp({ email, password: "ume-no-hana-saku-koro", fullName: "遅い 人" });
      const customer = await db.customer.findUniqueOrThrow({ where: { email } });
      const stale = await tokenFromEmail(db, email, "verify_email");
      clock.advance(25 * 3_600_000);
      await expect(anonymous().auth.verifyEmail({ token: stale })).rejects.toSatisfy(
        failsWith("BAD_REQUEST", "account.link.expired"),
      );
      expect(await as(customer.id).account.resendVerification()).toEqual({ sent: true });
      const fresh = await tokenFromEmail(db, email, "verify_email");
      expect(fresh).not.toBe(stale);
      expect(await anonymous().auth.verifyEmail({ token: fresh })).toEqual({ verified: true });
      expect(await as(customer.id).account.resendVerification()).toEqual({ sent: false });
    });

    it("answers a taken address the same, and mails its owner a reset link instead", async () => {
      const existing = await createCustomer(db);
      expect(
        await anonymous().auth.signUp({
          email: existing.email,
          password: "ume-no-hana-saku-koro",
          fullName: "別人",
        }),
      ).toEqual({ status: "check_email" });
      expect(await db.customer.count({ where: { email: existing.email } })).toBe(1);
      const shouted = existing.email.replace(/^[^@]+/, (local) => local.toUpperCase());
      expect(
        await anonymous().auth.signUp({
          email: shouted,
          password: "ume-no-hana-saku-koro",
          fullName: "別人",
        }),
      ).toEqual({ status: "check_email" });
      expect(await db.customer.count({ where: { email: shouted } })).toBe(0);
      expect(await outbox(db, { to: existing.email, template: "verify_email" })).toEqual([]);
      expect(await outbox(db, { to: existing.email, template: "reset_password" })).toHaveLength(2);
    });

    it.each([
      ["short", "account.password.tooShort"],
      ["password1234", "account.password.common"],
      ["sakura2024!!", "account.password.common"],
    ])("refuses the password %j", async (password, key) => {
      const result = anonymous().auth.signUp({ email: uniqueEmail("weak"), password, fullName: "弱い 人" });
      await expect(result).rejects.toSatisfy(
        (error: unknown) =>
          error instanceof TRPCError && error.code === "BAD_REQUEST" && error.message.includes(key),
      );
    });

    it("refuses a list of addresses and a password made of the address", async () => {
      await expect(
        anonymous().auth.signUp({
          email: "a@example.jp, b@example.jp",
          password: "ume-no-hana-saku-koro",
          fullName: "x",
        }),
      ).rejects.toSatisfy(failsWith("BAD_REQUEST"));
      await expect(
        anonymous().auth.signUp({
          email: "yamada.hanako77@example.jp",
          password: "yamada.hanako77!",
          fullName: "x",
        }),
      ).rejects.toSatisfy(failsWith("BAD_REQUEST", "account.password.personal"));
    });
  });

  describe("password reset", () => {
    it("answers an unknown address the same and sends nothing", async () => {
      const email = uniqueEmail("ghost");
      expect(await anonymous().auth.requestPasswordReset({ email })).toEqual({ status: "check_email" });
      expect(await outbox(db, { to: email })).toEqual([]);
    });

    it("resets once with the emailed link, ending sessions and lifting a lock", async () => {
      const customer = await createCustomer(db);
      const first = await signInWith(customer.email, customer.password);
      await db.customer.update({
        where: { id: customer.id },
        data: { lockedUntil: new Date(clock.now().getTime() + 600_000), failedSignIns: 5 },
      });
      await anonymous().auth.requestPasswordReset({ email: customer.email });
      const [mail] = await outbox(db, { to: customer.email, template: "reset_password" });
      expect(mail).toMatchObject({ locale: "ja", data: { name: "山田 花子", expiresInMinutes: 30 } });
      const token = await tokenFromEmail(db, customer.email, "reset_password");
      const stored = await db.authToken.findFirstOrThrow({
        where: { customerId: customer.id, purpose: "reset_password" },
      });
      expect(stored.tokenHash).not.toContain(token);
      expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

      await expect(anonymous().auth.resetPassword({ token, password: "password1234" })).rejects.toSatisfy(
        failsWith("BAD_REQUEST"),
      );
      expect(await anonymous().auth.resetPassword({ token, password: "atarashii-aikotoba-2026" })).toEqual({
        status: "reset",
      });
      await expect(
        anonymous().auth.resetPassword({ token, password: "mata-atarashii-2026" }),
      ).rejects.toSatisfy(failsWith("BAD_REQUEST", "account.link.used"));
      expect(
        first.ok && (await db.authSession.findUniqueOrThrow({ where: { id: first.sessionId } })).revokedAt,
      ).toBeTruthy();
      const row = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
      expect(row).toMatchObject({ sessionVersion: 2, lockedUntil: null, failedSignIns: 0 });
      expect(await signInWith(customer.email, customer.password)).toMatchObject({ ok: false });
      expect(await signInWith(customer.email, "atarashii-aikotoba-2026")).toMatchObject({ ok: true });
      expect(await outbox(db, { to: customer.email, template: "password_changed" })).toHaveLength(1);
      expect(await auditActions(db, customer.id)).toEqual(
        expect.arrayContaining(["auth.password.reset_requested", "auth.password.reset"]),
      );
    });

    it("refuses a reset link after thirty minutes, and an older link once a newer one exists", async () => {
      const customer = await createCustomer(db);
      await anonymous().auth.requestPasswordReset({ email: customer.email });
      const older = await tokenFromEmail(db, customer.email, "reset_password");
      await anonymous().auth.requestPasswordReset({ email: customer.email });
      const newer = await tokenFromEmail(db, customer.email, "reset_password");
      await expect(
        anonymous().auth.resetPassword({ token: older, password: "atarashii-aikotoba-2026" }),
      ).rejects.toSatisfy(failsWith("BAD_REQUEST", "account.link.used"));
      clock.advance(31 * 60_000);
      await expect(
        anonymous().auth.resetPassword({ token: newer, password: "atarashii-aikotoba-2026" }),
      ).rejects.toSatisfy(failsWith("BAD_REQUEST", "account.link.expired"));
    });

    it("stops mailing one address after three links an hour, answering the same", async () => {
      const customer = await createCustomer(db);
      for (let i = 0; i < 5; i++) {
        expect(await anonymous().auth.requestPasswordReset({ email: customer.email })).toEqual({
          status: "check_email",
        });
      }
      expect(await outbox(db, { to: customer.email, template: "reset_password" })).toHaveLength(3);
    });
  });

  describe("emergency freeze", () => {
    it("freezes by emailed confirmation: sessions end, sign-in is refused, the hook runs in the same transaction", async () => {
      const customer = await createCustomer(db);
      const session = await signInWith(customer.email, customer.password);
      const seen: string[] = [];
      const unregister = registerAccountFrozenHook(async (tx, event) => {
        seen.push(`${event.customerId}:${event.source}`);
        await recordAudit(tx, {
          actorKind: "system",
          action: "test.frozen_hook",
          objectType: "customer",
          objectId: event.customerId,
        });
      });
      try {
        expect(await anonymous().auth.requestFreeze({ email: uniqueEmail("nobody") })).toEqual({
          status: "check_email",
        });
        expect(await anonymous().auth.requestFreeze({ email: customer.email })).toEqual({
          status: "check_email",
        });
        const [confirm] = await outbox(db, { to: customer.email, template: "freeze_confirm" });
        expect(confirm).toMatchObject({ locale: "ja", data: { expiresInMinutes: 30 } });
        const token = await tokenFromEmail(db, customer.email, "freeze_confirm");
        expect(await anonymous().auth.confirmFreeze({ token })).toEqual({ frozen: true });
      } finally {
        unregister();
      }
      expect(seen).toEqual([`${customer.id}:email_link`]);
      const row = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
      expect(row.frozenAt).not.toBeNull();
      expect(
        session.ok &&
          (await db.authSession.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedAt,
      ).toBeTruthy();
      expect(await signInWith(customer.email, customer.password)).toEqual({ ok: false, error: "invalid" });
      expect(await outbox(db, { to: customer.email, template: "account_frozen" })).toHaveLength(1);
      expect(await auditActions(db, customer.id)).toEqual(
        expect.arrayContaining(["auth.account.freeze_requested", "auth.account.frozen", "test.frozen_hook"]),
      );
      // A frozen account gets no reset link (the freeze holds until staff lift it).
      await anonymous().auth.requestPasswordReset({ email: customer.email });
      expect(await outbox(db, { to: customer.email, template: "reset_password" })).toEqual([]);

      const support = adminCallerFor(db, {
        session: { kind: "staff", staffId: leadId, role: "lead" },
        clock,
      });
      expect(await support.customerAccount.state({ customerId: customer.id })).toMatchObject({
        frozenAt: row.frozenAt,
      });
      // Two people: the lead asks after the identity checks, an admin approves.
      const { id: requestId } = await support.customerAccount.requestUnfreeze({
        customerId: customer.id,
        identityChecked: true,
        reason: "本人確認済み（登録情報と一致）",
      });
      expect(await signInWith(customer.email, customer.password)).toEqual({ ok: false, error: "invalid" });
      const admin = await db.staff.findUniqueOrThrow({ where: { email: "admin@staff.example.jp" } });
      const approver = adminCallerFor(db, {
        session: { kind: "staff", staffId: admin.id, role: "admin" },
        clock,
      });
      expect(await approver.customerAccount.approveUnfreeze({ requestId })).toEqual({
        status: "approved",
        unfrozen: true,
      });
      expect(await signInWith(customer.email, customer.password)).toMatchObject({ ok: true });
      expect(await auditActions(db, customer.id)).toContain("auth.account.unfrozen");
    });

    it("rolls the freeze back when a hook fails: nothing half-done", async () => {
      const customer = await createCustomer(db);
      const unregister = registerAccountFrozenHook(async () => {
        throw new Error("ticket system down");
      });
      try {
        await expect(as(customer.id).account.freeze()).rejects.toThrow();
      } finally {
        unregister();
      }
      expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).frozenAt).toBeNull();
      expect(await outbox(db, { to: customer.email, template: "account_frozen" })).toEqual([]);
    });

    it("freezes at once while signed in", async () => {
      const customer = await createCustomer(db);
      expect(await as(customer.id).account.freeze()).toEqual({ frozen: true });
      expect(await as(customer.id).account.freeze()).toEqual({ frozen: true });
      expect(await outbox(db, { to: customer.email, template: "account_frozen" })).toHaveLength(1);
      expect(await as(customer.id).account.profile()).toMatchObject({ frozen: true });
    });
  });
});
