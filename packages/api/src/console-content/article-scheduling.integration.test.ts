import { createClient, type Db } from "@madoguchi/db/client/create-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishDueArticles } from "./article-publishing";
import { type ContentWorld, openContentTestBed, outcome, type RevalidationCatcher } from "./content-test-kit";

const HOUR = 3_600_000;

describe("scheduled publishing", () => {
  let db: Db;
  let other: Db;
  let close: () => Promise<void>;
  let catcher: RevalidationCatcher;
  let world: ContentWorld;
  const start = new Date("2026-11-28T03:00:00Z");
  let clock = start;
  const at = (hours: number) => new Date(start.getTime() + hours * HOUR);

  const article = (slug: string, title: string) => ({
    slug,
    categorySlug: "trading",
    troubleType: "trading" as const,
    tags: [],
    ja: { title, summary: "", body: `${title}についてご案内いたします。` },
  });

  beforeAll(async () => {
    const bed = await openContentTestBed({ seededAt: start, clock: () => clock });
    ({ db, catcher, world } = bed);
    // A second app instance with its own scheduler, on the same database.
    other = createClient({ url: bed.url, poolSize: 2 });
    close = async () => {
      await other.$disconnect();
      await bed.close();
    };
  }, 60_000);
  afterAll(() => close());

  it("publishes a scheduled article when its time comes, as the system, once", async () => {
    const { id } = await world.console("agent").articles.save(article("new-order-types", "新しい注文方法"));
    await world.console("agent").articles.submitForReview({ id });
    expect(await outcome(world.console("lead").articles.schedule({ id, at: at(0.005) }))).toBe("BAD_REQUEST");
    const scheduled = await world.console("lead").articles.schedule({ id, at: at(2) });
    expect(scheduled).toEqual({ id, status: "review", scheduledAt: at(2) });
    const listed = await world.console("agent").articles.list({ flag: "scheduled" });
    expect(listed.map((a) => a.slug)).toEqual(["new-order-types"]);

    expect(await publishDueArticles(db, at(1))).toEqual({ published: [] });
    expect(catcher.calls).toEqual([]);
    expect(await publishDueArticles(db, at(2))).toEqual({ published: [id] });
    expect(catcher.calls.length).toBe(1);
    expect(await publishDueArticles(db, at(3))).toEqual({ published: [] });

    clock = at(2.1);
    const found = await world.portal().search.query({ q: "新しい注文方法", locale: "ja" });
    expect(found.hits.map((hit) => hit.slug)).toContain("new-order-types");
    const published = await db.article.findUniqueOrThrow({
      where: { id },
      select: { status: true, publishedAt: true, scheduledAt: true },
    });
    expect(published).toEqual({ status: "published", publishedAt: at(2), scheduledAt: null });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { objectId: id, action: "article.published" },
      select: { actorKind: true, actorId: true },
    });
    expect(audit).toEqual({ actorKind: "system", actorId: null });
  });

  it("drops the schedule when a writer who may not publish changes the text, and lets a publisher cancel it", async () => {
    clock = at(3);
    const input = article("fee-changes", "手数料改定のお知らせ記事");
    const { id } = await world.console("lead").articles.save(input);
    await world.console("lead").articles.schedule({ id, at: at(5) });
    await world
      .console("agent")
      .articles.save({ ...input, id, ja: { ...input.ja, body: "改定内容を追記しました。" } });
    expect((await world.console("lead").articles.get({ id })).scheduledAt).toBeNull();

    await world.console("lead").articles.schedule({ id, at: at(5) });
    await world
      .console("admin")
      .articles.save({ ...input, id, ja: { ...input.ja, body: "管理者が追記しました。" } });
    expect((await world.console("lead").articles.get({ id })).scheduledAt).toEqual(at(5));

    expect((await world.console("lead").articles.schedule({ id, at: null })).scheduledAt).toBeNull();
    expect(await outcome(world.console("lead").articles.schedule({ id, at: null }))).toBe("CONFLICT");
    expect(await publishDueArticles(db, at(6))).toEqual({ published: [] });
  });

  it("shares due articles between two instances' schedulers without publishing one twice", async () => {
    clock = at(6);
    const ids: string[] = [];
    for (let n = 0; n < 5; n += 1) {
      const { id } = await world.console("lead").articles.save(article(`batch-${n}`, `一括公開の記事 ${n}`));
      await world.console("lead").articles.schedule({ id, at: at(7) });
      ids.push(id);
    }
    const [first, second] = await Promise.all([
      publishDueArticles(db, at(8)),
      publishDueArticles(other, at(8)),
    ]);
    expect([...first.published, ...second.published].sort()).toEqual([...ids].sort());
    const audits = await db.auditLog.count({ where: { objectId: { in: ids }, action: "article.published" } });
    expect(audits).toBe(ids.length);
  });
});
