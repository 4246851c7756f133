import { feedbackRules } from "@madoguchi/core/help-center/article-feedback";
import type { Db } from "@madoguchi/db/client/create-client";
import { feedbackCounts } from "@madoguchi/db/help-center/feedback-repository";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context/context";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";

const createCaller = createCallerFactory(webRouter);

describe("was this helpful?", () => {
  let db: Db;
  let close: () => Promise<void>;
  let clock = new Date("2026-11-28T03:00:00Z");
  const from = (ip: string) =>
    createCaller(
      createContext({ db, session: null, headers: new Headers({ "x-forwarded-for": ip }), now: () => clock }),
    );
  const articleId = async (slug: string) =>
    (await db.article.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db, clock);
  }, 60_000);
  afterAll(async () => close());

  it("counts one vote per reader and article; voting again replaces it and a reason can follow", async () => {
    const reader = from("203.0.113.10");
    const result = await reader.helpCenter.feedback({
      slug: "jpy-deposit-not-credited",
      locale: "ja",
      helpful: false,
    });
    expect(result).toEqual({ recorded: true, helpful: false, troubleType: "funds" });
    await reader.helpCenter.feedback({
      slug: "jpy-deposit-not-credited",
      locale: "ja",
      helpful: false,
      reason: "振込名義の書き方が分かりませんでした",
    });
    await from("203.0.113.11").helpCenter.feedback({
      slug: "jpy-deposit-not-credited",
      locale: "en",
      helpful: true,
    });

    const id = await articleId("jpy-deposit-not-credited");
    expect(await feedbackCounts(db, id)).toEqual({ helpful: 1, notHelpful: 1 });
    const rows = await db.articleFeedback.findMany({
      where: { articleId: id },
      select: { helpful: true, reason: true, clientKey: true },
      orderBy: { createdAt: "asc" },
    });
    expect(rows[0]).toMatchObject({ helpful: false, reason: "振込名義の書き方が分かりませんでした" });
    for (const row of rows) {
      expect(row.clientKey).not.toContain("203.0.113");
      expect(row.clientKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    }

    await reader.helpCenter.feedback({ slug: "jpy-deposit-not-credited", locale: "ja", helpful: true });
    expect(await feedbackCounts(db, id)).toEqual({ helpful: 2, notHelpful: 0 });
  });

  it("counts the same reader again once a day has passed", async () => {
    const id = await articleId("cancel-order");
    await from("203.0.113.20").helpCenter.feedback({ slug: "cancel-order", locale: "ja", helpful: true });
    clock = new Date(clock.getTime() + feedbackRules.voteWindowMs + 1000);
    await from("203.0.113.20").helpCenter.feedback({ slug: "cancel-order", locale: "ja", helpful: true });
    expect(await feedbackCounts(db, id)).toEqual({ helpful: 2, notHelpful: 0 });
  });

  it("refuses a reader who votes too often, without affecting other readers", async () => {
    const slugs = (await db.article.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map(
      (a) => a.slug,
    );
    const noisy = from("198.51.100.7");
    for (let i = 0; i < feedbackRules.perClient.limit; i += 1) {
      await noisy.helpCenter.feedback({
        slug: slugs[i % slugs.length] ?? "cancel-order",
        locale: "ja",
        helpful: true,
      });
    }
    await expect(
      noisy.helpCenter.feedback({ slug: "cancel-order", locale: "ja", helpful: false }),
    ).rejects.toSatisfy((error: unknown) => error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS");
    await expect(
      from("198.51.100.8").helpCenter.feedback({ slug: "cancel-order", locale: "ja", helpful: false }),
    ).resolves.toMatchObject({ recorded: true });
  });

  it("rejects a reason that is too long and votes on articles that are not public", async () => {
    await expect(
      from("203.0.113.30").helpCenter.feedback({
        slug: "cancel-order",
        locale: "ja",
        helpful: false,
        reason: "あ".repeat(1001),
      }),
    ).rejects.toSatisfy((error: unknown) => error instanceof TRPCError && error.code === "BAD_REQUEST");
    await db.article.update({ where: { slug: "trading-fees" }, data: { status: "draft" } });
    await expect(
      from("203.0.113.30").helpCenter.feedback({ slug: "trading-fees", locale: "ja", helpful: true }),
    ).rejects.toSatisfy((error: unknown) => error instanceof TRPCError && error.code === "NOT_FOUND");
  });
});
