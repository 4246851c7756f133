import { formatTicketNumber, ticketYear } from "@madoguchi/core/ticket/ticket-number";
import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleWorld, type ConsoleWorld, fileTicket, outcomeOf } from "./console-test-kit";

const NOW = new Date("2026-11-28T10:00:00+09:00");

describe("the ticket workspace", () => {
  let db: Db;
  let close: () => Promise<void>;
  let world: ConsoleWorld;
  let clock = NOW;
  const tick = (minutes = 1) => (clock = new Date(clock.getTime() + minutes * 60_000));
  const hanakoTicket = (
    changes: Parameters<typeof fileTicket>[1] extends infer T ? Partial<T> : never = {},
  ) =>
    fileTicket(db, {
      customerId: world.ids.customer,
      contactEmail: "hanako@example.jp",
      now: clock,
      ...changes,
    });
  const get = (number: string) => world.console("fundsAgent").ticket.get({ number });

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    world = await consoleWorld(db, () => clock);
  });
  afterAll(async () => close());

  it("shows the conversation with notes apart, the fields, and personal data masked", async () => {
    const { number } = await hanakoTicket({
      fields: { transactionId: "DP-1", amount: "50000", fullName: "山田 花子" },
    });
    tick();
    await world.console("fundsLead").ticket.note({ number, body: "入金記録を照会中です。" });
    const view = await get(number);
    expect(view.messages.map((m) => [m.author, m.visibility])).toEqual([
      ["customer", "public"],
      ["staff", "internal"],
    ]);
    expect(view.customer).toMatchObject({
      masked: { email: "ha***@ex***.jp", fullName: "山* **", dateOfBirth: "****-**-**" },
      plan: { code: "standard" },
      frozen: false,
    });
    expect(view.fields).toContainEqual({ key: "transactionId", label: "入出金ID", value: "DP-1", pii: null });
    expect(view.fields).toContainEqual(
      expect.objectContaining({ key: "fullName", value: "山* **", pii: "fullName" }),
    );
    expect(JSON.stringify(view)).not.toContain("hanako@example.jp");
    expect(JSON.stringify(view)).not.toContain("山田 花子");
    expect(JSON.stringify(view)).not.toContain("1990-04-12");
    expect(view.macros[0]?.body).toContain(`受付番号 ${number}`);
    expect(view.macros[0]?.body).toContain("{{name}}");
    // Her other tickets, each with its window named for either console language.
    expect(view.pastTickets).toContainEqual(
      expect.objectContaining({ teamNameJa: "入出金サポート", teamNameEn: "Deposits & withdrawals" }),
    );
  });

  it("replies with a macro: name filled on sending, first response, status, assignee and one email", async () => {
    const { number } = await hanakoTicket();
    const before = await get(number);
    const macro = before.macros.find((m) => m.key === "funds_deposit_slip");
    if (!macro) throw new Error("no funds macro");
    tick();
    const sent = await world.console("fundsAgent").ticket.reply({
      number,
      version: before.version,
      body: macro.body,
      status: "waiting_on_customer",
      macroKey: macro.key,
    });
    expect(sent).toMatchObject({ status: "sent", ticketStatus: "waiting_on_customer" });
    const after = await get(number);
    expect(after.version).toBe(sent.status === "sent" ? sent.version : -1);
    expect(after.status).toBe("waiting_on_customer");
    expect(after.assignee?.id).toBe(world.ids.fundsAgent);
    expect(after.firstRespondedAt).toEqual(clock);
    expect(after.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(["replied", "macro_used", "assigned", "status_changed"]),
    );
    const mine = await world.portal(world.ids.customer).tickets.get({ number });
    expect(mine.messages.at(-1)?.body).toMatch(/^山田 花子様\n/);
    expect(mine.messages.at(-1)?.body).toContain("入出金サポート");
    const mail = await db.emailOutbox.findMany({
      where: { to: "hanako@example.jp", data: { path: ["number"], equals: number } },
      select: { template: true },
    });
    expect(mail.map((m) => m.template)).toEqual(["ticket_replied"]);
  });

  it("warns before sending a reply that asks for a secret, and records an override", async () => {
    const { number } = await hanakoTicket();
    const { version } = await get(number);
    const body = "確認のため、ログインパスワードを教えてください。";
    const warned = await world.console("fundsAgent").ticket.reply({ number, version, body });
    expect(warned).toMatchObject({ status: "warning", kinds: ["password"] });
    expect((await get(number)).messages).toHaveLength(1);
    const sent = await world
      .console("fundsAgent")
      .ticket.reply({ number, version, body, sendDespiteWarning: true });
    expect(sent.status).toBe("sent");
    expect((await get(number)).events.map((e) => e.kind)).toContain("secret_warning_overridden");
  });

  it("refuses a reply with an unknown placeholder, and a reply to a closed ticket", async () => {
    const { number } = await hanakoTicket();
    const { version } = await get(number);
    const agent = world.console("fundsAgent");
    expect(await outcomeOf(agent.ticket.reply({ number, version, body: "{{nmae}}様" }))).toBe("BAD_REQUEST");
    const closed = await agent.ticket.update({ number, version, status: "closed" });
    expect(await outcomeOf(agent.ticket.reply({ number, version: closed.version, body: "追記です。" }))).toBe(
      "CONFLICT",
    );
  });

  it("keeps internal notes from the customer", async () => {
    const { number } = await hanakoTicket();
    await world.console("fundsAgent").ticket.note({ number, body: "社内メモ：銀行に照会済み" });
    const mine = await world.portal(world.ids.customer).tickets.get({ number });
    expect(JSON.stringify(mine)).not.toContain("社内メモ");
  });

  it("changes status, priority and tags; agents take or release, leads assign anyone of the window", async () => {
    const { number } = await hanakoTicket();
    const agent = world.console("fundsAgent");
    const lead = world.console("fundsLead");
    let { version } = await get(number);
    ({ version } = await agent.ticket.update({
      number,
      version,
      priority: "high",
      tags: ["VIP", "入金 遅延"],
    }));
    ({ version } = await agent.ticket.update({ number, version, assigneeId: world.ids.fundsAgent }));
    expect(await outcomeOf(agent.ticket.update({ number, version, assigneeId: world.ids.fundsLead }))).toBe(
      "FORBIDDEN",
    );
    expect(await outcomeOf(lead.ticket.update({ number, version, assigneeId: world.ids.tradingAgent }))).toBe(
      "BAD_REQUEST",
    );
    ({ version } = await lead.ticket.update({ number, version, assigneeId: world.ids.fundsLead }));
    ({ version } = await agent.ticket.update({ number, version, status: "resolved" }));
    expect(await outcomeOf(agent.ticket.update({ number, version, status: "waiting_on_customer" }))).toBe(
      "CONFLICT",
    );
    const view = await get(number);
    expect(view).toMatchObject({ priority: "high", tags: ["vip", "入金-遅延"], status: "resolved", version });
    expect(view.assignee?.id).toBe(world.ids.fundsLead);
    const audit = await db.auditLog.count({ where: { action: "ticket.updated", objectId: view.id } });
    expect(audit).toBe(4);
  });

  it("moves the SLA deadlines with the priority, by the window's business hours", async () => {
    const { number, id } = await hanakoTicket();
    const { version } = await get(number);
    await world.console("fundsAgent").ticket.update({ number, version, priority: "urgent" });
    // Filed on Saturday 10:00 JST; 入出金サポート opens Monday 9:00. Standard plan, urgent: the
    // first response within 1 business hour, resolution within 24 (9:00-18:00 days).
    expect(
      await db.ticket.findUniqueOrThrow({
        where: { id },
        select: { firstResponseDueAt: true, resolutionDueAt: true },
      }),
    ).toEqual({
      firstResponseDueAt: new Date("2026-11-30T10:00:00+09:00"),
      resolutionDueAt: new Date("2026-12-02T15:00:00+09:00"),
    });
  });

  /** Transfers a funds ticket to security; its deadlines, in hours after it was filed. */
  async function deadlinesAfterTransferToSecurity({ number, id }: { number: string; id: string }) {
    const { version } = await get(number);
    await world
      .console("fundsAgent")
      .ticket.transfer({ number, version, team: "security", note: "乗っ取りの疑い" });
    const ticket = await db.ticket.findUniqueOrThrow({
      where: { id },
      select: { createdAt: true, firstResponseDueAt: true, resolutionDueAt: true },
    });
    const hoursAfter = (due: Date | null) => due && (due.getTime() - ticket.createdAt.getTime()) / 3_600_000;
    return {
      firstResponse: hoursAfter(ticket.firstResponseDueAt),
      resolution: hoursAfter(ticket.resolutionDueAt),
    };
  }

  it("counts a transferred ticket's deadlines by its new window's hours", async () => {
    // Security works around the clock: normal priority is due in 8 and 45 calendar hours, where
    // 入出金サポート (closed on this Saturday) had it due on Monday.
    expect(await deadlinesAfterTransferToSecurity(await hanakoTicket())).toEqual({
      firstResponse: 8,
      resolution: 45,
    });
  });

  it("holds a ticket filed without an account to the standard tier when its deadlines move", async () => {
    const guestTicket = await fileTicket(db, {
      customerId: null,
      identityCheck: "pending",
      contactEmail: "guest@example.jp",
      troubleType: "login",
      subtype: "two_factor",
      teamKey: "funds",
      now: clock,
    });
    // Standard tier, normal priority, around the clock: 8 and 45 hours, as for a standard plan
    // (the priority tier would make them 4 and 27).
    expect(await deadlinesAfterTransferToSecurity(guestTicket)).toEqual({ firstResponse: 8, resolution: 45 });
  });

  it("transfers to another window with a note; the assignee outside it is dropped", async () => {
    const { number } = await hanakoTicket();
    const agent = world.console("fundsAgent");
    let { version } = await get(number);
    ({ version } = await agent.ticket.update({ number, version, assigneeId: world.ids.fundsAgent }));
    tick();
    const moved = await agent.ticket.transfer({ number, version, team: "trading", note: "取引の件でした。" });
    expect(moved.visible).toBe(false);
    expect(await outcomeOf(get(number))).toBe("NOT_FOUND");
    const view = await world.console("tradingAgent").ticket.get({ number });
    expect(view.team.key).toBe("trading");
    expect(view.assignee).toBeNull();
    expect(view.messages.at(-1)).toMatchObject({ visibility: "internal", body: "取引の件でした。" });
  });

  it("merges a duplicate into the requester's other ticket, conversation and facts included", async () => {
    const target = await hanakoTicket({ fields: { amount: "50000" } });
    tick();
    const duplicate = await hanakoTicket({ fields: { amount: "1", transactionId: "DP-9" } });
    const other = await fileTicket(db, {
      customerId: world.ids.customerB,
      contactEmail: "taro@example.jp",
      now: clock,
    });
    const agent = world.console("fundsAgent");
    const { version } = await get(duplicate.number);
    expect(
      await outcomeOf(agent.ticket.merge({ number: duplicate.number, version, into: other.number })),
    ).toBe("BAD_REQUEST");
    expect(
      await outcomeOf(agent.ticket.merge({ number: duplicate.number, version, into: demoNumber(6) })),
    ).toBe("NOT_FOUND");
    await agent.ticket.merge({ number: duplicate.number, version, into: target.number });
    const merged = await get(target.number);
    expect(merged.messages).toHaveLength(2);
    expect(merged.fields.map((f) => [f.key, f.value])).toEqual(
      expect.arrayContaining([
        ["amount", "50000"],
        ["transactionId", "DP-9"],
      ]),
    );
    expect(merged.merged).toEqual([{ number: duplicate.number, subject: "入金が反映されません" }]);
    const gone = await get(duplicate.number);
    expect(gone).toMatchObject({ status: "closed", mergedInto: { number: target.number } });
    const list = await world.portal(world.ids.customer).tickets.list({});
    expect(list.rows.map((row) => row.number)).not.toContain(duplicate.number);
    expect(await outcomeOf(agent.ticket.note({ number: duplicate.number, body: "x" }))).toBe("CONFLICT");
  });

  it("links a ticket to an incident and unlinks it", async () => {
    const { number } = await hanakoTicket();
    const incident = await db.incident.findFirstOrThrow({
      where: { kind: "incident" },
      select: { id: true },
    });
    const agent = world.console("fundsAgent");
    let { version } = await get(number);
    expect(await outcomeOf(agent.ticket.linkIncident({ number, version, incidentId: world.ids.admin }))).toBe(
      "NOT_FOUND",
    );
    ({ version } = await agent.ticket.linkIncident({ number, version, incidentId: incident.id }));
    expect((await get(number)).incident?.id).toBe(incident.id);
    const incidents = await agent.ticket.incidents();
    expect(incidents.map((i) => i.id)).toContain(incident.id);
    await agent.ticket.linkIncident({ number, version, incidentId: null });
    expect((await get(number)).incident).toBeNull();
  });

  it("reveals one field with a reason, audited before the value is returned", async () => {
    const { number, id } = await hanakoTicket();
    const agent = world.console("fundsAgent");
    const reveal = { number, field: "fullName" as const, source: "account" as const };
    expect(await outcomeOf(agent.ticket.revealPii({ ...reveal, reason: "確認" }))).toBe("BAD_REQUEST");
    expect(await agent.ticket.revealPii({ ...reveal, reason: "振込名義との照合のため" })).toEqual({
      value: "山田 花子",
    });
    const entries = await db.auditLog.findMany({
      where: { action: "customer.pii.revealed", objectId: world.ids.customer, actorId: world.ids.fundsAgent },
      select: { objectType: true, data: true },
    });
    expect(entries).toContainEqual({
      objectType: "customer",
      data: { field: "fullName", source: "account", reason: "振込名義との照合のため", ticket: number },
    });
    expect(
      await outcomeOf(
        agent.ticket.revealPii({ number, field: "dateOfBirth", source: "ticket", reason: "入力内容の確認" }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await db.auditLog.count({
        where: { action: "customer.pii.revealed", data: { path: ["ticket"], equals: number } },
      }),
    ).toBe(1);
    expect(id).toBeTruthy();
  });

  it("matches an inquiry filed without signing in to the account it names, without revealing either", async () => {
    const filed = await fileTicket(db, {
      customerId: null,
      identityCheck: "pending",
      contactEmail: "hanako@example.jp",
      contactName: "山田 花子",
      troubleType: "login",
      subtype: "two_factor",
      teamKey: "general",
      fields: { registeredEmail: "hanako@example.jp", fullName: "ヤマダ ハナコ", dateOfBirth: "1990-04-12" },
      now: clock,
    });
    const nobodysTicket = await fileTicket(db, {
      identityCheck: "pending",
      contactEmail: "nobody@example.jp",
      troubleType: "login",
      subtype: "two_factor",
      teamKey: "general",
      now: clock,
    });
    const admin = world.console("admin");
    const view = await admin.ticket.get({ number: filed.number });
    expect(view.identity).toMatchObject({
      state: "pending",
      candidate: { masked: { email: "ha***@ex***.jp" } },
      comparison: { email: "match", fullName: "match", dateOfBirth: "match" },
    });
    expect(JSON.stringify(view)).not.toContain("1990-04-12");
    expect(
      await admin.ticket.revealPii({
        number: filed.number,
        field: "dateOfBirth",
        source: "ticket",
        reason: "本人確認のため",
      }),
    ).toEqual({
      value: "1990-04-12",
    });
    const nobody = await admin.ticket.get({ number: nobodysTicket.number });
    expect(nobody.identity).toMatchObject({ candidate: null, comparison: null });
    expect(
      await outcomeOf(
        admin.ticket.verifyIdentity({
          number: nobodysTicket.number,
          version: nobody.version,
          decision: "verified",
        }),
      ),
    ).toBe("BAD_REQUEST");
    const { version } = await admin.ticket.verifyIdentity({
      number: filed.number,
      version: view.version,
      decision: "verified",
      note: "氏名・生年月日・メールアドレスが一致",
    });
    const verified = await admin.ticket.get({ number: filed.number });
    expect(verified.identity?.state).toBe("verified");
    expect(verified.customer?.id).toBe(world.ids.customer);
    expect(
      await outcomeOf(admin.ticket.verifyIdentity({ number: filed.number, version, decision: "rejected" })),
    ).toBe("CONFLICT");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "ticket.identity.verified", objectId: verified.id },
      select: { actorId: true, data: true },
    });
    expect(audit).toMatchObject({ actorId: world.ids.admin, data: { account: world.ids.customer } });
    const mine = await world.portal(world.ids.customer).tickets.list({});
    expect(mine.rows.map((row) => row.number)).toContain(filed.number);
  });

  it("shows who else has the ticket open and who is typing, across app instances", async () => {
    const { number } = await hanakoTicket();
    expect(await world.console("fundsAgent").ticket.presence({ number })).toEqual([]);
    await world.console("fundsLead").ticket.presence({ number, typing: true });
    expect(await world.console("fundsAgent").ticket.presence({ number })).toEqual([
      { staffId: world.ids.fundsLead, name: "渡辺 翔", typing: true },
    ]);
    // A plain heartbeat keeps the typing mark for its own TTL, then it lapses while the tab stays.
    tick(5 / 60);
    await world.console("fundsLead").ticket.presence({ number });
    expect(await world.console("fundsAgent").ticket.presence({ number })).toEqual([
      { staffId: world.ids.fundsLead, name: "渡辺 翔", typing: true },
    ]);
    tick(5 / 60);
    await world.console("fundsLead").ticket.presence({ number });
    expect(await world.console("fundsAgent").ticket.presence({ number })).toEqual([
      { staffId: world.ids.fundsLead, name: "渡辺 翔", typing: false },
    ]);
    await world.console("fundsLead").ticket.presence({ number, leaving: true });
    expect(await world.console("fundsAgent").ticket.presence({ number })).toEqual([]);
    await world.console("fundsLead").ticket.presence({ number });
    // The rows live in PostgreSQL: what another instance wrote is what this one reads.
    expect(await db.ticketPresence.count({ where: { ticket: { number } } })).toBe(2);
    tick(1);
    expect(await world.console("fundsAgent").ticket.presence({ number })).toEqual([]);
  });
});

const demoNumber = (sequence: number) => formatTicketNumber(ticketYear(NOW), sequence);
