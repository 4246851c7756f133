import { randomUUID } from "node:crypto";
import { createClient, type Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import type { NewTicket } from "@madoguchi/db/ticket/ticket-repository";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { consoleWorld, type ConsoleWorld, fileTicket } from "../console/console-test-kit";
import { createContext } from "../context/context";
import { replyToMyTicket } from "../ticket/customer-tickets";
import { runAutoClose } from "./run-auto-close";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** When each test's ticket started waiting on the customer. */
const T0 = new Date("2026-11-02T09:00:00+09:00");
const day = (days: number) => new Date(T0.getTime() + days * DAY);

describe("auto-close after seven days waiting on the customer", () => {
  let db: Db;
  let other: Db;
  let close: () => Promise<void>;
  let world: ConsoleWorld;

  /** A ticket set waiting on the customer by staff, its clock moved to start at T0. */
  const waitingTicket = async (changes: Partial<NewTicket> = {}) => {
    const ticket = await fileTicket(db, { now: day(-1), ...changes });
    const { version } = await world.console("fundsAgent").ticket.get({ number: ticket.number });
    await world
      .console("fundsAgent")
      .ticket.update({ number: ticket.number, version, status: "waiting_on_customer" });
    await db.ticket.update({ where: { id: ticket.id }, data: { waitingSince: T0 } });
    return ticket;
  };
  const state = (id: string) =>
    db.ticket.findUniqueOrThrow({
      where: { id },
      select: { status: true, waitingSince: true, autoCloseNoticeAt: true, resolvedAt: true, version: true },
    });
  const emailsOf = (number: string) =>
    db.emailOutbox.findMany({
      where: {
        template: { in: ["ticket_auto_close_notice", "ticket_auto_closed"] },
        data: { path: ["number"], equals: number },
      },
      select: { to: true, locale: true, template: true, data: true },
      orderBy: { createdAt: "asc" },
    });

  beforeAll(async () => {
    let url: string;
    ({ db, url, close } = await openTestDb());
    other = createClient({ url, poolSize: 4, applicationName: "madoguchi-test-other" });
    await seedDemo(db, day(-2));
    await db.ticket.updateMany({ data: { status: "closed" } });
    world = await consoleWorld(db, () => day(-1));
  }, 60_000);
  beforeEach(async () => {
    // Every test's tickets share the same clock: those of earlier tests must not count here.
    await db.ticket.updateMany({ where: { status: "waiting_on_customer" }, data: { status: "closed" } });
  });
  afterAll(async () => {
    await other.$disconnect();
    await close();
  });

  it("sends the notice on day 5, not before, and only once", async () => {
    const { id, number } = await waitingTicket({
      customerId: null,
      contactEmail: "guest@example.jp",
      locale: "en",
    });
    expect(await runAutoClose(db, new Date(day(5).getTime() - 60_000))).toEqual({ noticed: 0, closed: 0 });
    expect(await state(id)).toMatchObject({ autoCloseNoticeAt: null });

    expect(await runAutoClose(db, day(5))).toEqual({ noticed: 1, closed: 0 });
    expect(await state(id)).toMatchObject({
      status: "waiting_on_customer",
      waitingSince: T0,
      autoCloseNoticeAt: day(5),
    });
    // Filed without signing in: the address typed on the form, the form's language, the code route.
    expect(await emailsOf(number)).toEqual([
      {
        to: "guest@example.jp",
        locale: "en",
        template: "ticket_auto_close_notice",
        data: { number, closesAt: day(7).toISOString(), followUp: "email_code" },
      },
    ]);
    const events = await db.ticketEvent.findMany({
      where: { ticketId: id, kind: "auto_close_notice" },
      select: { actorKind: true, data: true },
    });
    expect(events).toEqual([{ actorKind: "system", data: { closesAt: day(7).toISOString() } }]);

    expect(await runAutoClose(db, day(6))).toEqual({ noticed: 0, closed: 0 });
    expect(await emailsOf(number)).toHaveLength(1);
  });

  it("resolves on day 7 after a notice two days old, keeping the customer's right to reopen", async () => {
    const customer = await db.customer.findUniqueOrThrow({
      where: { id: world.ids.customer },
      select: { email: true, locale: true },
    });
    const { id, number } = await waitingTicket({
      customerId: world.ids.customer,
      contactEmail: "old@example.jp",
    });
    await runAutoClose(db, day(5));
    const before = await state(id);
    expect(await runAutoClose(db, new Date(day(7).getTime() - 60_000))).toEqual({ noticed: 0, closed: 0 });

    expect(await runAutoClose(db, day(7))).toEqual({ noticed: 0, closed: 1 });
    expect(await state(id)).toEqual({
      status: "resolved",
      waitingSince: null,
      autoCloseNoticeAt: null,
      resolvedAt: day(7),
      version: before.version + 1,
    });
    // Signed-in customer: the account's address and language, not the one typed when filing.
    expect(await emailsOf(number)).toEqual([
      expect.objectContaining({ to: customer.email, template: "ticket_auto_close_notice" }),
      {
        to: customer.email,
        locale: customer.locale,
        template: "ticket_auto_closed",
        data: { number, followUp: "sign_in" },
      },
    ]);
    const event = await db.ticketEvent.findFirstOrThrow({
      where: { ticketId: id, kind: "auto_closed" },
      select: { actorKind: true, data: true },
    });
    expect(event).toEqual({
      actorKind: "system",
      data: {
        from: "waiting_on_customer",
        to: "resolved",
        waitingSince: T0.toISOString(),
        noticeAt: day(5).toISOString(),
      },
    });
    expect(
      await db.auditLog.count({ where: { objectId: id, action: "ticket.auto_closed", actorKind: "system" } }),
    ).toBe(1);
    expect(await db.auditLog.count({ where: { objectId: id, action: "ticket.auto_close.noticed" } })).toBe(1);
    // Resolved, not closed: the customer may still reopen it from the portal.
    const reopened = await world.portal(world.ids.customer).tickets.reopen({ number });
    expect(reopened).toBeTruthy();
    expect((await state(id)).status).toBe("open");
  });

  it("never resolves without a notice at least 48 hours old, even after downtime", async () => {
    const { id, number } = await waitingTicket();
    // The job was down until day 9: the notice goes out first, the close two days later.
    expect(await runAutoClose(db, day(9))).toEqual({ noticed: 1, closed: 0 });
    expect((await emailsOf(number))[0]?.data).toMatchObject({ closesAt: day(11).toISOString() });
    expect(await runAutoClose(db, day(10))).toEqual({ noticed: 0, closed: 0 });
    expect(await runAutoClose(db, new Date(day(11).getTime() - 1))).toEqual({ noticed: 0, closed: 0 });
    expect(await runAutoClose(db, day(11))).toEqual({ noticed: 0, closed: 1 });
    expect((await state(id)).status).toBe("resolved");
  });

  it("starts the clock again when the customer replies", async () => {
    const { id, number } = await waitingTicket({ customerId: world.ids.customer });
    await runAutoClose(db, day(5));
    expect((await state(id)).autoCloseNoticeAt).toEqual(day(5));
    const ctx = createContext({ db, session: null, now: () => day(6) });
    const reply = await replyToMyTicket(ctx, world.ids.customer, {
      number,
      body: "振込明細を添付できず失礼しました。まだ反映されていません。",
      sendDespiteSecrets: false,
      formKey: randomUUID(),
      attachments: [],
    });
    expect(reply.status).toBe("sent");
    expect(await state(id)).toMatchObject({ status: "open", waitingSince: null, autoCloseNoticeAt: null });
    expect(await runAutoClose(db, day(8))).toEqual({ noticed: 0, closed: 0 });

    // Waiting again: a new clock, a new notice five days later.
    const { version } = await world.console("fundsAgent").ticket.get({ number });
    await world.console("fundsAgent").ticket.update({ number, version, status: "waiting_on_customer" });
    const restarted = await state(id);
    expect(restarted.waitingSince).not.toBeNull();
    expect(restarted.autoCloseNoticeAt).toBeNull();
    await db.ticket.update({ where: { id }, data: { waitingSince: day(6) } });
    expect(await runAutoClose(db, day(10))).toEqual({ noticed: 0, closed: 0 });
    expect(await runAutoClose(db, day(11))).toEqual({ noticed: 1, closed: 0 });
  });

  it("notices and closes each ticket once when two instances run at the same moment", async () => {
    const filed = await Promise.all([waitingTicket(), waitingTicket(), waitingTicket()]);
    const noticed = await Promise.all([runAutoClose(db, day(5)), runAutoClose(other, day(5))]);
    expect(noticed.reduce((sum, r) => sum + r.noticed, 0)).toBe(3);
    const closed = await Promise.all([runAutoClose(db, day(7)), runAutoClose(other, day(7))]);
    expect(closed.reduce((sum, r) => sum + r.closed, 0)).toBe(3);
    for (const { number } of filed) {
      expect((await emailsOf(number)).map((email) => email.template)).toEqual([
        "ticket_auto_close_notice",
        "ticket_auto_closed",
      ]);
    }
  });

  it("handles a bounded batch per run", async () => {
    await Promise.all([waitingTicket(), waitingTicket(), waitingTicket()]);
    expect(await runAutoClose(db, day(5), { batchSize: 2 })).toEqual({ noticed: 2, closed: 0 });
    expect(await runAutoClose(db, day(5), { batchSize: 2 })).toEqual({ noticed: 1, closed: 0 });
  });
});
