import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authEnv } from "./env";
import { readSession, sessionSourceFor } from "./session-source";
import {
  adminCallerFor,
  auditActions,
  createCustomer,
  createStaff,
  freshIp,
  testClock,
  tokenFromEmail,
  totpCodeAt,
  webCallerFor,
} from "./testing/account-fixtures";
import { nextAuthBrowser } from "./testing/next-auth-harness";

describe("sessions behind the next-auth cookie", () => {
  let db: Db;
  let close: () => Promise<void>;
  const clock = testClock(new Date());
  const deps = () => ({ db: () => db, now: clock.now });
  const webSource = () => sessionSourceFor("web", deps());
  const adminSource = () => sessionSourceFor("admin", deps());

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db);
  }, 60_000);
  afterAll(async () => close());

  async function signedInCustomer() {
    const customer = await createCustomer(db);
    const ip = freshIp();
    const browser = nextAuthBrowser("web", { ...deps(), ip });
    const result = await browser.signIn({ email: customer.email, password: customer.password });
    expect(result).toMatchObject({ status: 200, error: null });
    const session = await webSource()(browser.request());
    expect(session).toMatchObject({ kind: "customer", customerId: customer.id });
    return { customer, browser, ip, sessionId: session?.sessionId ?? "" };
  }

  it("signs in through next-auth: HttpOnly Lax cookie, no secret in it, a session per sign-in", async () => {
    const { customer, browser, sessionId } = await signedInCustomer();
    const cookie = browser.jar.get("madoguchi-web.session") ?? "";
    expect(cookie.split(".")).toHaveLength(5); // JWE: encrypted, not merely signed
    expect(cookie).not.toContain(customer.id);
    expect(await browser.session()).toMatchObject({
      kind: "customer",
      verified: true,
      user: { name: "山田 花子" },
    });

    const second = nextAuthBrowser("web", { ...deps(), ip: freshIp() });
    await second.signIn({ email: customer.email, password: customer.password });
    const other = await webSource()(second.request());
    expect(other?.sessionId).toBeDefined();
    expect(other?.sessionId).not.toBe(sessionId);
  });

  it("sets the cookie HttpOnly and SameSite=Lax, and answers a wrong password with CredentialsSignin", async () => {
    const customer = await createCustomer(db);
    const browser = nextAuthBrowser("web", { ...deps(), ip: freshIp() });
    const failed = await browser.signIn({ email: customer.email, password: "not-the-password-1" });
    expect(failed).toMatchObject({ status: 401, error: "CredentialsSignin" });
    const ok = await browser.signIn({ email: customer.email, password: customer.password });
    const setCookie = ok.response.headers
      .getSetCookie()
      .find((line) => line.startsWith("madoguchi-web.session="));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
  });

  it("reports the second step and a wrong code as next-auth errors the page can read", async () => {
    const customer = await createCustomer(db);
    const web = webCallerFor(db, { session: { kind: "customer", customerId: customer.id }, clock });
    const enrollment = await web.account.twoFactor.begin();
    const secret = enrollment.manualKey.replace(/\s/g, "");
    await web.account.twoFactor.confirm({
      enrollment: enrollment.enrollment,
      code: totpCodeAt(secret, clock.now()),
    });
    clock.advance(31_000);
    const browser = nextAuthBrowser("web", { ...deps(), ip: freshIp() });
    const credentials = { email: customer.email, password: customer.password };
    expect(await browser.signIn(credentials)).toMatchObject({ status: 401, error: "SecondFactorRequired" });
    expect(
      await browser.signIn({ ...credentials, totpCode: totpCodeAt(secret, clock.now(), 4) }),
    ).toMatchObject({
      error: "SecondFactorInvalid",
    });
    expect(browser.jar.has("madoguchi-web.session")).toBe(false);
    expect(await browser.signIn({ ...credentials, totpCode: totpCodeAt(secret, clock.now()) })).toMatchObject(
      {
        status: 200,
        error: null,
      },
    );
    expect(await webSource()(browser.request())).toMatchObject({ customerId: customer.id });
  });

  it("rejects a revoked session at the very next request, and useSession() sees it too", async () => {
    const { customer, browser, sessionId } = await signedInCustomer();
    const other = nextAuthBrowser("web", { ...deps(), ip: freshIp() });
    await other.signIn({ email: customer.email, password: customer.password });
    const web = webCallerFor(db, {
      session: { kind: "customer", customerId: customer.id, sessionId },
      clock,
    });
    const list = await web.account.sessions.list();
    expect(list).toHaveLength(2);
    expect(list.find((s) => s.current)?.id).toBe(sessionId);
    const target = list.find((s) => !s.current);
    expect(target?.device.label).toBe("Safari · macOS");
    await web.account.sessions.revoke({ sessionId: target?.id ?? "" });
    expect(await webSource()(other.request())).toBeNull();
    expect(await other.session()).toEqual({});
    expect(other.jar.has("madoguchi-web.session")).toBe(false);
    expect(await webSource()(browser.request())).toMatchObject({ sessionId });
    expect(await auditActions(db, customer.id)).toContain("auth.session.revoked");
  });

  it("ends every session when the password is reset", async () => {
    const { customer, browser } = await signedInCustomer();
    const web = webCallerFor(db, { clock });
    await web.auth.requestPasswordReset({ email: customer.email });
    const token = await tokenFromEmail(db, customer.email, "reset_password");
    await web.auth.resetPassword({ token, password: "atarashii-aikotoba-2026" });
    expect(await webSource()(browser.request())).toBeNull();
    const rows = await db.authSession.findMany({
      where: { customerId: customer.id },
      select: { revokedAt: true },
    });
    expect(rows.every((row) => row.revokedAt !== null)).toBe(true);
  });

  it("ends every session on freeze, and on a bare session-version bump", async () => {
    const frozen = await signedInCustomer();
    await webCallerFor(db, {
      session: { kind: "customer", customerId: frozen.customer.id },
      clock,
    }).account.freeze();
    expect(await webSource()(frozen.browser.request())).toBeNull();

    const bumped = await signedInCustomer();
    await db.customer.update({
      where: { id: bumped.customer.id },
      data: { sessionVersion: { increment: 1 } },
    });
    expect(await webSource()(bumped.browser.request())).toBeNull();
  });

  it("expires a session row after fourteen days whatever the cookie says", async () => {
    const { browser } = await signedInCustomer();
    clock.advance(14 * 24 * 3_600_000 + 1_000);
    try {
      expect(await webSource()(browser.request())).toBeNull();
    } finally {
      clock.set(new Date());
    }
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const { browser, sessionId } = await signedInCustomer();
    const lastSeen = async () =>
      (await db.authSession.findUniqueOrThrow({ where: { id: sessionId }, select: { lastSeenAt: true } }))
        .lastSeenAt;
    const start = await lastSeen();
    clock.advance(30_000);
    await webSource()(browser.request());
    expect(await lastSeen()).toEqual(start);
    clock.advance(31_000);
    await webSource()(browser.request());
    expect((await lastSeen()).getTime()).toBe(clock.now().getTime());
  });

  it("refuses a tampered cookie, a cookie of the other app, and a token sealed with another secret", async () => {
    const { browser, customer, sessionId } = await signedInCustomer();
    const cookie = browser.jar.get("madoguchi-web.session") ?? "";
    const headersWith = (name: string, value: string) => new Headers({ cookie: `${name}=${value}` });
    const tampered = `${cookie.slice(0, -4)}AAAA`;
    expect(await readSession("web", headersWith("madoguchi-web.session", tampered), deps())).toBeNull();
    // The web cookie means nothing to the console: other name, other secret, other audience.
    expect(await adminSource()(browser.request())).toBeNull();
    expect(await readSession("admin", headersWith("madoguchi-admin.session", cookie), deps())).toBeNull();
    const claims = { sub: customer.id, sid: sessionId, kind: "customer", ver: 1 };
    const forged = await encode({ token: claims, secret: "someone-elses-secret-0123456789abcdef" });
    expect(await readSession("web", headersWith("madoguchi-web.session", forged), deps())).toBeNull();
    const genuine = await encode({ token: claims, secret: authEnv().secrets.web });
    expect(await readSession("web", headersWith("madoguchi-web.session", genuine), deps())).toMatchObject({
      sessionId,
    });
    const asAdmin = await encode({ token: claims, secret: authEnv().secrets.admin });
    expect(await readSession("admin", headersWith("madoguchi-admin.session", asAdmin), deps())).toBeNull();
  });

  it("signs out through next-auth: the row is revoked and the audit has the IP", async () => {
    const { customer, browser, ip, sessionId } = await signedInCustomer();
    await browser.signOut();
    expect(browser.jar.has("madoguchi-web.session")).toBe(false);
    const row = await db.authSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { revokedAt: true },
    });
    expect(row.revokedAt).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({
      where: { objectId: customer.id, action: "auth.signout" },
      select: { ip: true },
    });
    expect(audit.ip).toBe(ip);
  });

  it("answers HTTP 429 with Retry-After once an IP is throttled", async () => {
    const ip = freshIp();
    const browser = nextAuthBrowser("web", { ...deps(), ip });
    for (let i = 0; i < 20; i++) {
      expect(
        (await browser.signIn({ email: `nobody${i}@example.jp`, password: "guess-guess-1" })).status,
      ).toBe(401);
    }
    const limited = await browser.signIn({ email: "nobody@example.jp", password: "guess-guess-1" });
    expect(limited).toMatchObject({ status: 429, error: "RateLimited" });
    expect(Number(limited.response.headers.get("retry-after"))).toBeGreaterThan(0);
    const again = await browser.signIn({ email: "nobody@example.jp", password: "guess-guess-1" });
    expect(again.status).toBe(429);
  });

  it("gives staff without two-factor an enrollment-only session until they enroll", async () => {
    const staff = await createStaff(db, { role: "lead" });
    const browser = nextAuthBrowser("admin", { ...deps(), ip: freshIp() });
    expect(await browser.signIn({ email: staff.email, password: staff.password })).toMatchObject({
      error: null,
    });
    const pending = await adminSource()(browser.request());
    expect(pending).toMatchObject({ kind: "staff_enrollment", staffId: staff.id });
    expect(await browser.session()).toMatchObject({ kind: "staff", enrollmentRequired: true });

    const console = adminCallerFor(db, { session: pending, clock });
    await expect(console.staff.me()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "staff.twoFactorEnrollmentRequired",
    });
    await expect(console.staffAdmin.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const enrollment = await console.staff.twoFactor.begin();
    const secret = enrollment.manualKey.replace(/\s/g, "");
    const { recoveryCodes } = await console.staff.twoFactor.confirm({
      enrollment: enrollment.enrollment,
      code: totpCodeAt(secret, clock.now()),
    });
    expect(recoveryCodes).toHaveLength(10);

    const enrolled = await adminSource()(browser.request());
    expect(enrolled).toMatchObject({ kind: "staff", staffId: staff.id, role: "lead" });
    expect(await adminCallerFor(db, { session: enrolled, clock }).staff.me()).toMatchObject({ id: staff.id });

    // From now on the password alone is not enough.
    clock.advance(31_000);
    const next = nextAuthBrowser("admin", { ...deps(), ip: freshIp() });
    expect(await next.signIn({ email: staff.email, password: staff.password })).toMatchObject({
      error: "SecondFactorRequired",
    });
    expect(
      await next.signIn({
        email: staff.email,
        password: staff.password,
        totpCode: totpCodeAt(secret, clock.now()),
      }),
    ).toMatchObject({ error: null });
    expect(await adminSource()(next.request())).toMatchObject({ kind: "staff" });
  });

  it("rejects a deactivated staff member's sessions and sign-in", async () => {
    const staff = await createStaff(db);
    const browser = nextAuthBrowser("admin", { ...deps(), ip: freshIp() });
    await browser.signIn({ email: staff.email, password: staff.password });
    expect(await adminSource()(browser.request())).not.toBeNull();
    const admin = await db.staff.findUniqueOrThrow({
      where: { email: "admin@staff.example.jp" },
      select: { id: true },
    });
    await adminCallerFor(db, {
      session: { kind: "staff", staffId: admin.id, role: "admin" },
      clock,
    }).staffAdmin.deactivate({
      staffId: staff.id,
    });
    expect(await adminSource()(browser.request())).toBeNull();
    const again = nextAuthBrowser("admin", { ...deps(), ip: freshIp() });
    expect(await again.signIn({ email: staff.email, password: staff.password })).toMatchObject({
      error: "CredentialsSignin",
    });
  });
});
