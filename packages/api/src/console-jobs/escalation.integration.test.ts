import { createClient, type Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import type { NewTicket } from "@madoguchi/db/ticket/ticket-repository";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fileTicket } from "../console/console-test-kit";
import { runEscalations } from "./run-escalations";
import { startConsoleJobs, stopConsoleJobs } from "./start-console-jobs";

const NOW = new Date("2026-11-28T10:00:00+09:00");
const MINUTE = 60_000;
const ago = (minutes: number, from = NOW) => new Date(from.getTime() - minutes * MINUTE);

describe("escalation of missed SLA deadlines", () => {
  let db: Db;
  /** A second app instance: its own client and connections on the same database. */
  let other: Db;
  let close: () => Promise<void>;

  /** A funds ticket whose first response was due `lateMinutes` ago. */
  const breached = (lateMinutes: number, changes: Partial<NewTicket> = {}) =>
    fileTicket(db, {
      now: ago(lateMinutes + 60),
      firstResponseDueAt: ago(lateMinutes),
      resolutionDueAt: ago(-3 * 24 * 60),
      ...changes,
    });
  const escalationEmails = (number: string) =>
    db.emailOutbox.findMany({
      where: { template: "ticket_escalated", data: { path: ["number"], equals: number } },
      select: { to: true, locale: true, data: true },
      orderBy: { to: "asc" },
    });

  beforeAll(async () => {
    let url: string;
    ({ db, url, close } = await openTestDb());
    other = createClient({ url, poolSize: 4, applicationName: "madoguchi-test-other" });
    await seedDemo(db, NOW);
    // The demo tickets have deadlines of their own; finished, they stay out of the counts here.
    await db.ticket.updateMany({ data: { status: "closed" } });
    const funds = await db.team.findUniqueOrThrow({ where: { key: "funds" }, select: { id: true } });
    await db.staff.create({
      data: {
        email: "lead2.funds@staff.example.jp",
        displayName: "Second Lead",
        role: "lead",
        locale: "en",
        memberships: { create: { teamId: funds.id } },
      },
      select: { id: true },
    });
    await db.staff.create({
      data: {
        email: "former.lead.funds@staff.example.jp",
        displayName: "Former Lead",
        role: "lead",
        active: false,
        memberships: { create: { teamId: funds.id } },
      },
      select: { id: true },
    });
  }, 60_000);
  afterAll(async () => {
    await stopConsoleJobs();
    await other.$disconnect();
    await close();
  });
  beforeEach(async () => {
    // Each test starts with nothing left to escalate from the ones before.
    await runEscalations(db, new Date(Date.now() + 365 * 24 * 60 * MINUTE), { batchSize: 10_000 });
  });

  it("tells every active lead of the window once, in their language, with a link to the console", async () => {
    const { id, number } = await breached(30);
    expect(await runEscalations(db, NOW)).toEqual({ escalated: 1, emailed: 2 });
    expect(await escalationEmails(number)).toEqual([
      {
        to: "lead.funds@staff.example.jp",
        locale: "ja",
        data: {
          number,
          teamKey: "funds",
          clock: "first_response",
          priority: "normal",
          dueAt: ago(30).toISOString(),
          lateMinutes: 30,
          url: `http://localhost:3001/tickets/${number}`,
        },
      },
      expect.objectContaining({ to: "lead2.funds@staff.example.jp", locale: "en" }),
    ]);
    const events = await db.ticketEvent.findMany({
      where: { ticketId: id, kind: "escalated" },
      select: { actorKind: true, data: true },
    });
    expect(events).toEqual([
      {
        actorKind: "system",
        data: expect.objectContaining({
          clock: "first_response",
          lateMinutes: 30,
          dueAt: ago(30).toISOString(),
        }),
      },
    ]);
    expect(
      await db.auditLog.count({ where: { objectId: id, action: "ticket.escalated", actorKind: "system" } }),
    ).toBe(1);

    // Later runs, here and on another instance, see the same breach and do nothing.
    expect(await runEscalations(db, ago(-5))).toEqual({ escalated: 0, emailed: 0 });
    expect(await runEscalations(other, ago(-60))).toEqual({ escalated: 0, emailed: 0 });
    expect(await escalationEmails(number)).toHaveLength(2);
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id }, select: { priority: true } });
    expect(ticket.priority).toBe("normal");
  });

  it("sends one set of emails when two instances run at the same moment", async () => {
    for (let round = 0; round < 3; round++) {
      const filed = await Promise.all([breached(10), breached(20), breached(40), breached(80)]);
      const [a, b] = await Promise.all([runEscalations(db, NOW), runEscalations(other, NOW)]);
      expect((a?.escalated ?? 0) + (b?.escalated ?? 0)).toBe(4);
      for (const { id, number } of filed) {
        expect(await escalationEmails(number)).toHaveLength(2);
        expect(await db.ticketEscalation.count({ where: { ticketId: id } })).toBe(1);
        expect(await db.ticketEvent.count({ where: { ticketId: id, kind: "escalated" } })).toBe(1);
      }
    }
  });

  it("leaves alone tickets answered, resolved, waiting on the customer or not yet due", async () => {
    const answered = await breached(30, { now: ago(120) });
    await db.ticket.update({
      where: { id: answered.id },
      data: { firstRespondedAt: ago(100), status: "open" },
    });
    const resolved = await breached(30);
    await db.ticket.update({ where: { id: resolved.id }, data: { status: "resolved", resolvedAt: ago(10) } });
    const waiting = await breached(30);
    await db.ticket.update({ where: { id: waiting.id }, data: { status: "waiting_on_customer" } });
    await breached(-5);
    expect(await runEscalations(db, NOW)).toEqual({ escalated: 0, emailed: 0 });
  });

  it("escalates a missed resolution, and again when a new deadline is missed", async () => {
    const { id } = await fileTicket(db, {
      now: ago(3 * 24 * 60),
      firstResponseDueAt: ago(3 * 24 * 60 - 60),
      resolutionDueAt: ago(15),
    });
    await db.ticket.update({
      where: { id },
      data: { firstRespondedAt: ago(3 * 24 * 60 - 30), status: "open" },
    });
    expect(await runEscalations(db, NOW)).toEqual({ escalated: 1, emailed: 2 });
    // A priority change moved the deadline; it is missed as well.
    await db.ticket.update({ where: { id }, data: { resolutionDueAt: ago(5) } });
    expect(await runEscalations(db, NOW)).toEqual({ escalated: 1, emailed: 2 });
    const rows = await db.ticketEscalation.findMany({
      where: { ticketId: id },
      select: { clock: true, dueAt: true },
      orderBy: { dueAt: "asc" },
    });
    expect(rows).toEqual([
      { clock: "resolution", dueAt: ago(15) },
      { clock: "resolution", dueAt: ago(5) },
    ]);
  });

  it("tells only the security window's leads of a security ticket", async () => {
    const { number } = await breached(30, {
      teamKey: "security",
      troubleType: "security",
      subtype: "unauthorized_access",
      priority: "urgent",
    });
    await runEscalations(db, NOW);
    expect((await escalationEmails(number)).map((email) => email.to)).toEqual([
      "lead.security@staff.example.jp",
    ]);
  });

  it("falls back to the window's admins when it has no active lead", async () => {
    await db.staff.updateMany({ where: { email: "lead.system@staff.example.jp" }, data: { active: false } });
    const { number } = await breached(30, {
      teamKey: "system",
      troubleType: "system",
      subtype: "site_unreachable",
    });
    await runEscalations(db, NOW);
    expect((await escalationEmails(number)).map((email) => email.to)).toEqual(["admin@staff.example.jp"]);
    await db.staff.updateMany({ where: { email: "lead.system@staff.example.jp" }, data: { active: true } });
  });

  it("handles a bounded batch per run, the oldest breach first", async () => {
    const oldest = await breached(300);
    const middle = await breached(200);
    const newest = await breached(100);
    expect(await runEscalations(db, NOW, { batchSize: 2 })).toEqual({ escalated: 2, emailed: 4 });
    expect(await db.ticketEscalation.count({ where: { ticketId: { in: [oldest.id, middle.id] } } })).toBe(2);
    expect(await db.ticketEscalation.count({ where: { ticketId: newest.id } })).toBe(0);
    expect(await runEscalations(db, NOW, { batchSize: 2 })).toEqual({ escalated: 1, emailed: 2 });
  });

  it("runs in the console process once, however often it is started or stopped", async () => {
    const lines: string[] = [];
    const start = () =>
      startConsoleJobs({ app: "test", db, pollMs: 3_600_000, log: (line) => lines.push(line) });
    const jobs = start();
    expect(jobs).not.toBeNull();
    expect(start()).toBe(jobs);
    const realNow = new Date();
    const { id } = await fileTicket(db, {
      now: ago(120, realNow),
      firstResponseDueAt: ago(30, realNow),
      resolutionDueAt: ago(-600, realNow),
    });
    await jobs?.runNow();
    expect(await db.ticketEscalation.count({ where: { ticketId: id } })).toBe(1);
    await jobs?.stop();
    await jobs?.stop();
    await stopConsoleJobs();
    expect(lines.filter((line) => line.startsWith("console jobs started"))).toHaveLength(1);
    const again = start();
    expect(again).not.toBe(jobs);
    await stopConsoleJobs();
    expect(lines.filter((line) => line.startsWith("console jobs started"))).toHaveLength(2);
  });
});
