import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../client/create-client";
import { openTestDb } from "../testing/test-database";
import { hitRateLimit, peekRateLimit } from "./rate-limit-repository";

describe("rate limits in PostgreSQL", () => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await openTestDb()));
  afterAll(async () => close());

  const rule = { key: "test:ip:198.51.100.7", limit: 3, windowMs: 60_000 };
  const now = new Date("2026-11-28T00:00:10Z");

  it("allows up to the limit in a window, then refuses with the seconds left", async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await hitRateLimit(db, rule, now));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]?.retryAfterSeconds).toBe(50);
    expect((await peekRateLimit(db, rule, now)).allowed).toBe(false);
  });

  it("starts again in the next window", async () => {
    expect((await hitRateLimit(db, rule, new Date("2026-11-28T00:01:00Z"))).allowed).toBe(true);
  });

  it("never lets concurrent hits past the limit", async () => {
    const concurrent = { ...rule, key: "test:concurrent" };
    const results = await Promise.all(Array.from({ length: 10 }, () => hitRateLimit(db, concurrent, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });
});
