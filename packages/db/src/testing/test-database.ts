import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createClient, type Db } from "../client/create-client";
import { databaseUrl, withAdmin } from "../embedded/admin-connection";
import "./provided-context";

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function freshName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString("hex")}`;
}

async function create(template: string | undefined): Promise<TestDatabase> {
  const { adminUrl } = inject("testDatabase");
  const name = freshName(template ? "t" : "empty");
  const clause = template ? ` TEMPLATE ${template}` : "";
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}${clause}`));
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A database of its own for one test file, with every migration applied. */
export function createTestDatabase(): Promise<TestDatabase> {
  return create(inject("testDatabase").template);
}

/** An empty database (no tables), for tests of migrations themselves. */
export function createEmptyDatabase(): Promise<TestDatabase> {
  return create(undefined);
}

/** A migrated database and a Prisma client on it; `close` disconnects and drops it. */
export async function openTestDb(): Promise<{ db: Db; url: string; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const db = createClient({ url: database.url, poolSize: 4, applicationName: "madoguchi-test" });
  return {
    db,
    url: database.url,
    close: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}
