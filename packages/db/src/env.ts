import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  TEST_DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  DATABASE_APPLICATION_NAME: z.string().min(1).default("madoguchi"),
  EMBEDDED_POSTGRES_DIR: z.string().optional(),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
});

export type DbEnv = z.infer<typeof schema>;

let parsed: DbEnv | undefined;

/** The database settings, parsed once; nothing else in this package reads process.env. */
export function dbEnv(): DbEnv {
  parsed ??= schema.parse(process.env);
  return parsed;
}

/** Hands a URL to child processes and to lazily-created clients in this process. */
export function setDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
  parsed = undefined;
}
