import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir } from "../testing/temp-dir";
import { withAdmin } from "./admin-connection";
import { startEmbeddedServer } from "./embedded-server";

describe("the embedded PostgreSQL", () => {
  let dir: string;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, remove } = await makeTempDir("embedded"));
  });
  afterAll(async () => remove());

  it("initialises a cluster, answers queries, and reuses itself when started twice", async () => {
    const first = await startEmbeddedServer({ dataDir: path.join(dir, "pg") });
    try {
      const version = await withAdmin(
        first.adminUrl,
        async (client) => (await client.query("SHOW server_version")).rows[0],
      );
      expect(version).toMatchObject({ server_version: expect.stringMatching(/^18\./) });
      const second = await startEmbeddedServer({ dataDir: path.join(dir, "pg") });
      expect(second.reused).toBe(true);
      expect(second.port).toBe(first.port);
    } finally {
      await first.stop();
    }
  }, 60_000);

  it("recovers from a stale postmaster.pid left by a crash", async () => {
    const pidFile = path.join(dir, "pg", "postmaster.pid");
    // A pid that is certainly not a live postgres: ours, a node process.
    await writeFile(pidFile, `${process.pid}\n${path.join(dir, "pg")}\n0\n5999\n`);
    const server = await startEmbeddedServer({ dataDir: path.join(dir, "pg") });
    try {
      expect(server.reused).toBe(false);
      expect(await readFile(pidFile, "utf8")).not.toMatch(new RegExp(`^${process.pid}\\n`));
      await withAdmin(server.adminUrl, (client) => client.query("SELECT 1"));
    } finally {
      await server.stop();
    }
  }, 60_000);
});
