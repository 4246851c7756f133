import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { withAdmin } from "../embedded/admin-connection";
import { createEmptyDatabase, type TestDatabase } from "../testing/test-database";

// Drives the real Prisma CLI through bin/schema-engine (the offline stand-in for the native
// engine) on a tiny schema of its own, so that it does not move with the product schema.

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shim = path.join(packageDir, "bin", "schema-engine");
const prismaEntry = createRequire(import.meta.url).resolve("prisma/build/index.js");

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
}
`;

// What `migrate diff --from-empty` renders for SCHEMA minus `name`, plus a function whose
// `$$` body holds semicolons: the whole file must reach PostgreSQL as one script.
const INIT_MIGRATION = `-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE FUNCTION normalize_email() RETURNS trigger AS $$
BEGIN
  NEW.email := lower(NEW.email);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER user_normalize_email BEFORE INSERT OR UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION normalize_email();
`;

const ADD_NAME_MIGRATION = `-- AlterTable
ALTER TABLE "User" ADD COLUMN "name" TEXT;
`;

const POST_MODEL = `
model Post {
  id    Int    @id @default(autoincrement())
  title String
}
`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

describe("bin/schema-engine behind the Prisma CLI", () => {
  let database: TestDatabase;
  let workDir: string;
  let schemaPath: string;
  let migrationsDir: string;
  let configPath: string;

  const prisma = (args: readonly string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) =>
    run(
      process.execPath,
      [prismaEntry, ...args, "--config", configPath],
      {
        DATABASE_URL: database.url,
        PRISMA_SCHEMA_ENGINE_BINARY: shim,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
        ...options.env,
      },
      options.input,
    );

  const query = <T extends object>(sql: string, params: unknown[] = []) =>
    withAdmin(database.url, async (client) => (await client.query<T>(sql, params)).rows);

  const writeMigration = async (name: string, sql: string) => {
    await mkdir(path.join(migrationsDir, name), { recursive: true });
    await writeFile(path.join(migrationsDir, name, "migration.sql"), sql);
  };

  beforeAll(async () => {
    database = await createEmptyDatabase();
    workDir = await mkdtemp(path.join(os.tmpdir(), "schema-engine-test-"));
    schemaPath = path.join(workDir, "schema.prisma");
    migrationsDir = path.join(workDir, "migrations");
    configPath = path.join(workDir, "prisma.config.ts");
    await writeFile(schemaPath, SCHEMA.replace(/\n {2}name {2}String\?/, ""));
    await writeMigration("20240101000000_init", INIT_MIGRATION);
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    // No import of "prisma/config": the file lives outside the workspace's node_modules.
    await writeFile(
      configPath,
      `export default {
  schema: ${JSON.stringify(schemaPath)},
  migrations: { path: ${JSON.stringify(migrationsDir)} },
  datasource: { url: process.env.DATABASE_URL },
};
`,
    );
  });

  afterAll(async () => {
    await database?.drop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("answers --version with the engine hash the CLI was built for", async () => {
    const own = await run(shim, ["--version"], {});
    expect(own.code).toBe(0);
    const hash = /^schema-engine-cli ([0-9a-f]{40})\n$/.exec(own.stdout)?.[1];
    expect(hash).toBeDefined();

    const cli = await prisma(["--version"]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`Default Engines Hash\\s*:\\s*${hash}`));
    expect(cli.stdout).toMatch(new RegExp(`Schema Engine\\s*:\\s*schema-engine-cli ${hash}`));
  }, 30_000);

  it("applies the migrations to an empty database with migrate deploy", async () => {
    const result = await prisma(["migrate", "deploy"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);

    const applied = await query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL",
    );
    expect(applied.map((row) => row.migration_name)).toEqual(["20240101000000_init"]);
    // The trigger exists only if the `$$` body went through in one piece.
    await query(`INSERT INTO "User" (email) VALUES ('Someone@Example.com')`);
    expect(await query(`SELECT email FROM "User"`)).toEqual([{ email: "someone@example.com" }]);
  }, 30_000);

  it("reports an up-to-date database, then a pending migration, with migrate status", async () => {
    const upToDate = await prisma(["migrate", "status"]);
    expect(upToDate.code, upToDate.stdout + upToDate.stderr).toBe(0);
    expect(upToDate.stdout).toMatch(/Database schema is up to date/);

    await writeMigration("20240102000000_add_name", ADD_NAME_MIGRATION);
    await writeFile(schemaPath, SCHEMA);
    const pending = await prisma(["migrate", "status"]);
    expect(pending.code).not.toBe(0);
    expect(pending.stdout).toMatch(/not yet been applied/);
    expect(pending.stdout).toContain("20240102000000_add_name");

    const deploy = await prisma(["migrate", "deploy"]);
    expect(deploy.code, deploy.stdout + deploy.stderr).toBe(0);
  }, 45_000);

  it("tells in-sync from drifted schemas with migrate diff --exit-code", async () => {
    const diffTo = (schema: string) =>
      prisma(["migrate", "diff", "--from-migrations", migrationsDir, "--to-schema", schema, "--exit-code"]);

    const inSync = await diffTo(schemaPath);
    expect(inSync.code, inSync.stdout + inSync.stderr).toBe(0);

    const drifted = path.join(workDir, "drifted.prisma");
    await writeFile(drifted, SCHEMA + POST_MODEL);
    const changed = await diffTo(drifted);
    expect(changed.code, changed.stdout + changed.stderr).toBe(2);
    // The engine hands the summary to the CLI through a `print` request.
    expect(changed.stdout).toMatch(/Added tables[\s\S]*Post/);
  }, 30_000);

  it("creates a migration with migrate dev through a shadow database it then drops", async () => {
    await writeFile(schemaPath, SCHEMA + POST_MODEL);
    // The CLI only relays the engine's stderr (where the shim logs shadow databases) in debug mode.
    const result = await prisma(["migrate", "dev", "--name", "add_post"], {
      env: { DEBUG: "prisma:schemaEngine:stderr" },
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);

    const created = (await readdir(migrationsDir)).filter((name) => name.endsWith("_add_post"));
    expect(created).toHaveLength(1);
    const sql = await readFile(path.join(migrationsDir, created[0] ?? "", "migration.sql"), "utf8");
    expect(sql).toMatch(/CREATE TABLE "Post"/);
    expect(await query(`SELECT count(*)::int AS n FROM "Post"`)).toEqual([{ n: 0 }]);

    const shadows = [...result.stderr.matchAll(/Created shadow database (\w+)/g)].map((match) => match[1]);
    expect(shadows.length).toBeGreaterThan(0);
    const left = await query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname = ANY($1)", [
      shadows,
    ]);
    expect(left).toEqual([]);
  }, 60_000);

  it("runs a multi-statement script with db execute", async () => {
    const script = `INSERT INTO "Post" (title) VALUES ('first; with a semicolon');
DO $$ BEGIN UPDATE "Post" SET title = upper(title); END $$;`;
    const result = await prisma(["db", "execute", "--stdin"], { input: script });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(await query(`SELECT title FROM "Post"`)).toEqual([{ title: "FIRST; WITH A SEMICOLON" }]);
  }, 30_000);
});
