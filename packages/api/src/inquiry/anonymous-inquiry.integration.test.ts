import { randomBytes } from "node:crypto";
import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { makeTempDir } from "@madoguchi/db/testing/temp-dir";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localAttachmentStorage } from "../attachment/attachment-storage";
import { createContext } from "../context/context";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";
import { inquirySubmissionHandler } from "./inquiry-http";
import { multipartRequest } from "./inquiry-test-kit";

const NOW = new Date("2026-11-28T10:00:00+09:00");
const URL_ = "http://portal.test/api/inquiries";
const createCaller = createCallerFactory(webRouter);

describe("login trouble filed without signing in", () => {
  let db: Db;
  let close: () => Promise<void>;
  let removeDir: () => Promise<void>;
  let handler: (request: Request) => Promise<Response>;
  const caller = (ip = "198.51.100.7") =>
    createCaller(
      createContext({ db, session: null, headers: new Headers({ "x-forwarded-for": ip }), now: () => NOW }),
    );
  const latestCode = async (to: string) => {
    const mail = await db.emailOutbox.findFirstOrThrow({
      where: { to, template: "inquiry_code" },
      orderBy: { createdAt: "desc" },
      select: { data: true },
    });
    return (mail.data as { code: string }).code;
  };
  const form = (fields: Record<string, string> = {}) => ({
    type: "login",
    subtype: "forgot_password",
    locale: "ja",
    formKey: randomBytes(12).toString("base64url"),
    registeredEmail: "hanako@example.jp",
    fullName: "山田 花子",
    dateOfBirth: "1990-04-12",
    description: "パスワードを忘れてしまい、再設定のメールも届きません。",
    ...fields,
  });

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, NOW);
    const temp = await makeTempDir("anonymous-inquiries");
    removeDir = temp.remove;
    const storage = localAttachmentStorage(temp.dir);
    handler = inquirySubmissionHandler({
      sessionSource: async () => null,
      db: () => db,
      storage: () => storage,
      now: () => NOW,
    });
  }, 60_000);
  afterAll(async () => {
    await removeDir();
    await close();
  });

  it("sends a code to the address typed and answers the same whether an account has it or not", async () => {
    await expect(caller().inquiry.requestCode({ email: "hanako@example.jp", locale: "ja" })).resolves.toEqual(
      { status: "sent" },
    );
    await expect(caller().inquiry.requestCode({ email: "nobody@example.jp", locale: "ja" })).resolves.toEqual(
      { status: "sent" },
    );
    expect(await latestCode("hanako@example.jp")).toMatch(/^\d{6}$/);
    expect(await latestCode("nobody@example.jp")).toMatch(/^\d{6}$/);
    const stored = await db.authToken.findMany({
      where: { purpose: "inquiry_code" },
      select: { tokenHash: true, customerId: true },
    });
    const codes = [await latestCode("hanako@example.jp"), await latestCode("nobody@example.jp")];
    expect(
      stored.every((row) => row.customerId === null && !codes.some((code) => row.tokenHash.includes(code))),
    ).toBe(true);
  });

  it("files with the right code: no account attached, identity pending, the code used up", async () => {
    const missing = await handler(multipartRequest(URL_, form()));
    expect(await missing.json()).toMatchObject({
      issues: [{ field: "code", messageKey: "inquiry.code.required" }],
    });
    const wrong = await handler(
      multipartRequest(
        URL_,
        form({ code: "000000" === (await latestCode("hanako@example.jp")) ? "111111" : "000000" }),
      ),
    );
    expect(await wrong.json()).toMatchObject({
      issues: [{ field: "code", messageKey: "inquiry.code.invalid" }],
    });

    const code = await latestCode("hanako@example.jp");
    const fields = form({ code: ` ${code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))} ` });
    const response = await handler(multipartRequest(URL_, fields));
    expect(response.status).toBe(201);
    const { number } = (await response.json()) as { number: string };
    const ticket = await db.ticket.findUniqueOrThrow({
      where: { number },
      select: {
        customerId: true,
        identityCheck: true,
        contactEmail: true,
        contactName: true,
        team: { select: { key: true } },
      },
    });
    expect(ticket).toEqual({
      customerId: null,
      identityCheck: "pending",
      contactEmail: "hanako@example.jp",
      contactName: "山田 花子",
      team: { key: "general" },
    });
    const receiptMail = await db.emailOutbox.findFirstOrThrow({
      where: { template: "inquiry_received" },
      select: { to: true, data: true },
    });
    expect(receiptMail).toMatchObject({ to: "hanako@example.jp", data: { number, followUp: "email_code" } });
    expect(await caller().inquiry.receipt({ formKey: fields.formKey })).toMatchObject({
      number,
      followUp: "email_code",
    });

    const reused = await handler(
      multipartRequest(URL_, { ...fields, formKey: randomBytes(12).toString("base64url") }),
    );
    expect(await reused.json()).toMatchObject({
      issues: [{ field: "code", messageKey: "inquiry.code.invalid" }],
    });
  });

  it("follows the ticket up with the address, the number and an emailed code", async () => {
    const code = await (async () => {
      await caller().inquiry.requestCode({ email: "alex@example.com", locale: "en" });
      return latestCode("alex@example.com");
    })();
    const filed = await handler(
      multipartRequest(
        URL_,
        form({ registeredEmail: "alex@example.com", fullName: "Alex Morgan", locale: "en", code }),
      ),
    );
    const { number } = (await filed.json()) as { number: string };
    const mailsBefore = await db.emailOutbox.count({ where: { template: "inquiry_code" } });

    await expect(
      caller().inquiry.followUp.requestCode({ email: "taro@example.jp", number, locale: "ja" }),
    ).resolves.toEqual({ status: "sent" });
    expect(await db.emailOutbox.count({ where: { template: "inquiry_code" } })).toBe(mailsBefore);
    await caller().inquiry.followUp.requestCode({ email: "alex@example.com", number, locale: "en" });
    const followUpCode = await latestCode("alex@example.com");
    await expect(
      caller().inquiry.followUp.open({ email: "taro@example.jp", number, code: followUpCode }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "inquiry.code.invalid" });
    const { accessToken } = await caller().inquiry.followUp.open({
      email: "alex@example.com",
      number,
      code: followUpCode,
    });
    await expect(
      caller().inquiry.followUp.open({ email: "alex@example.com", number, code: followUpCode }),
    ).rejects.toMatchObject({ message: "inquiry.code.invalid" });

    const view = await caller().inquiry.followUp.ticket({ accessToken });
    expect(view).toMatchObject({ number, status: "new", canReply: true });
    expect(view).not.toHaveProperty("id");
    await expect(
      caller().inquiry.followUp.reply({ accessToken, body: "I can also send a photo of my ID if needed." }),
    ).resolves.toEqual({ status: "sent" });
    await expect(caller().inquiry.followUp.reply({ accessToken, body: "code 123456" })).resolves.toEqual({
      status: "secrets",
      kinds: ["two_factor_code"],
    });
    expect(
      (await caller().inquiry.followUp.ticket({ accessToken })).messages.map((m) => m.body),
    ).toHaveLength(2);

    await expect(caller().inquiry.followUp.ticket({ accessToken: "b".repeat(43) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const later = createCaller(
      createContext({ db, session: null, now: () => new Date(NOW.getTime() + 31 * 60_000) }),
    );
    await expect(later.inquiry.followUp.ticket({ accessToken })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stops guessing after five wrong codes for an address", async () => {
    await caller().inquiry.requestCode({ email: "kenji@example.jp", locale: "ja" });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await handler(
        multipartRequest(
          URL_,
          form({
            registeredEmail: "kenji@example.jp",
            fullName: "松本 健司",
            code: "999999" === (await latestCode("kenji@example.jp")) ? "888888" : "999999",
          }),
        ),
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([422, 422, 422, 422, 422, 429]);
  });

  it("throttles code requests per client", async () => {
    const results = [];
    for (let i = 0; i < 11; i++) {
      results.push(
        await caller("203.0.113.50")
          .inquiry.requestCode({ email: `flood${i}@example.jp`, locale: "en" })
          .then(
            () => "sent",
            (e: { code?: string }) => e.code,
          ),
      );
    }
    expect(results.slice(0, 10).every((r) => r === "sent")).toBe(true);
    expect(results[10]).toBe("TOO_MANY_REQUESTS");
  });

  it("refuses every other type without signing in", async () => {
    const response = await handler(
      multipartRequest(URL_, {
        ...form(),
        type: "other",
        subtype: "how_to",
        description: "使い方を教えてください。よろしくお願いします。",
      }),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ ok: false, problem: "inquiry.signInRequired" });
  });
});
