import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrateDeploy } from "../cli/prisma-cli";
import { databaseUrl, withAdmin } from "../embedded/admin-connection";
import { startEmbeddedServer } from "../embedded/embedded-server";
import { dbEnv } from "../env";

export interface TestDatabaseServer {
  adminUrl: string;
  /** A database with every migration applied, cloned (CREATE DATABASE ... TEMPLATE) per test file. */
  template: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/**
 * Starts the server for one test run: TEST_DATABASE_URL's server when set, otherwise a
 * throwaway embedded cluster tuned for speed (no fsync: its data dies with the run).
 */
export async function startTestServer(): Promise<{
  server: TestDatabaseServer;
  stop: () => Promise<void>;
}> {
  const external = dbEnv().TEST_DATABASE_URL;
  const runId = `${process.pid}_${randomBytes(3).toString("hex")}`;
  let adminUrl: string;
  let stopServer = async (): Promise<void> => {};
  if (external) {
    adminUrl = external;
  } else {
    const embedded = await startEmbeddedServer({
      dataDir: path.join(repoRoot, ".data", "test", runId),
      ephemeral: true,
      settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
    });
    adminUrl = embedded.adminUrl;
    stopServer = embedded.stop;
  }

  const template = `madoguchi_template_${runId}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${template}`));
  await migrateDeploy(databaseUrl(adminUrl, template));

  return {
    server: { adminUrl, template },
    stop: async () => {
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
      await stopServer();
    },
  };
}
