import path from "node:path";
import { createClient } from "@madoguchi/db/client/create-client";
import { startEmbeddedServer } from "@madoguchi/db/embedded/embedded-server";
import { makeTempDir } from "@madoguchi/db/testing/temp-dir";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { describe, expect, it } from "vitest";
import { healthResponse } from "./health-response";

describe("GET /api/health", () => {
  it("answers 200 with db ok while PostgreSQL answers", async () => {
    const { db, close } = await openTestDb();
    try {
      const response = await healthResponse(() => db);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ db: "ok" });
      expect(response.headers.get("cache-control")).toBe("no-store");
    } finally {
      await close();
    }
  });

  it("answers 503 with a JSON error once PostgreSQL is stopped", async () => {
    const { dir, remove } = await makeTempDir("health");
    const server = await startEmbeddedServer({ dataDir: path.join(dir, "pg"), ephemeral: true });
    const db = createClient({ url: server.adminUrl, poolSize: 1 });
    try {
      expect((await healthResponse(() => db)).status).toBe(200);
      await server.stop();
      const response = await healthResponse(() => db);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "error", error: "database unavailable" });
    } finally {
      await db.$disconnect().catch(() => undefined);
      await server.stop();
      await remove();
    }
  }, 60_000);

  it("answers 503 when no database is configured at all", async () => {
    const response = await healthResponse(() => {
      throw new Error("DATABASE_URL is not set");
    });
    expect(response.status).toBe(503);
  });
});
