import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { dbEnv } from "../env";

export type Db = PrismaClient;

export interface ClientOptions {
  url: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  applicationName?: string;
}

/** A Prisma client over node-postgres: no engine binary, pool and timeouts set explicitly. */
export function createClient(options: ClientOptions): Db {
  const env = dbEnv();
  const adapter = new PrismaPg({
    connectionString: options.url,
    max: options.poolSize ?? env.DATABASE_POOL_SIZE,
    statement_timeout: options.statementTimeoutMs ?? env.DATABASE_STATEMENT_TIMEOUT_MS,
    application_name: options.applicationName ?? env.DATABASE_APPLICATION_NAME,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as typeof globalThis & { madoguchiDb?: Db };

/**
 * The one client of this process. Kept on globalThis so that Next.js dev reloads do not
 * open a new pool per edit.
 */
export function db(): Db {
  if (!globalForDb.madoguchiDb) {
    const url = dbEnv().DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set: start the apps with `npm run dev` (embedded PostgreSQL) or set it.",
      );
    }
    globalForDb.madoguchiDb = createClient({ url });
  }
  return globalForDb.madoguchiDb;
}
