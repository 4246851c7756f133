import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context/context";
import type { Session } from "../context/session";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";

const NOW = new Date("2026-11-28T23:30:00+09:00");
const createCaller = createCallerFactory(webRouter);

describe("an emergency freeze opens the security window's urgent ticket", () => {
  let db: Db;
  let close: () => Promise<void>;
  const caller = (session: Session | null) => createCaller(createContext({ db, session, now: () => NOW }));

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
  }, 60_000);
  afterAll(async () => close());

  it("files it with the freeze, around the clock, and the customer follows it up by email code", async () => {
    const alex = await db.customer.findUniqueOrThrow({
      where: { email: "alex@example.com" },
      select: { id: true },
    });
    await caller({ kind: "customer", customerId: alex.id }).account.freeze();

    const ticket = await db.ticket.findFirstOrThrow({
      where: { customerId: alex.id, troubleType: "security" },
      orderBy: { createdAt: "desc" },
      select: {
        number: true,
        subject: true,
        priority: true,
        identityCheck: true,
        firstResponseDueAt: true,
        team: { select: { key: true } },
        messages: { select: { body: true } },
      },
    });
    expect(ticket).toMatchObject({
      subject: "Emergency account freeze",
      priority: "urgent",
      identityCheck: "pending",
      team: { key: "security" },
    });
    expect(ticket.messages[0]?.body).toContain("while signed in");
    // Saturday 23:30 JST: the security window counts calendar time (premium: 30 minutes).
    expect(ticket.firstResponseDueAt?.toISOString()).toBe(
      new Date(NOW.getTime() + 30 * 60_000).toISOString(),
    );
    const receipt = await db.emailOutbox.findFirstOrThrow({
      where: { to: "alex@example.com", template: "inquiry_received" },
      select: { locale: true, data: true },
    });
    expect(receipt).toMatchObject({ locale: "en", data: { number: ticket.number, followUp: "email_code" } });

    await caller(null).inquiry.followUp.requestCode({
      email: "alex@example.com",
      number: ticket.number,
      locale: "en",
    });
    const mail = await db.emailOutbox.findFirstOrThrow({
      where: { to: "alex@example.com", template: "inquiry_code" },
      select: { data: true },
    });
    const { accessToken } = await caller(null).inquiry.followUp.open({
      email: "alex@example.com",
      number: ticket.number,
      code: (mail.data as { code: string }).code,
    });
    expect(await caller(null).inquiry.followUp.ticket({ accessToken })).toMatchObject({
      number: ticket.number,
      canReply: true,
    });
  });
});
