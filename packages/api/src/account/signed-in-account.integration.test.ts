import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../auth/sign-in";
import {
  auditActions,
  createCustomer,
  freshIp,
  outbox,
  testClock,
  tokenFromEmail,
  totpCodeAt,
  uniqueEmail,
  webCallerFor,
} from "../auth/testing/account-fixtures";

const failsWith = (code: TRPCError["code"], message?: string) => (error: unknown) =>
  error instanceof TRPCError && error.code === code && (message === undefined || error.message === message);

describe("signed-in customer account changes", () => {
  let db: Db;
  let close: () => Promise<void>;
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
  }, 60_000);
  afterAll(async () => close());

  describe("signed-in account changes", () => {
    it("updates name, date of birth and language, never the plan", async () => {
      const customer = await createCustomer(db);
      const profile = await as(customer.id).account.updateProfile({
        fullName: "山田　花子",
        dateOfBirth: "1990-04-12",
        locale: "en",
      });
      expect(profile).toMatchObject({ fullName: "山田 花子", dateOfBirth: "1990-04-12", locale: "en" });
      await expect(
        as(customer.id).account.updateProfile({ fullName: "山田 花子", dateOfBirth: "2099-01-01" }),
      ).rejects.toSatisfy(failsWith("BAD_REQUEST", "account.dateOfBirth.invalid"));
    });

    it("changes the address after the link at the new one, telling the old one", async () => {
      const customer = await createCustomer(db);
      const newEmail = uniqueEmail("moved");
      await expect(
        as(customer.id).account.requestEmailChange({ newEmail, password: "wrong-password-1" }),
      ).rejects.toSatisfy(failsWith("BAD_REQUEST", "account.password.incorrect"));
      expect(
        await as(customer.id).account.requestEmailChange({ newEmail, password: customer.password }),
      ).toEqual({
        status: "check_email",
      });
      expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).email).toBe(
        customer.email,
      );
      const token = await tokenFromEmail(db, newEmail, "email_change_confirm");
      expect(await anonymous().auth.confirmEmailChange({ token })).toEqual({ status: "changed" });
      expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).email).toBe(newEmail);
      const [notice] = await outbox(db, { to: customer.email, template: "email_change_notice" });
      expect(notice?.data.newEmailMasked).toBe(`mo***@ex***.jp`);
      expect(await signInWith(newEmail, customer.password)).toMatchObject({ ok: true });
      await expect(anonymous().auth.confirmEmailChange({ token })).rejects.toSatisfy(
        failsWith("BAD_REQUEST"),
      );
    });

    it("refuses to move onto an address another account took meanwhile", async () => {
      const customer = await createCustomer(db);
      const newEmail = uniqueEmail("contested");
      await as(customer.id).account.requestEmailChange({ newEmail, password: customer.password });
      await createCustomer(db, { email: newEmail });
      const token = await tokenFromEmail(db, newEmail, "email_change_confirm");
      await expect(anonymous().auth.confirmEmailChange({ token })).rejects.toSatisfy(
        failsWith("CONFLICT", "account.email.unavailable"),
      );
    });

    it("changes the password with the current one, optionally signing out the other devices", async () => {
      const customer = await createCustomer(db);
      const here = await signInWith(customer.email, customer.password);
      const there = await signInWith(customer.email, customer.password);
      if (!here.ok || !there.ok) throw new Error("sign-in failed");
      const account = as(customer.id, here.sessionId).account;
      await expect(
        account.changePassword({
          currentPassword: "wrong-password-1",
          newPassword: "atarashii-aikotoba-2026",
        }),
      ).rejects.toSatisfy(failsWith("BAD_REQUEST", "account.password.incorrect"));
      expect(
        await account.changePassword({
          currentPassword: customer.password,
          newPassword: "atarashii-aikotoba-2026",
          signOutOtherSessions: true,
        }),
      ).toEqual({ changed: true, sessionsRevoked: 1 });
      const revoked = async (id: string) =>
        (await db.authSession.findUniqueOrThrow({ where: { id } })).revokedAt !== null;
      expect(await revoked(here.sessionId)).toBe(false);
      expect(await revoked(there.sessionId)).toBe(true);
      expect(await outbox(db, { to: customer.email, template: "password_changed" })).toHaveLength(1);
    });

    it("throttles re-authentication guesses", async () => {
      const customer = await createCustomer(db);
      for (let i = 0; i < 5; i++) {
        await expect(
          as(customer.id).account.changePassword({
            currentPassword: `guess-${i}-guess`,
            newPassword: "atarashii-aikotoba-2026",
          }),
        ).rejects.toSatisfy(failsWith("BAD_REQUEST"));
      }
      await expect(
        as(customer.id).account.changePassword({
          currentPassword: customer.password,
          newPassword: "atarashii-aikotoba-2026",
        }),
      ).rejects.toSatisfy(failsWith("TOO_MANY_REQUESTS"));
    });
  });

  describe("two-factor and sessions", () => {
    it("enrolls with a code, refuses a wrong one, and turns off only with the password", async () => {
      const customer = await createCustomer(db);
      const here = await signInWith(customer.email, customer.password);
      const there = await signInWith(customer.email, customer.password);
      if (!here.ok || !there.ok) throw new Error("sign-in failed");
      const twoFactor = as(customer.id, here.sessionId).account.twoFactor;
      const enrollment = await twoFactor.begin();
      expect(enrollment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
      expect(enrollment.manualKey).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
      expect(enrollment.otpauthUri).toContain("issuer=MiraiCoin");
      const secret = enrollment.manualKey.replace(/\s/g, "");
      await expect(
        twoFactor.confirm({ enrollment: enrollment.enrollment, code: totpCodeAt(secret, clock.now(), 3) }),
      ).rejects.toSatisfy(failsWith("BAD_REQUEST", "account.twoFactor.codeInvalid"));
      // An enrollment is bound to its account: another customer cannot confirm it.
      const other = await createCustomer(db);
      await expect(
        as(other.id).account.twoFactor.confirm({
          enrollment: enrollment.enrollment,
          code: totpCodeAt(secret, clock.now()),
        }),
      ).rejects.toSatisfy(failsWith("BAD_REQUEST", "account.twoFactor.enrollmentInvalid"));
      const { recoveryCodes } = await twoFactor.confirm({
        enrollment: enrollment.enrollment,
        code: totpCodeAt(secret, clock.now()),
        signOutOtherSessions: true,
      });
      expect(recoveryCodes).toHaveLength(10);
      expect(
        (await db.authSession.findUniqueOrThrow({ where: { id: there.sessionId } })).revokedAt,
      ).not.toBeNull();
      const stored = await db.recoveryCode.findMany({
        where: { customerId: customer.id },
        select: { codeHash: true },
      });
      expect(stored).toHaveLength(10);
      expect(stored.map((row) => row.codeHash)).not.toContain(recoveryCodes[0]);
      await expect(twoFactor.begin()).rejects.toSatisfy(failsWith("CONFLICT"));

      const regenerated = await twoFactor.regenerateRecoveryCodes({ password: customer.password });
      expect(regenerated.recoveryCodes).not.toEqual(recoveryCodes);

      await expect(twoFactor.disable({ password: "wrong-password-1" })).rejects.toSatisfy(
        failsWith("BAD_REQUEST"),
      );
      expect(await twoFactor.disable({ password: customer.password })).toEqual({ disabled: true });
      expect(await twoFactor.status()).toEqual({ enabled: false, recoveryCodesRemaining: 0 });
      const changes = await outbox(db, { to: customer.email, template: "two_factor_changed" });
      expect(changes.map((mail) => mail.data.enabled)).toEqual([true, false]);
      expect(await auditActions(db, customer.id)).toEqual(
        expect.arrayContaining([
          "auth.two_factor.enabled",
          "auth.two_factor.recovery_codes_regenerated",
          "auth.two_factor.disabled",
        ]),
      );
    });

    it("lists devices, signs one out, and all others; another's session is NOT_FOUND", async () => {
      const customer = await createCustomer(db);
      const stranger = await createCustomer(db);
      const sessions = [];
      for (let i = 0; i < 3; i++) sessions.push(await signInWith(customer.email, customer.password));
      const strangers = await signInWith(stranger.email, stranger.password);
      const ids = sessions.map((s) => (s.ok ? s.sessionId : ""));
      const mine = as(customer.id, ids[0]).account.sessions;
      expect((await mine.list()).map((s) => s.id).sort()).toEqual([...ids].sort());
      await expect(mine.revoke({ sessionId: strangers.ok ? strangers.sessionId : "" })).rejects.toSatisfy(
        failsWith("NOT_FOUND"),
      );
      await mine.revoke({ sessionId: ids[1] ?? "" });
      expect(await mine.revokeAll({})).toEqual({ revoked: 1 });
      expect((await mine.list()).map((s) => s.id)).toEqual([ids[0]]);
      expect(await outbox(db, { to: customer.email, template: "sessions_revoked" })).toHaveLength(1);
      expect(await mine.revokeAll({ includeCurrent: true })).toEqual({ revoked: 1 });
      expect(await mine.list()).toEqual([]);
    });
  });
});
