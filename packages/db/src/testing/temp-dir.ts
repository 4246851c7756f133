import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dataRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../.data/test");

/**
 * A fresh folder under .data/test (reachable by the `postgres` user when running as root,
 * unlike a private temp dir), removed by `remove`.
 */
export async function makeTempDir(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  await mkdir(dataRoot, { recursive: true, mode: 0o755 });
  const dir = await mkdtemp(path.join(dataRoot, `${prefix}-`));
  await chmod(dir, 0o755);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
