import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDeploy, runPrisma } from "../cli/prisma-cli";
import { withAdmin } from "../embedded/admin-connection";
import { createEmptyDatabase, type TestDatabase } from "../testing/test-database";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe("the migrations", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createEmptyDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("apply to an empty database and create every table of the schema", async () => {
    await migrateDeploy(database.url);
    const tables = await withAdmin(database.url, async (client) => {
      const result = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
      );
      return result.rows.map((row) => row.table_name);
    });
    expect(tables).toEqual(
      expect.arrayContaining([
        "customer",
        "staff",
        "team",
        "ticket",
        "message",
        "attachment",
        "ticket_event",
        "article",
        "incident",
        "audit_log",
        "idempotency_key",
      ]),
    );
  }, 60_000);

  it("leave no drift: the schema and the migrations describe the same database", async () => {
    const result = await runPrisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        path.join(packageDir, "prisma", "migrations"),
        "--to-schema",
        path.join(packageDir, "prisma", "schema.prisma"),
        "--exit-code",
      ],
      { databaseUrl: database.url },
    );
    expect(result.stdout + result.stderr).not.toMatch(/CREATE|ALTER|DROP/);
    expect(result.code).toBe(0);
  }, 60_000);

  it("keep the audit log append-only", async () => {
    await withAdmin(database.url, async (client) => {
      await client.query(
        "INSERT INTO audit_log (actor_kind, action, object_type) VALUES ('system', 'test', 'test')",
      );
      await expect(client.query("UPDATE audit_log SET action = 'changed'")).rejects.toThrow(/append-only/);
      await expect(client.query("DELETE FROM audit_log")).rejects.toThrow(/append-only/);
      const count = await client.query<{ n: string }>(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'test'",
      );
      expect(count.rows[0]?.n).toBe("1");
    });
  });
});
