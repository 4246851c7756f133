import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const prismaEntry = createRequire(import.meta.url).resolve("prisma/build/index.js");

export interface PrismaRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the Prisma CLI of this package against `databaseUrl`, with our config (and so the
 * offline schema engine). Output is captured unless `inherit` is set.
 */
export function runPrisma(
  args: readonly string[],
  options: { databaseUrl: string; inherit?: boolean; cwd?: string },
): Promise<PrismaRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [prismaEntry, ...args, "--config", path.join(packageDir, "prisma.config.ts")],
      {
        cwd: options.cwd ?? packageDir,
        env: {
          ...process.env,
          DATABASE_URL: options.databaseUrl,
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          CHECKPOINT_DISABLE: "1",
        },
        stdio: options.inherit ? "inherit" : "pipe",
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

export async function migrateDeploy(databaseUrl: string): Promise<void> {
  const result = await runPrisma(["migrate", "deploy"], { databaseUrl });
  if (result.code !== 0) {
    throw new Error(`prisma migrate deploy failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}
