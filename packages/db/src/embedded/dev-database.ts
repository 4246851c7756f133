import path from "node:path";
import { fileURLToPath } from "node:url";
import { dbEnv } from "../env";
import { databaseUrl, withAdmin } from "./admin-connection";
import { startEmbeddedServer } from "./embedded-server";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const DATABASE = "madoguchi";

export interface DevDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL with its data in `.data/postgres`,
 * started (or found running) and given a `madoguchi` database.
 */
export async function openDevDatabase(log: (line: string) => void): Promise<DevDatabase> {
  const env = dbEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };

  const server = await startEmbeddedServer({
    dataDir: env.EMBEDDED_POSTGRES_DIR ?? path.join(repoRoot, ".data", "postgres"),
    preferredPort: env.EMBEDDED_POSTGRES_PORT ?? 54329,
    log: (line) => {
      if (/ERROR|FATAL|PANIC|Initialising|listening|reusing/.test(line)) log(line);
    },
  });
  await withAdmin(server.adminUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  });
  return { url: databaseUrl(server.adminUrl, DATABASE), embedded: true, stop: server.stop };
}
