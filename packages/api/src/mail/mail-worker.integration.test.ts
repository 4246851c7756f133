import { demoBrand } from "@madoguchi/core/brand/brand";
import type { OutgoingEmail } from "@madoguchi/core/mail/email-message";
import { createClient, type Db } from "@madoguchi/db/client/create-client";
import { emailRetryPolicy, enqueueEmail } from "@madoguchi/db/mail/email-outbox-repository";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SmtpCatcher, startSmtpCatcher } from "../testing/smtp-catcher";
import { createSmtpTransport, type MailTransport } from "./mail-transport";
import { drainOutbox, nudgeMailWorker, startMailWorker } from "./mail-worker";

const from = '"ミライコイン サポート" <support@example.jp>';
const verifyUrl = "https://portal.example.jp/verify?token=t0k3n&lang=ja";

const verifyEmail = (to: string, locale: "ja" | "en"): OutgoingEmail => ({
  template: "verify_email",
  data: { name: locale === "ja" ? "山田 花子" : "Alex Smith", url: verifyUrl, expiresInHours: 24 },
  to,
  locale,
});

describe("mail worker over real SMTP", () => {
  let db: Db;
  let closeDb: () => Promise<void>;
  let catcher: SmtpCatcher;
  let transport: MailTransport;
  let clock: Date;
  const now = () => clock;
  const drain = (options: { transport?: MailTransport } = {}) =>
    drainOutbox({ db, transport: options.transport ?? transport, brand: demoBrand, from, now });
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  const row = (id: string) =>
    db.emailOutbox.findUniqueOrThrow({
      where: { id },
      select: { status: true, attempts: true, nextAttemptAt: true, lastError: true, sentAt: true },
    });

  beforeAll(async () => {
    ({ db, close: closeDb } = await openTestDb());
    catcher = await startSmtpCatcher();
    transport = createSmtpTransport(catcher.url);
  });
  afterAll(async () => {
    transport.close();
    await catcher.close();
    await closeDb();
  });
  beforeEach(async () => {
    await db.emailOutbox.deleteMany();
    catcher.clear();
    catcher.rejectNext(0);
    // Rows take the database's clock as their first due time; the worker's clock starts after it.
    clock = new Date(Date.now() + 1_000);
  });

  it("never sends an email enqueued in a transaction that rolled back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, verifyEmail("rolled-back@example.jp", "ja"));
        throw new Error("the sign-up failed");
      }),
    ).rejects.toThrow("the sign-up failed");
    expect(await drain()).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0 });
    expect(await db.emailOutbox.count()).toBe(0);
    expect(catcher.messages).toEqual([]);
  });

  it("delivers a committed email in the recipient's language, with text and HTML parts", async () => {
    const [ja, en] = await db.$transaction(async (tx) => [
      await enqueueEmail(tx, verifyEmail("hanako@example.jp", "ja")),
      await enqueueEmail(tx, verifyEmail("alex@example.com", "en")),
    ]);
    expect(await drain()).toEqual({ claimed: 2, sent: 2, retrying: 0, failed: 0 });

    const toHanako = await catcher.waitFor((message) => message.to.includes("hanako@example.jp"));
    expect(toHanako.subject).toBe("【ミライコイン】メールアドレスのご確認");
    expect(toHanako.text).toContain("山田 花子 様");
    expect(toHanako.text).toContain(verifyUrl);
    expect(toHanako.html).toContain(`href="${verifyUrl.replace("&", "&amp;")}"`);
    expect(toHanako.text).toContain("パスワード、二段階認証のコード、シードフレーズ");
    expect(toHanako.messageId).toBe(`<${ja?.id}@example.jp>`);
    expect(toHanako.headers["auto-submitted"]).toBe("auto-generated");
    expect(toHanako.from).toBe("support@example.jp");

    const toAlex = await catcher.waitFor((message) => message.to.includes("alex@example.com"));
    expect(toAlex.subject).toBe("[MiraiCoin] Confirm your email address");
    expect(toAlex.text).toContain("Hello Alex Smith,");
    expect(toAlex.html).toContain('lang="en"');

    expect(await row(en?.id ?? "")).toMatchObject({
      status: "sent",
      attempts: 1,
      sentAt: clock,
      lastError: null,
    });
    expect(await drain()).toMatchObject({ claimed: 0 });
    expect(catcher.messages).toHaveLength(2);
  });

  it("keeps an email the SMTP server refused and delivers it on a later drain", async () => {
    const { id } = await enqueueEmail(db, verifyEmail("retry@example.jp", "ja"));
    catcher.rejectNext(1);
    const failedAt = clock;
    expect(await drain()).toEqual({ claimed: 1, sent: 0, retrying: 1, failed: 0 });
    const afterFailure = await row(id);
    expect(afterFailure).toMatchObject({ status: "pending", attempts: 1, sentAt: null });
    expect(afterFailure.nextAttemptAt).toEqual(new Date(failedAt.getTime() + 60_000));
    expect(afterFailure.lastError).toMatch(/451/);
    expect(afterFailure.lastError).not.toContain("t0k3n");
    expect(catcher.messages).toEqual([]);

    advance(30_000);
    expect(await drain()).toMatchObject({ claimed: 0 });
    advance(31_000);
    expect(await drain()).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect((await catcher.waitFor((message) => message.to.includes("retry@example.jp"))).subject).toContain(
      "メールアドレスのご確認",
    );
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("delivers each email exactly once when several instances drain at the same time", async () => {
    const ids = await db.$transaction(async (tx) => {
      const created: string[] = [];
      for (let i = 0; i < 24; i++)
        created.push((await enqueueEmail(tx, verifyEmail(`c${i}@example.jp`, "en"))).id);
      return created;
    });
    const instances = Array.from({ length: 3 }, () => createSmtpTransport(catcher.url));
    try {
      const drainUntilEmpty = async (own: MailTransport) => {
        while ((await drain({ transport: own })).claimed > 0);
      };
      await Promise.all(instances.map(drainUntilEmpty));
    } finally {
      for (const instance of instances) instance.close();
    }
    const delivered = catcher.messages.map((message) => message.messageId).sort();
    expect(delivered).toEqual(ids.map((id) => `<${id}@example.jp>`).sort());
    expect(await db.emailOutbox.count({ where: { status: "sent", attempts: 1 } })).toBe(24);
  });

  it("gives an email up as failed once its attempts are used up", async () => {
    const { id } = await enqueueEmail(db, verifyEmail("gives-up@example.jp", "ja"));
    await db.emailOutbox.update({
      where: { id },
      data: { attempts: emailRetryPolicy.maxAttempts - 1 },
      select: { id: true },
    });
    catcher.rejectNext(1);
    expect(await drain()).toEqual({ claimed: 1, sent: 0, retrying: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ status: "failed", attempts: emailRetryPolicy.maxAttempts });
    advance(7 * 86_400_000);
    expect(await drain()).toMatchObject({ claimed: 0 });
    expect(catcher.messages).toEqual([]);
  });

  it("gives up at once on an email whose data does not fit its template, and sends the others", async () => {
    const bad = await db.emailOutbox.create({
      data: { to: "bad@example.jp", template: "verify_email", locale: "ja", data: { name: "x" } },
      select: { id: true },
    });
    await enqueueEmail(db, verifyEmail("good@example.jp", "ja"));
    expect(await drain()).toEqual({ claimed: 2, sent: 1, retrying: 0, failed: 1 });
    expect(await row(bad.id)).toMatchObject({ status: "failed", attempts: 1 });
    expect((await row(bad.id)).lastError).toMatch(/url, expiresInHours/);
    expect(catcher.messages.map((message) => message.to)).toEqual([["good@example.jp"]]);
  });

  it("gives status-page emails a one-click unsubscribe header", async () => {
    const unsubscribeUrl = "https://status.example.jp/unsubscribe?token=u1";
    await enqueueEmail(db, {
      template: "status_incident_update",
      data: {
        title: "出金の遅延",
        status: "investigating",
        body: "調査しています。",
        statusUrl: "https://status.example.jp/incidents/1",
        unsubscribeUrl,
      },
      to: "subscriber@example.jp",
      locale: "ja",
    });
    await drain();
    const message = await catcher.waitFor((caught) => caught.to.includes("subscriber@example.jp"));
    expect(message.subject).toBe("【ミライコイン】出金の遅延（調査中）");
    expect(message.headers["list-unsubscribe"]).toBe(`<${unsubscribeUrl}>`);
    expect(message.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(message.headers.from).toBe('"ミライコイン サポート" <support@example.jp>');
  });

  describe("the polling loop", () => {
    let stopWorker: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await stopWorker?.();
      stopWorker = undefined;
    });

    it("sends at once when nudged, long before the next poll", async () => {
      const worker = startMailWorker({ db, transport, brand: demoBrand, from, pollMs: 600_000 });
      stopWorker = () => worker.stop();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await enqueueEmail(db, verifyEmail("nudged@example.jp", "ja"));
      nudgeMailWorker();
      const message = await catcher.waitFor((caught) => caught.to.includes("nudged@example.jp"), 5_000);
      expect(message.subject).toBe("【ミライコイン】メールアドレスのご確認");
    });

    it("keeps polling when the database is unreachable, and stops when asked", async () => {
      const unreachable = createClient({ url: "postgresql://nobody:x@127.0.0.1:1/none", poolSize: 1 });
      const errors: unknown[] = [];
      const worker = startMailWorker({
        db: unreachable,
        transport,
        brand: demoBrand,
        from,
        pollMs: 200,
        onError: (error) => {
          errors.push(error);
          throw new Error("a logger that fails too");
        },
      });
      stopWorker = async () => {
        await worker.stop();
        await unreachable.$disconnect();
      };
      await expect.poll(() => errors.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      await worker.stop();
      const seen = errors.length;
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(errors.length).toBe(seen);
    });
  });
});
