import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client/create-client";
import { claimIdempotencyKey, completeIdempotencyKey } from "../idempotency/idempotency-repository";
import { seedDemo } from "../seed/seed-demo";
import { openTestDb } from "../testing/test-database";
import { findCustomerAttachment, findCustomerTicket, listCustomerTickets } from "./customer-ticket-queries";
import { createTicket, type NewTicket } from "./ticket-repository";

const NOW = new Date("2026-11-28T10:00:00+09:00");

describe("tickets in the database", () => {
  let db: Db;
  let close: () => Promise<void>;
  let hanako: string;
  let taro: string;

  const newTicket = (customerId: string, overrides: Partial<NewTicket> = {}): NewTicket => ({
    customerId,
    contactEmail: "someone@example.jp",
    contactName: null,
    identityCheck: "not_required",
    troubleType: "funds",
    subtype: "jpy_deposit_missing",
    subject: "入金が反映されません",
    priority: "normal",
    teamKey: "funds",
    locale: "ja",
    firstResponseDueAt: new Date(NOW.getTime() + 8 * 3600_000),
    resolutionDueAt: new Date(NOW.getTime() + 72 * 3600_000),
    fields: { transactionId: "DP-1234", amount: "50000" },
    message: { body: "振り込みが反映されません。", redacted: false },
    attachments: [
      {
        storageKey: `att/${randomBytes(16).toString("hex")}`,
        fileName: "slip.pdf",
        contentType: "application/pdf",
        size: 10,
        sha256: "0".repeat(64),
      },
    ],
    now: NOW,
    ...overrides,
  });

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    const id = async (email: string) =>
      (await db.customer.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    hanako = await id("hanako@example.jp");
    taro = await id("taro@example.jp");
  }, 60_000);
  afterAll(async () => close());

  it("numbers tickets per year without gaps or duplicates under concurrent filing", async () => {
    const created = await Promise.all(
      Array.from({ length: 8 }, () => db.$transaction((tx) => createTicket(tx, newTicket(hanako)))),
    );
    const sequences = created.map((t) => Number(t.number.slice("Q-2026-".length))).sort((a, b) => a - b);
    const first = sequences[0] ?? 0;
    expect(sequences).toEqual(Array.from({ length: 8 }, (_, i) => first + i));
    expect(first).toBeGreaterThan(8);
  });

  it("shows a customer their own ticket with public messages only, and another's as missing", async () => {
    const { number, id } = await db.$transaction((tx) => createTicket(tx, newTicket(hanako)));
    await db.message.create({
      data: { ticketId: id, authorKind: "staff", visibility: "internal", body: "内部メモ: 銀行に確認中" },
    });
    const mine = await findCustomerTicket(db, { customerId: hanako, number });
    expect(mine?.messages.map((m) => m.body)).toEqual(["振り込みが反映されません。"]);
    expect(mine?.fields).toContainEqual({ key: "transactionId", value: "DP-1234" });
    expect(mine?.events.map((e) => e.kind)).toEqual(["created", "assigned_team"]);
    expect(await findCustomerTicket(db, { customerId: taro, number })).toBeNull();

    const attachmentId = mine?.messages[0]?.attachments[0]?.id ?? "";
    expect(await findCustomerAttachment(db, { customerId: hanako, attachmentId })).toMatchObject({
      fileName: "slip.pdf",
    });
    expect(await findCustomerAttachment(db, { customerId: taro, attachmentId })).toBeNull();
  });

  it("lists only the customer's tickets, newest first, page by page", async () => {
    const seen: string[] = [];
    let cursor: { updatedAt: Date; id: string } | undefined;
    do {
      const page = await listCustomerTickets(db, {
        customerId: hanako,
        take: 3,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.rows.map((r) => r.number));
      cursor = page.next ?? undefined;
    } while (cursor);
    const all = await db.ticket.findMany({ where: { customerId: hanako }, select: { number: true } });
    expect(seen.sort()).toEqual(all.map((t) => t.number).sort());
    const others = await listCustomerTickets(db, { customerId: taro, take: 50 });
    expect(others.rows.some((r) => seen.includes(r.number))).toBe(false);
  });

  it("lets one of two concurrent requests with the same key file, and hands the other its result", async () => {
    const attempt = () =>
      db.$transaction(async (tx) => {
        const claim = await claimIdempotencyKey(tx, {
          scope: "inquiry",
          clientKey: "form-1",
          customerId: taro,
          now: NOW,
          ttlMs: 86_400_000,
        });
        if (!claim.claimed) return { reused: true, result: claim.result };
        const ticket = await createTicket(tx, newTicket(taro));
        await new Promise((resolve) => setTimeout(resolve, 200));
        await completeIdempotencyKey(tx, claim.key, { number: ticket.number });
        return { reused: false, result: { number: ticket.number } };
      });
    const [a, b] = await Promise.all([attempt(), attempt()]);
    expect([a.reused, b.reused].sort()).toEqual([false, true]);
    expect(a.result).toEqual(b.result);
  });

  it("does not keep a key whose transaction rolled back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await claimIdempotencyKey(tx, {
          scope: "inquiry",
          clientKey: "form-2",
          customerId: taro,
          now: NOW,
          ttlMs: 86_400_000,
        });
        throw new Error("failure mid-submit");
      }),
    ).rejects.toThrow("failure mid-submit");
    const retry = await db.$transaction((tx) =>
      claimIdempotencyKey(tx, {
        scope: "inquiry",
        clientKey: "form-2",
        customerId: taro,
        now: NOW,
        ttlMs: 86_400_000,
      }),
    );
    expect(retry.claimed).toBe(true);
  });
});
