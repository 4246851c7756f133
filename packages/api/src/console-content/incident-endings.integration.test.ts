import type { Db } from "@madoguchi/db/client/create-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileTicket } from "../console/console-test-kit";
import {
  type ContentWorld,
  openContentTestBed,
  outcome,
  queuedEmails,
  type RevalidationCatcher,
} from "./content-test-kit";

const HOUR = 3_600_000;

describe("how incidents and maintenances end", () => {
  let db: Db;
  let close: () => Promise<void>;
  let catcher: RevalidationCatcher;
  let world: ContentWorld;
  const seededAt = new Date("2026-11-28T00:00:00Z");
  let clock = new Date(seededAt.getTime() + HOUR);

  beforeAll(async () => {
    ({ db, close, catcher, world } = await openContentTestBed({
      seededAt,
      clock: () => clock,
      subscribers: [{ email: "watcher@example.jp", locale: "ja" }],
    }));
  }, 60_000);
  afterAll(() => close());

  describe("resolving an incident tells its linked tickets", () => {
    it("messages and emails each open linked ticket once, in the customer's language, and leaves the status", async () => {
      const { id: incidentId } = await world.console("lead").incidents.create({
        titleJa: "日本円出金の遅延",
        titleEn: "Delayed JPY withdrawals",
        bodyJa: "日本円の出金に遅延が発生しております。",
        components: [{ key: "jpy_withdrawal", state: "degraded" }],
      });
      const hanako = world.ids.customer;
      const now = clock;
      const signedIn = await fileTicket(db, { now, customerId: hanako, contactEmail: "hanako@example.jp" });
      const waiting = await fileTicket(db, { now, customerId: hanako, contactEmail: "hanako@example.jp" });
      const anonymous = await fileTicket(db, { now, contactEmail: "guest@example.com", locale: "en" });
      const closed = await fileTicket(db, { now, customerId: hanako, contactEmail: "hanako@example.jp" });
      const unlinked = await fileTicket(db, { now, customerId: hanako, contactEmail: "hanako@example.jp" });
      const linked = [signedIn, waiting, anonymous, closed];
      await db.ticket.updateMany({ where: { id: { in: linked.map((t) => t.id) } }, data: { incidentId } });
      await db.ticket.update({ where: { id: waiting.id }, data: { status: "waiting_on_customer" } });
      await db.ticket.update({ where: { id: closed.id }, data: { status: "closed", closedAt: now } });
      const versionsBefore = await db.ticket.findMany({
        where: { id: { in: linked.map((t) => t.id) } },
        select: { id: true, version: true },
      });

      clock = new Date(clock.getTime() + HOUR);
      const resolved = await world.console("lead").incidents.resolve({
        incidentId,
        bodyJa: "日本円の出金は復旧いたしました。",
        restoreComponents: true,
      });
      expect(resolved).toMatchObject({ status: "resolved", ticketsNotified: 3 });
      expect((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).ticketsNotifiedAt).toEqual(
        clock,
      );

      const messages = await db.message.findMany({
        where: {
          ticketId: { in: [...linked, unlinked].map((t) => t.id) },
          authorKind: "staff",
          createdAt: clock,
        },
        select: { ticketId: true, body: true, visibility: true, staffId: true },
      });
      expect(messages.map((m) => m.ticketId).sort()).toEqual([signedIn.id, waiting.id, anonymous.id].sort());
      expect(messages.every((m) => m.visibility === "public" && m.staffId === null)).toBe(true);
      const bodyOf = (id: string) => messages.find((m) => m.ticketId === id)?.body ?? "";
      expect(bodyOf(signedIn.id)).toContain("ご報告の障害は復旧いたしました");
      expect(bodyOf(signedIn.id)).toContain("日本円出金の遅延");
      expect(bodyOf(signedIn.id)).toContain(`${catcher.url}/status`);
      expect(bodyOf(anonymous.id)).toContain("Delayed JPY withdrawals");
      expect(bodyOf(anonymous.id)).toContain(`${catcher.url}/en/status`);

      const emails = await queuedEmails(db, "incident_resolved_ticket");
      expect(emails).toHaveLength(3);
      expect(emails.find((e) => e.to === "guest@example.com")).toMatchObject({
        locale: "en",
        data: { number: anonymous.number, title: "Delayed JPY withdrawals", followUp: "email_code" },
      });
      expect(emails.filter((e) => e.to === "hanako@example.jp")).toHaveLength(2);

      const events = await db.ticketEvent.findMany({
        where: { kind: "incident_resolved_notice" },
        select: { ticketId: true, actorKind: true, data: true },
      });
      expect(events).toHaveLength(3);
      expect(events.every((e) => e.actorKind === "system")).toBe(true);

      // The status is the agent's call; the version moved on so open workspaces reload.
      const after = await db.ticket.findMany({
        where: { id: { in: linked.map((t) => t.id) } },
        select: { id: true, status: true, version: true },
      });
      expect(after.find((t) => t.id === waiting.id)?.status).toBe("waiting_on_customer");
      expect(after.find((t) => t.id === signedIn.id)?.status).toBe("new");
      for (const ticket of after) {
        const before = versionsBefore.find((t) => t.id === ticket.id)?.version ?? 0;
        expect(ticket.version).toBe(ticket.id === closed.id ? before : before + 1);
      }
    });

    it("tells the tickets once, even if the notice runs again", async () => {
      const { noticeLinkedTickets } = await import("./incident-ticket-notices");
      const incident = await db.incident.findFirstOrThrow({ where: { titleJa: "日本円出金の遅延" } });
      expect(await noticeLinkedTickets(db, { incidentId: incident.id, now: clock })).toEqual({ notified: 0 });
      expect(await db.emailOutbox.count({ where: { template: "incident_resolved_ticket" } })).toBe(3);
    });
  });

  it("tells each ticket once when two runs (the request and the scheduler's sweep) race", async () => {
    const { noticeLinkedTickets, resumeIncidentNotices } = await import("./incident-ticket-notices");
    const { id: incidentId } = await world.console("lead").incidents.create({
      titleJa: "APIの接続障害",
      bodyJa: "API に接続しにくい状態です。",
      components: [{ key: "api", state: "partial_outage" }],
    });
    const tickets = await Promise.all(
      [1, 2, 3].map(() =>
        fileTicket(db, { now: clock, customerId: world.ids.customer, contactEmail: "hanako@example.jp" }),
      ),
    );
    await db.ticket.updateMany({ where: { id: { in: tickets.map((t) => t.id) } }, data: { incidentId } });
    await db.incident.update({
      where: { id: incidentId },
      data: { status: "resolved", ticketsNotifiedAt: clock },
    });

    const [first, second, sweep] = await Promise.all([
      noticeLinkedTickets(db, { incidentId, now: clock }),
      noticeLinkedTickets(db, { incidentId, now: clock }),
      resumeIncidentNotices(db, clock),
    ]);
    expect(first.notified + second.notified + sweep.notified).toBe(3);
    const events = await db.ticketEvent.groupBy({
      by: ["ticketId"],
      where: { kind: "incident_resolved_notice", ticketId: { in: tickets.map((t) => t.id) } },
      _count: { _all: true },
    });
    expect(events.map((e) => e._count._all)).toEqual([1, 1, 1]);
  });

  describe("cancelling a scheduled maintenance", () => {
    const window = () => ({
      scheduledStart: new Date(clock.getTime() + 24 * HOUR),
      scheduledEnd: new Date(clock.getTime() + 26 * HOUR),
    });

    it("posts the reason as its last update, puts its components back, tells the subscribers and shows it as past", async () => {
      const { id } = await world.console("lead").maintenance.create({
        titleJa: "取引システムの定期メンテナンス",
        titleEn: "Trading system maintenance",
        bodyJa: "取引を一時停止いたします。",
        componentKeys: ["crypto_transfer"],
        ...window(),
      });
      await world.console("lead").components.setState({ key: "crypto_transfer", state: "maintenance" });
      expect((await world.portal().status.page({ locale: "ja" })).upcoming.map((i) => i.id)).toContain(id);
      const before = await db.emailOutbox.count({ where: { template: "status_incident_update" } });

      expect(
        await outcome(world.console("agent").maintenance.cancel({ incidentId: id, bodyJa: "中止" })),
      ).toBe("FORBIDDEN");
      clock = new Date(clock.getTime() + 60_000);
      const cancelled = await world.console("lead").maintenance.cancel({
        incidentId: id,
        bodyJa: "作業計画の見直しのため、メンテナンスを中止いたします。",
        bodyEn: "The maintenance is called off while we review the plan.",
      });
      expect(cancelled).toMatchObject({ status: "cancelled", notified: 1 });
      expect(cancelled.ticketsNotified).toBeUndefined();

      const components = await world.console("lead").components.list();
      expect(components.find((c) => c.key === "crypto_transfer")?.state).toBe("operational");
      const incident = await world.console("lead").incidents.get({ id });
      expect(incident).toMatchObject({ status: "cancelled", resolvedAt: clock });
      expect(incident.updates[0]?.bodyJa).toContain("中止いたします");

      const emails = await db.emailOutbox.findMany({
        where: { template: "status_incident_update" },
        orderBy: { createdAt: "desc" },
        select: { data: true },
      });
      expect(emails).toHaveLength(before + 1);
      expect(emails[0]?.data).toMatchObject({ status: "中止", title: "取引システムの定期メンテナンス" });

      const page = await world.portal().status.page({ locale: "en" });
      expect(page.upcoming.map((i) => i.id)).not.toContain(id);
      expect(page.active.map((i) => i.id)).not.toContain(id);
      expect(page.past.find((i) => i.id === id)).toMatchObject({
        status: "cancelled",
        title: "Trading system maintenance",
      });
      expect((await world.portal().status.banner({ locale: "ja" })).map((i) => i.id)).not.toContain(id);
      const open = await world.console("lead").incidents.list({ open: true, limit: 50 });
      expect(open.map((i) => i.id)).not.toContain(id);
      expect(await outcome(world.console("lead").maintenance.start({ incidentId: id, bodyJa: "開始" }))).toBe(
        "CONFLICT",
      );
    });

    it("refuses to cancel once the maintenance is under way, and cancels no incident", async () => {
      const { id } = await world.console("lead").maintenance.create({
        titleJa: "API のメンテナンス",
        bodyJa: "API を一時停止いたします。",
        componentKeys: ["api"],
        ...window(),
      });
      await world.console("lead").maintenance.start({ incidentId: id, bodyJa: "作業を開始いたしました。" });
      expect(
        await outcome(world.console("lead").maintenance.cancel({ incidentId: id, bodyJa: "中止" })),
      ).toBe("CONFLICT");
      expect((await world.console("lead").incidents.get({ id })).status).toBe("in_progress");

      const { id: incidentId } = await world.console("lead").incidents.create({
        titleJa: "Webサイトの障害",
        bodyJa: "調査しております。",
        components: [{ key: "web", state: "major_outage" }],
      });
      expect(await outcome(world.console("lead").maintenance.cancel({ incidentId, bodyJa: "中止" }))).toBe(
        "CONFLICT",
      );
    });
  });
});
