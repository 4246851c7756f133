import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, provisionDemoPasswords } from "./demo-credentials";
import { signIn, type SignInAttempt } from "./sign-in";
import {
  auditActions,
  createCustomer,
  freshIp,
  outbox,
  testClock,
  tokenFromEmail,
  totpCodeAt,
  webCallerFor,
} from "./testing/account-fixtures";

describe("customer sign-in", () => {
  let db: Db;
  let close: () => Promise<void>;
  const clock = testClock(new Date("2026-03-02T01:00:00Z"));

  const attempt = (input: Omit<SignInAttempt, "kind">, ip = freshIp()) =>
    signIn(
      {
        db,
        now: clock.now(),
        ip,
        userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1",
      },
      { kind: "customer", ...input },
    );

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db);
  }, 60_000);
  afterAll(async () => close());

  it("signs in with email and password, opening an AuthSession row and an audit entry", async () => {
    const customer = await createCustomer(db);
    const ip = freshIp();
    // Typed with a Japanese IME in full width, with stray spaces: the same address.
    const typed = ` ${customer.email.replace("@", "＠")} `;
    const result = await attempt({ email: typed, password: customer.password }, ip);
    expect(result).toMatchObject({ ok: true, subject: customer.subject, enrollmentRequired: false });
    if (!result.ok) return;
    const row = await db.authSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(row).toMatchObject({ customerId: customer.id, ip, revokedAt: null, subjectKind: "customer" });
    expect(row.place).toBe("unknown");
    expect(row.expiresAt.getTime() - clock.now().getTime()).toBe(14 * 24 * 3_600_000);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { objectId: customer.id, action: "auth.signin.succeeded" },
      select: { ip: true, userAgent: true, actorKind: true, data: true },
    });
    expect(audit).toMatchObject({ ip, actorKind: "customer" });
    expect(audit.userAgent).toContain("iPhone");
    expect(JSON.stringify(audit.data)).not.toContain(customer.password);
  });

  it("gives the demo accounts a known password, once, without touching others", async () => {
    const other = await createCustomer(db);
    expect(await provisionDemoPasswords(db)).toBe(4 + 11);
    expect(await provisionDemoPasswords(db)).toBe(0);
    expect(await attempt({ email: "hanako@example.jp", password: demoPassword })).toMatchObject({ ok: true });
    expect(await attempt({ email: other.email, password: other.password })).toMatchObject({ ok: true });
  });

  it("finds the account when the local part is typed in another case (a phone capitalized it)", async () => {
    const customer = await createCustomer(db, { email: `taro.${Date.now()}@example.jp` });
    const capitalized = customer.email.charAt(0).toUpperCase() + customer.email.slice(1);
    expect(await attempt({ email: capitalized, password: customer.password })).toMatchObject({ ok: true });
  });

  it("answers an unknown address, a wrong password, a locked and a frozen account identically", async () => {
    const wrong = await createCustomer(db);
    const locked = await createCustomer(db);
    const frozen = await createCustomer(db);
    await db.customer.update({
      where: { id: locked.id },
      data: { lockedUntil: new Date(clock.now().getTime() + 600_000), failedSignIns: 5 },
    });
    await db.customer.update({ where: { id: frozen.id }, data: { frozenAt: clock.now() } });

    const timed = async (input: Omit<SignInAttempt, "kind">) => {
      const started = performance.now();
      const result = await attempt(input);
      return { result, ms: performance.now() - started };
    };
    const cases = {
      unknown: { email: "nobody.here@example.jp", password: "whatever-it-is-123" },
      wrongPassword: { email: wrong.email, password: "not-the-password-123" },
      locked: { email: locked.email, password: locked.password },
      frozen: { email: frozen.email, password: frozen.password },
      malformed: { email: "not an address", password: "whatever-it-is-123" },
    };
    const runs: Record<string, number[]> = {};
    for (let round = 0; round < 3; round++) {
      for (const [name, input] of Object.entries(cases)) {
        const { result, ms } = await timed(input);
        expect(result, name).toEqual({ ok: false, error: "invalid" });
        (runs[name] ??= []).push(ms);
      }
    }
    // Every path hashes once (a dummy hash for an unknown address): none answers much faster.
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1] ?? 0;
    const reference = median(runs.wrongPassword ?? []);
    for (const [name, values] of Object.entries(runs)) {
      expect(median(values), name).toBeGreaterThan(reference * 0.4);
    }
    const reasons = await db.auditLog.findMany({
      where: { action: "auth.signin.failed", objectId: { in: [wrong.id, locked.id, frozen.id] } },
      select: { objectId: true, data: true },
    });
    expect(new Set(reasons.map((r) => (r.data as { reason: string }).reason))).toEqual(
      new Set(["bad_password", "locked", "frozen"]),
    );
  });

  it("locks after five failures, emails the owner an unlock link, and the link unlocks once", async () => {
    const customer = await createCustomer(db, { locale: "en", fullName: "Alex Morgan" });
    for (let i = 0; i < 5; i++) {
      expect(await attempt({ email: customer.email, password: `wrong-password-${i}` })).toEqual({
        ok: false,
        error: "invalid",
      });
    }
    const row = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(row.failedSignIns).toBe(5);
    expect(row.lockedUntil?.getTime()).toBe(clock.now().getTime() + 30 * 60_000);

    // Locked: even the right password is refused, and no second lock email goes out.
    expect(await attempt({ email: customer.email, password: customer.password })).toEqual({
      ok: false,
      error: "invalid",
    });
    await attempt({ email: customer.email, password: "wrong-again-123" });
    const emails = await outbox(db, { to: customer.email, template: "account_locked" });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ locale: "en", data: { name: "Alex Morgan", lockedMinutes: 30 } });
    expect(String(emails[0]?.data.unlockUrl)).toMatch(
      /^http:\/\/localhost:3000\/en\/unlock\?token=[\w-]{43}$/,
    );
    expect(await auditActions(db, customer.id)).toContain("auth.account.locked");

    const token = await tokenFromEmail(db, customer.email, "account_locked", "unlockUrl");
    const web = webCallerFor(db, { clock });
    expect(await web.auth.unlock({ token })).toEqual({ unlocked: true });
    expect(await attempt({ email: customer.email, password: customer.password })).toMatchObject({ ok: true });
    await expect(web.auth.unlock({ token })).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof TRPCError && error.code === "BAD_REQUEST" && error.message === "account.link.used",
    );
    expect(await auditActions(db, customer.id)).toEqual(expect.arrayContaining(["auth.account.unlocked"]));
  });

  it("lets a lock run out after thirty minutes", async () => {
    const customer = await createCustomer(db);
    for (let i = 0; i < 5; i++) await attempt({ email: customer.email, password: `wrong-password-${i}` });
    clock.advance(29 * 60_000);
    expect(await attempt({ email: customer.email, password: customer.password })).toMatchObject({
      ok: false,
    });
    clock.advance(2 * 60_000);
    expect(await attempt({ email: customer.email, password: customer.password })).toMatchObject({ ok: true });
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).failedSignIns).toBe(0);
  });

  it("throttles one IP guessing across many accounts, and only that IP", async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) {
      expect(
        await attempt({ email: `guess${i}@example.jp`, password: "password-guess-1" }, ip),
      ).toMatchObject({
        ok: false,
        error: "invalid",
      });
    }
    const refused = await attempt({ email: "guess21@example.jp", password: "password-guess-1" }, ip);
    expect(refused).toMatchObject({ ok: false, error: "rate_limited" });
    expect(
      refused.ok === false && refused.error === "rate_limited" && refused.retryAfterSeconds,
    ).toBeGreaterThan(0);
    const customer = await createCustomer(db);
    expect(await attempt({ email: customer.email, password: customer.password }, ip)).toMatchObject({
      error: "rate_limited",
    });
    expect(await attempt({ email: customer.email, password: customer.password })).toMatchObject({ ok: true });
  });

  it("asks for the second factor, refuses a wrong or replayed code, and takes a recovery code once", async () => {
    const customer = await createCustomer(db);
    const session = { kind: "customer" as const, customerId: customer.id };
    const web = webCallerFor(db, { session, clock });
    const enrollment = await web.account.twoFactor.begin();
    const secret = enrollment.manualKey.replace(/\s/g, "");
    const { recoveryCodes } = await web.account.twoFactor.confirm({
      enrollment: enrollment.enrollment,
      code: totpCodeAt(secret, clock.now()),
    });
    clock.advance(60_000);

    const base = { email: customer.email, password: customer.password };
    expect(await attempt(base)).toEqual({ ok: false, error: "second_factor_required" });
    expect(
      await attempt({ ...base, password: "wrong-password-1", totpCode: totpCodeAt(secret, clock.now()) }),
    ).toEqual({
      ok: false,
      error: "invalid",
    });
    const wrongCode = totpCodeAt(secret, clock.now(), 5);
    expect(await attempt({ ...base, totpCode: wrongCode })).toEqual({
      ok: false,
      error: "second_factor_invalid",
    });

    const code = totpCodeAt(secret, clock.now());
    expect(await attempt({ ...base, totpCode: code })).toMatchObject({ ok: true });
    expect(await attempt({ ...base, totpCode: code })).toEqual({ ok: false, error: "second_factor_invalid" });
    // One step of drift is fine (a phone clock a little off).
    expect(await attempt({ ...base, totpCode: totpCodeAt(secret, clock.now(), -1) })).toMatchObject({
      ok: true,
    });

    const recovery = recoveryCodes[3] ?? "";
    expect(await attempt({ ...base, recoveryCode: recovery.toUpperCase() })).toMatchObject({ ok: true });
    expect(await attempt({ ...base, recoveryCode: recovery })).toEqual({
      ok: false,
      error: "second_factor_invalid",
    });
    expect(await web.account.twoFactor.status()).toEqual({ enabled: true, recoveryCodesRemaining: 9 });
    const actions = await auditActions(db, customer.id);
    expect(actions).toEqual(
      expect.arrayContaining(["auth.two_factor.enabled", "auth.two_factor.recovery_code_used"]),
    );
    // The secret is stored sealed, never as the base32 the app was shown.
    const stored = await db.customer.findUniqueOrThrow({
      where: { id: customer.id },
      select: { totpSecret: true },
    });
    expect(stored.totpSecret).toMatch(/^v1\./);
    expect(stored.totpSecret).not.toContain(secret);
  });

  it("counts wrong codes toward the lock", async () => {
    const customer = await createCustomer(db);
    const web = webCallerFor(db, { session: { kind: "customer", customerId: customer.id }, clock });
    const enrollment = await web.account.twoFactor.begin();
    const secret = enrollment.manualKey.replace(/\s/g, "");
    await web.account.twoFactor.confirm({
      enrollment: enrollment.enrollment,
      code: totpCodeAt(secret, clock.now()),
    });
    for (let i = 0; i < 5; i++) {
      await attempt({
        email: customer.email,
        password: customer.password,
        totpCode: totpCodeAt(secret, clock.now(), 7 + i),
      });
    }
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).lockedUntil).not.toBeNull();
    expect(await outbox(db, { to: customer.email, template: "account_locked" })).toHaveLength(1);
  });
});
