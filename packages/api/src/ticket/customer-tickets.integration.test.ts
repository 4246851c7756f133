import { randomBytes } from "node:crypto";
import { formatTicketNumber, ticketYear } from "@madoguchi/core/ticket/ticket-number";
import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { makeTempDir } from "@madoguchi/db/testing/temp-dir";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AttachmentStorage, localAttachmentStorage } from "../attachment/attachment-storage";
import { createContext } from "../context/context";
import type { Session } from "../context/session";
import { multipartRequest, PNG, storedFiles, switchableSession } from "../inquiry/inquiry-test-kit";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";
import { replyAsStaff } from "./staff-reply";
import { attachmentDownloadHandler, ticketReplyHandler } from "./ticket-http";

const DAY = 24 * 60 * 60 * 1000;
const createCaller = createCallerFactory(webRouter);
const actors = ["anonymous", "customerA", "customerB"] as const;
type Actor = (typeof actors)[number];

describe("a customer's tickets: reply with attachments, downloads, solve, reopen, rate", () => {
  let db: Db;
  let close: () => Promise<void>;
  let root: string;
  let removeDir: () => Promise<void>;
  let storage: AttachmentStorage;
  let clock = new Date("2026-11-28T10:00:00+09:00");
  let sessions: Record<Actor, Session | null>;
  let staffId: string;
  const session = switchableSession();
  const deps = () => ({
    sessionSource: session.source,
    db: () => db,
    storage: () => storage,
    now: () => clock,
  });
  const number = (sequence: number) => formatTicketNumber(ticketYear(clock), sequence);
  const caller = (actor: Actor) =>
    createCaller(createContext({ db, session: sessions[actor], now: () => clock }));
  const reply = (
    actor: Actor,
    ticket: string,
    fields: Record<string, string>,
    files = [{ name: "画面.png", bytes: PNG }],
  ) => {
    session.as(sessions[actor]);
    return ticketReplyHandler(deps())(
      multipartRequest(
        `http://portal.test/api/inquiries/${ticket}/messages`,
        { formKey: randomBytes(12).toString("base64url"), ...fields },
        files,
      ),
      { number: ticket },
    );
  };
  const download = (actor: Actor, id: string) => {
    session.as(sessions[actor]);
    return attachmentDownloadHandler(deps())(new Request(`http://portal.test/api/attachments/${id}`), { id });
  };

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, clock);
    const temp = await makeTempDir("ticket-replies");
    root = temp.dir;
    removeDir = temp.remove;
    storage = localAttachmentStorage(root);
    const id = async (email: string) =>
      (await db.customer.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    sessions = {
      anonymous: null,
      customerA: { kind: "customer", customerId: await id("hanako@example.jp") },
      customerB: { kind: "customer", customerId: await id("taro@example.jp") },
    };
    staffId = (
      await db.staff.findUniqueOrThrow({
        where: { email: "agent.funds@staff.example.jp" },
        select: { id: true },
      })
    ).id;
  }, 60_000);
  afterAll(async () => {
    await removeDir();
    await close();
  });

  it("lets only the owner reply; anyone else stores nothing and learns nothing", async () => {
    const outcomes: Record<Actor, number> = { anonymous: 0, customerA: 0, customerB: 0 };
    for (const actor of actors)
      outcomes[actor] = (await reply(actor, number(1), { body: "振込明細を添付します。" })).status;
    expect(outcomes).toEqual({ anonymous: 401, customerA: 201, customerB: 404 });
    const missing = await reply("customerB", formatTicketNumber(ticketYear(clock), 99_999), { body: "x" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual(await (await reply("customerB", number(1), { body: "x" })).json());
    expect(await storedFiles(root)).toHaveLength(1);
  });

  it("serves an attachment as a download to its owner only, 404 to anyone else as for a missing id", async () => {
    const ticket = await caller("customerA").tickets.get({ number: number(1) });
    const attachment = ticket.messages.flatMap((m) => m.attachments).find((a) => a.fileName === "画面.png");
    if (!attachment) throw new Error("no attachment");
    const mine = await download("customerA", attachment.id);
    expect(mine.status).toBe(200);
    expect(Object.fromEntries(mine.headers)).toMatchObject({
      "content-type": "image/png",
      "content-disposition": `attachment; filename="__.png"; filename*=UTF-8''${encodeURIComponent("画面.png")}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(Buffer.from(await mine.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await download("anonymous", attachment.id)).status).toBe(401);
    const theirs = await download("customerB", attachment.id);
    const none = await download("customerB", "00000000-0000-4000-8000-00000000abcd");
    expect([theirs.status, none.status]).toEqual([404, 404]);
    expect(await theirs.text()).toBe(await none.text());
    expect((await download("customerA", "not-a-uuid")).status).toBe(404);
  });

  it("flags a secret in a reply, and redacts it when sent anyway", async () => {
    const flagged = await reply("customerA", number(1), { body: "認証コードは 482913 です" }, []);
    expect(flagged.status).toBe(422);
    expect(await flagged.json()).toMatchObject({ secrets: [{ field: "body", kinds: ["two_factor_code"] }] });
    const sent = await reply(
      "customerA",
      number(1),
      { body: "認証コードは 482913 です", sendDespiteSecrets: "on" },
      [],
    );
    expect(sent.status).toBe(201);
    const ticket = await caller("customerA").tickets.get({ number: number(1) });
    expect(ticket.messages.at(-1)?.body).not.toContain("482913");
  });

  it("tells the customer of a staff reply and a status change, with no link, in their language", async () => {
    const ticket = await db.ticket.findUniqueOrThrow({ where: { number: number(1) }, select: { id: true } });
    await replyAsStaff(db, {
      ticketId: ticket.id,
      staffId,
      body: "確認いたしました。",
      status: "waiting_on_customer",
      now: clock,
    });
    const mails = await db.emailOutbox.findMany({
      where: { to: "hanako@example.jp", template: { in: ["ticket_replied", "ticket_status_changed"] } },
      orderBy: { createdAt: "asc" },
      select: { template: true, locale: true, data: true },
    });
    expect(mails).toEqual([
      { template: "ticket_replied", locale: "ja", data: { number: number(1), followUp: "sign_in" } },
      {
        template: "ticket_status_changed",
        locale: "ja",
        data: { number: number(1), status: "waiting_on_customer", followUp: "sign_in" },
      },
    ]);
    const view = await caller("customerA").tickets.get({ number: number(1) });
    expect(view.status).toBe("waiting_on_customer");
    expect(view.messages.at(-1)).toMatchObject({ author: "staff", body: "確認いたしました。" });
    expect(view.events.map((e) => e.kind)).toContain("replied");

    const anonymousTicket = await db.ticket.findFirstOrThrow({
      where: { customerId: null },
      select: { id: true, contactEmail: true },
    });
    await replyAsStaff(db, { ticketId: anonymousTicket.id, staffId, body: "ご本人確認のため…", now: clock });
    const notice = await db.emailOutbox.findFirstOrThrow({
      where: { to: anonymousTicket.contactEmail, template: "ticket_replied" },
      select: { data: true },
    });
    expect(notice.data).toMatchObject({ followUp: "email_code" });
  });

  it("moves through reply, solved, reopen within 14 days, and one rating", async () => {
    const a = caller("customerA");
    expect((await reply("customerA", number(1), { body: "ありがとうございます。" }, [])).status).toBe(201);
    expect((await a.tickets.get({ number: number(1) })).status).toBe("open");
    await expect(a.tickets.markSolved({ number: number(1) })).resolves.toEqual({ status: "resolved" });
    const resolved = await a.tickets.get({ number: number(1) });
    expect(resolved.actions).toEqual({ reply: false, mark_solved: false, reopen: true, rate: true });
    expect((await reply("customerA", number(1), { body: "追記です。" }, [])).status).toBe(409);

    clock = new Date(clock.getTime() + 13 * DAY);
    await expect(a.tickets.reopen({ number: number(1) })).resolves.toEqual({ status: "open" });
    await a.tickets.markSolved({ number: number(1) });
    await expect(a.tickets.rate({ number: number(1), score: 5, comment: "早い対応でした" })).resolves.toEqual(
      { rated: true },
    );
    await expect(a.tickets.rate({ number: number(1), score: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "ticket.alreadyRated",
    });

    clock = new Date(clock.getTime() + 15 * DAY);
    await expect(a.tickets.reopen({ number: number(1) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "ticket.reopenWindowPassed",
    });
    expect((await a.tickets.get({ number: number(1) })).actions.reopen).toBe(false);
    await expect(caller("customerB").tickets.reopen({ number: number(1) })).rejects.toSatisfy(
      (error: unknown) => error instanceof TRPCError && error.code === "NOT_FOUND",
    );
  });

  it("lists the customer's tickets by status, newest activity first", async () => {
    const all = await caller("customerA").tickets.list({});
    expect(all.rows.map((r) => r.number)).toEqual([number(1), number(4)]);
    const open = await caller("customerA").tickets.list({ status: "resolved" });
    expect(open.rows.every((r) => r.status === "resolved")).toBe(true);
    expect((await caller("customerB").tickets.list({})).rows.map((r) => r.number)).not.toContain(number(1));
  });
});
