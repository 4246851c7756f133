import { randomBytes } from "node:crypto";
import type { Db } from "@madoguchi/db/client/create-client";
import { makeTempDir } from "@madoguchi/db/testing/temp-dir";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type AttachmentStorage, localAttachmentStorage } from "../attachment/attachment-storage";
import { inquiryUploadLimits } from "../attachment/parse-multipart-upload";
import { createContext } from "../context/context";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";
import { inquirySubmissionHandler } from "./inquiry-http";
import { HTML, multipartRequest, PDF, PNG, storedFiles, switchableSession } from "./inquiry-test-kit";

const NOW = new Date("2026-11-27T10:00:00+09:00");
const URL_ = "http://portal.test/api/inquiries";
const createCaller = createCallerFactory(webRouter);
const formKey = () => randomBytes(12).toString("base64url");

const deposit = (key: string) => ({
  type: "funds",
  subtype: "jpy_deposit_missing",
  locale: "ja",
  formKey: key,
  occurredAt: "2026-11-27T09:15",
  amount: "50,000",
  description: "11月27日9時ごろ、ゆうちょ銀行から50,000円を振り込みましたが、まだ反映されていません。",
});

describe("filing an inquiry through POST /api/inquiries", () => {
  let db: Db;
  let close: () => Promise<void>;
  let root: string;
  let remove: () => Promise<void>;
  let storage: AttachmentStorage;
  let hanako: string;
  const session = switchableSession();
  let handler: (request: Request) => Promise<Response>;
  const caller = () => createCaller(createContext({ db, session: null, now: () => NOW }));

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    hanako = (
      await db.customer.findUniqueOrThrow({ where: { email: "hanako@example.jp" }, select: { id: true } })
    ).id;
  }, 60_000);
  afterAll(async () => close());
  beforeEach(async () => {
    ({ dir: root, remove } = await makeTempDir("inquiries"));
    storage = localAttachmentStorage(root);
    handler = inquirySubmissionHandler({
      sessionSource: session.source,
      db: () => db,
      storage: () => storage,
      now: () => NOW,
    });
    session.as({ kind: "customer", customerId: hanako });
  });
  afterEach(async () => remove());

  const ticketsOf = (customerId: string | null) =>
    db.ticket.findMany({ where: { customerId }, select: { number: true }, orderBy: { number: "asc" } });

  it("files a ticket with its fields, attachment, receipt email and audit entry, routed by core", async () => {
    const key = formKey();
    const response = await handler(
      multipartRequest(URL_, deposit(key), [{ name: "振込明細.png", bytes: PNG }]),
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as { number: string; receiptUrl: string };
    expect(body.receiptUrl).toBe(`/contact/done?form=${key}`);

    const ticket = await db.ticket.findUniqueOrThrow({
      where: { number: body.number },
      select: {
        id: true,
        customerId: true,
        priority: true,
        identityCheck: true,
        subject: true,
        firstResponseDueAt: true,
        team: { select: { key: true } },
        fields: { select: { key: true, value: true }, orderBy: { key: "asc" } },
        messages: {
          select: {
            body: true,
            redacted: true,
            attachments: { select: { fileName: true, contentType: true, storageKey: true } },
          },
        },
      },
    });
    expect(ticket).toMatchObject({
      customerId: hanako,
      priority: "normal",
      identityCheck: "not_required",
      team: { key: "funds" },
    });
    expect(ticket.subject).toMatch(/^日本円の入金が反映されない: 11月27日9時ごろ/);
    expect(ticket.fields).toEqual([
      { key: "amount", value: "50000" },
      { key: "occurredAt", value: "2026-11-27T09:15" },
    ]);
    expect(ticket.messages).toHaveLength(1);
    expect(ticket.messages[0]?.attachments).toMatchObject([
      { fileName: "振込明細.png", contentType: "image/png" },
    ]);
    expect(await storedFiles(root)).toEqual([
      ticket.messages[0]?.attachments[0]?.storageKey.slice("att/".length),
    ]);
    // Friday 10:00 JST, normal priority on the standard plan: 8 business hours = Friday 18:00.
    expect(ticket.firstResponseDueAt?.toISOString()).toBe("2026-11-27T09:00:00.000Z");

    const mail = await db.emailOutbox.findFirst({
      where: { template: "inquiry_received", to: "hanako@example.jp" },
      select: { locale: true, data: true },
    });
    expect(mail?.data).toEqual({
      number: body.number,
      teamKey: "funds",
      firstResponseDueAt: "2026-11-27T09:00:00.000Z",
      followUp: "sign_in",
    });
    const audit = await db.auditLog.findFirst({
      where: { action: "inquiry.filed", objectId: ticket.id },
      select: { actorId: true },
    });
    expect(audit?.actorId).toBe(hanako);

    const receipt = await createCaller(
      createContext({ db, session: { kind: "customer", customerId: hanako }, now: () => NOW }),
    ).inquiry.receipt({ formKey: key });
    expect(receipt).toMatchObject({ number: body.number, teamKey: "funds", followUp: "sign_in" });
    expect(await caller().inquiry.receipt({ formKey: key })).toBeNull();
  });

  it("files one ticket for two concurrent submissions of the same form, and keeps only its files", async () => {
    const key = formKey();
    const before = await ticketsOf(hanako);
    const responses = await Promise.all(
      [0, 1].map(() => handler(multipartRequest(URL_, deposit(key), [{ name: "slip.pdf", bytes: PDF }]))),
    );
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { number: string }[];
    expect(responses.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(bodies[0]?.number).toBe(bodies[1]?.number);
    expect((await ticketsOf(hanako)).length).toBe(before.length + 1);
    const attachments = await db.attachment.findMany({
      where: { ticket: { number: bodies[0]?.number } },
      select: { storageKey: true },
    });
    expect(await storedFiles(root)).toEqual(attachments.map((a) => a.storageKey.slice("att/".length)));

    const retry = await handler(multipartRequest(URL_, deposit(key)));
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { number: string }).number).toBe(bodies[0]?.number);
  });

  it("leaves no ticket, no stored file and no used key when the transaction fails midway", async () => {
    const key = formKey();
    const before = await db.ticket.count();
    await db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_mail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'mail down'; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_mail BEFORE INSERT ON email_outbox FOR EACH ROW EXECUTE FUNCTION refuse_mail()`,
    );
    try {
      const response = await handler(
        multipartRequest(URL_, deposit(key), [{ name: "slip.png", bytes: PNG }]),
      );
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ ok: false, problem: "inquiry.failed" });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_mail ON email_outbox`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_mail()`);
    }
    expect(await db.ticket.count()).toBe(before);
    expect(await db.attachment.count({ where: { fileName: "slip.png" } })).toBe(0);
    expect(await storedFiles(root)).toEqual([]);
    const again = await handler(multipartRequest(URL_, deposit(key)));
    expect(again.status).toBe(201);
  });

  it.each([
    [
      "HTML named .png",
      [{ name: "evil.png", bytes: HTML, type: "image/png" }],
      400,
      "attachment.unsupported_type",
    ],
    [
      "a file over 10 MB",
      [{ name: "big.png", bytes: Buffer.concat([PNG, Buffer.alloc(inquiryUploadLimits.maxFileBytes)]) }],
      413,
      "attachment.file_too_large",
    ],
    [
      "six files",
      Array.from({ length: 6 }, (_, i) => ({ name: `${i}.png`, bytes: PNG })),
      400,
      "attachment.too_many_files",
    ],
  ])("refuses %s, storing nothing and filing nothing", async (_name, files, status, problem) => {
    const before = await db.ticket.count();
    const response = await handler(multipartRequest(URL_, deposit(formKey()), files));
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ ok: false, problem });
    expect(await storedFiles(root)).toEqual([]);
    expect(await db.ticket.count()).toBe(before);
  });

  it("answers the fields to fix, next to each field, and files nothing", async () => {
    const before = await db.ticket.count();
    const response = await handler(
      multipartRequest(
        URL_,
        { ...deposit(formKey()), occurredAt: "2099-01-01T10:00", amount: "1e5", priority: "urgent" },
        [{ name: "slip.png", bytes: PNG }],
      ),
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      ok: false,
      problem: "inquiry.fields",
      issues: [
        { field: "occurredAt", messageKey: "inquiry.datetime.future" },
        { field: "amount", messageKey: "inquiry.amount.exponent" },
      ],
    });
    expect(await storedFiles(root)).toEqual([]);
    expect(await db.ticket.count()).toBe(before);
  });

  it("sends a plain form post back to the form with a draft of what was typed", async () => {
    const key = formKey();
    const response = await handler(
      multipartRequest(URL_, { ...deposit(key), amount: "abc" }, [], { plain: true }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/contact/funds/jpy_deposit_missing/form?form=${key}`);
    const draft = await createCaller(
      createContext({ db, session: { kind: "customer", customerId: hanako }, now: () => NOW }),
    ).inquiry.draft({ formKey: key });
    expect(draft).toMatchObject({
      values: { amount: "abc" },
      issues: [{ field: "amount", messageKey: "inquiry.amount.format" }],
    });
    expect(await caller().inquiry.draft({ formKey: key })).toBeNull();

    const filed = await handler(multipartRequest(URL_, deposit(key), [], { plain: true }));
    expect(filed.headers.get("location")).toBe(`/contact/done?form=${key}`);
  });

  it("flags a seed phrase before filing, and redacts it when the customer sends anyway", async () => {
    const key = formKey();
    const phrase = `${"abandon ".repeat(11)}about`;
    const fields = {
      ...deposit(key),
      description: `入金が反映されません。念のため私のシードフレーズは ${phrase} です。`,
    };
    const flagged = await handler(multipartRequest(URL_, fields));
    expect(flagged.status).toBe(422);
    expect(await flagged.json()).toMatchObject({
      problem: "inquiry.secrets",
      secrets: [{ field: "description", kinds: ["seed_phrase"] }],
    });

    const sent = await handler(multipartRequest(URL_, { ...fields, sendDespiteSecrets: "on" }));
    const { number } = (await sent.json()) as { number: string };
    const message = await db.message.findFirstOrThrow({
      where: { ticket: { number } },
      select: { body: true, redacted: true },
    });
    expect(message.redacted).toBe(true);
    expect(message.body).not.toContain("abandon");
    expect(message.body).toContain("［削除されました：シードフレーズ］");
  });

  it("files security trouble as urgent for the security team, whatever the form says", async () => {
    const response = await handler(
      multipartRequest(URL_, {
        type: "security",
        subtype: "unauthorized_access",
        locale: "en",
        formKey: formKey(),
        occurredAt: "2026-11-27T08:00",
        description: "Someone signed in from an unknown device this morning.",
        priority: "low",
      }),
    );
    const { number } = (await response.json()) as { number: string };
    expect(
      await db.ticket.findUnique({
        where: { number },
        select: { priority: true, team: { select: { key: true } } },
      }),
    ).toEqual({
      priority: "urgent",
      team: { key: "security" },
    });
  });

  it("requires a signed-in, verified customer for every type but login trouble", async () => {
    session.as(null);
    const anonymous = await handler(multipartRequest(URL_, deposit(formKey())));
    expect(anonymous.status).toBe(401);
    const taro = (
      await db.customer.findUniqueOrThrow({ where: { email: "taro@example.jp" }, select: { id: true } })
    ).id;
    await db.customer.update({ where: { id: taro }, data: { emailVerifiedAt: null } });
    session.as({ kind: "customer", customerId: taro });
    const unverified = await handler(multipartRequest(URL_, deposit(formKey())));
    expect(unverified.status).toBe(403);
    expect(await unverified.json()).toEqual({ ok: false, problem: "account.emailNotVerified" });
  });

  it("takes a file input left empty (a part with no name and no bytes) as no attachment", async () => {
    const response = await handler(
      multipartRequest(URL_, deposit(formKey()), [{ name: "", bytes: Buffer.alloc(0) }]),
    );
    expect(response.status).toBe(201);
    const { number } = (await response.json()) as { number: string };
    expect(await db.attachment.count({ where: { ticket: { number } } })).toBe(0);
  });

  it("refuses a post from another origin before reading it", async () => {
    const response = await handler(
      multipartRequest(URL_, deposit(formKey()), [], { origin: "https://evil.example" }),
    );
    expect(response.status).toBe(403);
  });
});
