import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const here = path.dirname(fileURLToPath(import.meta.url));

// The native schema engine would be downloaded at first use; the WebAssembly build behind
// this script needs no network (see bin/schema-engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(here, "bin", "schema-engine");

/**
 * Without DATABASE_URL, the embedded server of `npm run dev` when it is running (its port is in
 * postmaster.pid), so `npx prisma migrate status` just works in development.
 */
function embeddedDevUrl(): string | undefined {
  const dataDir = process.env.EMBEDDED_POSTGRES_DIR ?? path.join(here, "..", "..", ".data", "postgres");
  try {
    const port = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[3]?.trim();
    return port ? `postgresql://postgres:postgres@127.0.0.1:${port}/madoguchi` : undefined;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  schema: path.join(here, "prisma", "schema.prisma"),
  migrations: { path: path.join(here, "prisma", "migrations") },
  datasource: {
    // `prisma generate` needs no database; the fallback only makes other commands fail clearly.
    url: process.env.DATABASE_URL ?? embeddedDevUrl() ?? "postgresql://127.0.0.1:5432/madoguchi",
  },
});
