import { Readable } from "node:stream";
import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { makeTempDir } from "@madoguchi/db/testing/temp-dir";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AttachmentStorage, localAttachmentStorage } from "../attachment/attachment-storage";
import type { Session } from "../context/session";
import { HTML, PDF, PNG } from "../inquiry/inquiry-test-kit";
import { consoleWorld, type ConsoleWorld, fileTicket, outcomeOf } from "./console-test-kit";
import { staffAttachmentHandler } from "./staff-attachment-http";

const NOW = new Date("2026-11-28T10:00:00+09:00");
const HOUR = 3600_000;

describe("queues, bulk actions and attachments in the console", () => {
  let db: Db;
  let close: () => Promise<void>;
  let world: ConsoleWorld;
  let storage: AttachmentStorage;
  let removeDir: () => Promise<void>;

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    world = await consoleWorld(db, () => NOW);
    const temp = await makeTempDir("console-attachments");
    removeDir = temp.remove;
    storage = localAttachmentStorage(temp.dir);
  });
  afterAll(async () => {
    await close();
    await removeDir();
  });

  it("pages a window's queue by due time with filters, and counts the queues", async () => {
    const tagged = [];
    for (let i = 0; i < 4; i++) {
      const { id, number } = await fileTicket(db, {
        now: NOW,
        priority: i === 0 ? "urgent" : "normal",
        firstResponseDueAt: new Date(NOW.getTime() + (i - 1) * HOUR),
      });
      await db.ticket.update({ where: { id }, data: { tags: ["queue-test"] } });
      tagged.push(number);
    }
    const agent = world.console("fundsAgent");
    const page = await agent.queue.list({
      queue: { kind: "team", team: "funds" },
      filters: { tag: "queue-test" },
    });
    expect(page.rows.map((row) => row.number)).toEqual(tagged);
    expect(page.rows[0]).toMatchObject({ priority: "urgent", team: { key: "funds" } });
    expect(page.next).toBeNull();
    const urgent = await agent.queue.list({
      queue: { kind: "unassigned" },
      filters: { tag: "queue-test", priority: ["urgent"] },
    });
    expect(urgent.rows.map((row) => row.number)).toEqual([tagged[0]]);
    const today = await agent.queue.list({
      queue: { kind: "team", team: "funds" },
      filters: { tag: "queue-test", createdFrom: "2026-11-29" },
      sort: "newest",
    });
    expect(today.rows).toEqual([]);
    const counts = await agent.queue.counts();
    expect(counts.teams.funds).toBeGreaterThanOrEqual(4);
    expect(counts.breaching).toBeGreaterThanOrEqual(2);
  });

  it("lets a lead assign, set the status of and tag many tickets at once, skipping what cannot change", async () => {
    const a = await fileTicket(db, { now: NOW });
    const b = await fileTicket(db, { now: NOW });
    const lead = world.console("fundsLead");
    const assigned = await lead.queue.bulkAssign({
      ticketIds: [a.id, b.id],
      assigneeId: world.ids.fundsAgent,
    });
    expect(assigned).toEqual({ updated: 2, skipped: [] });
    expect(
      await outcomeOf(lead.queue.bulkAssign({ ticketIds: [a.id], assigneeId: world.ids.tradingAgent })),
    ).toBe("BAD_REQUEST");
    await lead.queue.bulkStatus({ ticketIds: [b.id], status: "closed" });
    const status = await lead.queue.bulkStatus({ ticketIds: [a.id, b.id], status: "resolved" });
    expect(status).toEqual({ updated: 1, skipped: [b.number] });
    const tags = await lead.queue.bulkTag({ ticketIds: [a.id, b.id], add: ["一括 確認"], remove: ["demo"] });
    expect(tags.updated).toBe(2);
    const rows = await db.ticket.findMany({
      where: { id: { in: [a.id, b.id] } },
      orderBy: { number: "asc" },
      select: { assigneeId: true, status: true, tags: true },
    });
    expect(rows).toEqual([
      { assigneeId: world.ids.fundsAgent, status: "resolved", tags: ["一括-確認"] },
      { assigneeId: world.ids.fundsAgent, status: "closed", tags: ["一括-確認"] },
    ]);
    const mail = await db.emailOutbox.count({ where: { template: "ticket_status_changed" } });
    expect(mail).toBeGreaterThanOrEqual(2);
    expect(
      await db.auditLog.count({
        where: { action: { startsWith: "ticket.bulk." }, actorId: world.ids.fundsLead },
      }),
    ).toBe(4);
  });

  it("lists who a window's tickets may be assigned to", async () => {
    const staff = await world.console("fundsAgent").queue.assignees({ team: "funds" });
    expect(staff.map((s) => s.id).sort()).toEqual(
      [world.ids.admin, world.ids.fundsAgent, world.ids.fundsLead].sort(),
    );
  });

  describe("attachments", () => {
    const files: Record<string, string> = {};

    beforeAll(async () => {
      const ticket = await fileTicket(db, { now: NOW });
      const securityTicket = await fileTicket(db, {
        now: NOW,
        teamKey: "security",
        troubleType: "security",
        subtype: "unauthorized_access",
      });
      for (const [name, bytes, type, ticketId] of [
        ["slip.png", PNG, "image/png", ticket.id],
        ["明細.pdf", PDF, "application/pdf", ticket.id],
        ["page.html", HTML, "text/html", ticket.id],
        ["evidence.png", PNG, "image/png", securityTicket.id],
      ] as const) {
        const storageKey = `att/${name.replace(/\W/g, "x")}-${"k".repeat(20)}`;
        await storage.put(storageKey, Readable.from([bytes]));
        const row = await db.attachment.create({
          data: {
            ticketId,
            storageKey,
            fileName: name,
            contentType: type,
            size: bytes.length,
            sha256: "0".repeat(64),
          },
          select: { id: true },
        });
        files[name] = row.id;
      }
    });

    const download = (session: Session | null, id: string) =>
      staffAttachmentHandler({ sessionSource: async () => session, db: () => db, storage: () => storage })(
        new Request(`http://console.test/api/attachments/${id}`),
        { id },
      );

    it("shows images inline to the window's staff, with nosniff and a sandbox", async () => {
      const response = await download(world.sessions.fundsAgent, files["slip.png"] as string);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(response.headers.get("content-disposition")).toMatch(/^inline;/);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toContain("sandbox");
      expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
    });

    it("sends PDFs and anything else as a download", async () => {
      for (const name of ["明細.pdf", "page.html"]) {
        const response = await download(world.sessions.fundsLead, files[name] as string);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-disposition")).toMatch(/^attachment;.*filename\*=UTF-8''/);
      }
    });

    it("answers 404 outside the staff member's windows and 401 to anyone not staff", async () => {
      expect((await download(world.sessions.tradingAgent, files["slip.png"] as string)).status).toBe(404);
      expect((await download(world.sessions.fundsLead, files["evidence.png"] as string)).status).toBe(404);
      expect((await download(world.sessions.securityAgent, files["evidence.png"] as string)).status).toBe(
        200,
      );
      expect((await download(world.sessions.admin, files["evidence.png"] as string)).status).toBe(200);
      expect((await download(world.sessions.customer, files["slip.png"] as string)).status).toBe(401);
      expect((await download(null, files["slip.png"] as string)).status).toBe(401);
      expect((await download(world.sessions.fundsAgent, "../../etc/passwd")).status).toBe(404);
    });
  });
});
