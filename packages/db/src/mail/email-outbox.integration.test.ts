import type { OutgoingEmail } from "@madoguchi/core/mail/email-message";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../client/create-client";
import { openTestDb } from "../testing/test-database";
import {
  claimDueEmails,
  emailRetryPolicy,
  enqueueEmail,
  markEmailFailed,
  markEmailSent,
} from "./email-outbox-repository";

const email = (to: string): OutgoingEmail => ({
  template: "inquiry_code",
  data: { code: "123456", expiresInMinutes: 10 },
  to,
  locale: "ja",
});
const now = new Date("2026-11-28T09:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const claim = { now, batchSize: 10, lockMs: 60_000 };

describe("email outbox", () => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await openTestDb()));
  afterAll(async () => close());
  beforeEach(async () => {
    await db.emailOutbox.deleteMany();
  });

  async function enqueueAt(to: string, at: Date): Promise<string> {
    const { id } = await enqueueEmail(db, email(to));
    await db.emailOutbox.update({ where: { id }, data: { nextAttemptAt: at }, select: { id: true } });
    return id;
  }

  it("claims due emails with their data, counts the attempt and leases them", async () => {
    const id = await enqueueAt("a@example.jp", now);
    await enqueueAt("later@example.jp", later(1));
    const claimed = await claimDueEmails(db, claim);
    expect(claimed).toEqual([
      {
        id,
        to: "a@example.jp",
        template: "inquiry_code",
        locale: "ja",
        data: { code: "123456", expiresInMinutes: 10 },
        attempts: 1,
      },
    ]);
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id }, select: { lockedUntil: true } });
    expect(row.lockedUntil).toEqual(later(60_000));
    expect(await claimDueEmails(db, claim)).toEqual([]);
    expect(await claimDueEmails(db, { ...claim, now: later(60_000) })).toHaveLength(2);
  });

  it("never hands the same email to two concurrent claimers", async () => {
    for (let i = 0; i < 30; i++) await enqueueAt(`c${i}@example.jp`, now);
    const batches = await Promise.all(
      Array.from({ length: 6 }, () => claimDueEmails(db, { ...claim, batchSize: 7 })),
    );
    const ids = batches.flat().map((claimed) => claimed.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });

  it("marks a sent email sent, once", async () => {
    const id = await enqueueAt("s@example.jp", now);
    await claimDueEmails(db, claim);
    expect(await markEmailSent(db, id, { now })).toBe(true);
    expect(await markEmailSent(db, id, { now })).toBe(false);
    const row = await db.emailOutbox.findUniqueOrThrow({
      where: { id },
      select: { status: true, sentAt: true, lockedUntil: true, attempts: true },
    });
    expect(row).toEqual({ status: "sent", sentAt: now, lockedUntil: null, attempts: 1 });
    expect(await claimDueEmails(db, { ...claim, now: later(3_600_000) })).toEqual([]);
  });

  it("backs off after each failure and gives up as failed after the last attempt", async () => {
    const id = await enqueueAt("f@example.jp", now);
    let at = now;
    const delays: number[] = [];
    for (let attempt = 1; attempt <= emailRetryPolicy.maxAttempts; attempt++) {
      const [claimed] = await claimDueEmails(db, { ...claim, now: at });
      expect(claimed?.attempts).toBe(attempt);
      const result = await markEmailFailed(db, id, { error: "451 4.3.0 try again later", now: at });
      if (attempt < emailRetryPolicy.maxAttempts) {
        expect(result?.status).toBe("pending");
        delays.push((result?.nextAttemptAt.getTime() ?? 0) - at.getTime());
        expect(
          await claimDueEmails(db, { ...claim, now: new Date((result?.nextAttemptAt.getTime() ?? 0) - 1) }),
        ).toEqual([]);
        at = result?.nextAttemptAt ?? at;
      } else {
        expect(result?.status).toBe("failed");
      }
    }
    expect(delays).toEqual(emailRetryPolicy.delaysMs.slice(0, emailRetryPolicy.maxAttempts - 1));
    expect(delays.slice(0, 3)).toEqual([60_000, 300_000, 1_800_000]);
    const row = await db.emailOutbox.findUniqueOrThrow({
      where: { id },
      select: { status: true, attempts: true, lastError: true, lockedUntil: true },
    });
    expect(row).toEqual({
      status: "failed",
      attempts: emailRetryPolicy.maxAttempts,
      lastError: "451 4.3.0 try again later",
      lockedUntil: null,
    });
    expect(await claimDueEmails(db, { ...claim, now: later(365 * 86_400_000) })).toEqual([]);
  });

  it("gives up at once on a permanent failure and keeps the error short and on one line", async () => {
    const id = await enqueueAt("p@example.jp", now);
    await claimDueEmails(db, claim);
    const result = await markEmailFailed(db, id, {
      error: `invalid data\nfor template ${"x".repeat(2_000)}`,
      now,
      permanent: true,
    });
    expect(result?.status).toBe("failed");
    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id }, select: { lastError: true } });
    expect(row.lastError).toMatch(/^invalid data for template x+…$/);
    expect(row.lastError).toHaveLength(500);
  });

  it("repeats the last delay of a short policy", async () => {
    const policy = { maxAttempts: 5, delaysMs: [1_000, 2_000] };
    const id = await enqueueAt("r@example.jp", now);
    const seen: number[] = [];
    let at = now;
    for (let i = 0; i < 3; i++) {
      await claimDueEmails(db, { ...claim, now: at });
      const result = await markEmailFailed(db, id, { error: "timeout", now: at, policy });
      seen.push((result?.nextAttemptAt.getTime() ?? 0) - at.getTime());
      at = result?.nextAttemptAt ?? at;
    }
    expect(seen).toEqual([1_000, 2_000, 2_000]);
  });

  it("sends nothing that was enqueued in a transaction that rolled back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, email("rolled-back@example.jp"));
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await claimDueEmails(db, { ...claim, now: later(1) })).toEqual([]);
  });
});
