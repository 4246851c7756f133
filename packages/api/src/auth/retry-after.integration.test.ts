import { setDatabaseUrl } from "@madoguchi/db/env";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noSessionSource } from "../context/session";
import { createTrpcHandler } from "../http/trpc-handler";
import { webRouter } from "../root/web-router";

describe("a throttled procedure over HTTP", () => {
  let close: () => Promise<void>;

  beforeAll(async () => {
    const database = await openTestDb();
    close = database.close;
    // The handler uses the process's client, as it does in the apps.
    setDatabaseUrl(database.url);
  }, 60_000);
  afterAll(async () => close());

  it("answers 429 with Retry-After", async () => {
    const handler = createTrpcHandler({
      router: webRouter,
      endpoint: "/api/trpc",
      sessionSource: noSessionSource,
    });
    const request = () =>
      handler(
        new Request("http://localhost:3000/api/trpc/auth.requestPasswordReset", {
          method: "POST",
          headers: {
            host: "localhost:3000",
            origin: "http://localhost:3000",
            "content-type": "application/json",
            "x-forwarded-for": "203.0.113.77",
          },
          body: JSON.stringify({ json: { email: "nobody@example.jp" } }),
        }),
      );
    for (let i = 0; i < 10; i++) expect((await request()).status).toBe(200);
    const limited = await request();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(JSON.stringify(await limited.json())).toContain("account.emailLink.rateLimited");
  });
});
