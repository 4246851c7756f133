import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const here = path.dirname(fileURLToPath(import.meta.url));

// The native schema engine would be downloaded at first use; the WebAssembly build behind
// this script needs no network (see bin/schema-engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(here, "bin", "schema-engine");

export default defineConfig({
  schema: path.join(here, "prisma", "schema.prisma"),
  migrations: { path: path.join(here, "prisma", "migrations") },
  datasource: {
    // `prisma generate` needs no database; every other command is given DATABASE_URL by
    // scripts/with-database.ts or by the operator.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/madoguchi",
  },
});
