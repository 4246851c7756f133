import { type ChildProcess, spawn } from "node:child_process";

export interface Started {
  child: ChildProcess;
  done: Promise<number>;
}

/** Starts a command in its own process group, so stopping it also stops what it started. */
export function start(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  options: { cwd?: string; quiet?: boolean } = {},
): Started {
  const child = spawn(command, args, {
    stdio: options.quiet ? "ignore" : "inherit",
    env: { ...process.env, ...env },
    cwd: options.cwd,
    detached: true,
  });
  const done = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  return { child, done };
}

/** Runs a command to completion and returns its exit code. */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
  return start(command, args, env).done;
}

export function stopGroup(started: Started, signal: NodeJS.Signals = "SIGTERM"): Promise<number> {
  if (started.child.pid !== undefined && started.child.exitCode === null) {
    try {
      process.kill(-started.child.pid, signal);
    } catch {
      // already gone
    }
  }
  return started.done;
}

/** Waits until `url` answers with a status below 500, or throws after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (response.status < 500) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last})`);
}
