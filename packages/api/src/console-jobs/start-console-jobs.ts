import { type Db, db as defaultDb } from "@madoguchi/db/client/create-client";
import { dbEnv } from "@madoguchi/db/env";
import { nudgeMailWorker } from "../mail/mail-worker";
import { consoleJobsEnv } from "./env";
import { runAutoClose } from "./run-auto-close";
import { runEscalations } from "./run-escalations";

export interface ConsoleJobs {
  /** Runs both jobs once now (after the run in flight, if any). */
  runNow(): Promise<void>;
  /** Stops the polling and waits for the run in flight; calling it again does nothing. */
  stop(): Promise<void>;
}

// On globalThis: Next.js may load this module more than once per process (instrumentation and
// route bundles), and the jobs must still poll once per process.
const stateKey = Symbol.for("madoguchi.consoleJobs");
type Holder = typeof globalThis & { [stateKey]?: ConsoleJobs | "off" };

/**
 * SLA escalations and auto-close, polled from inside a console server process (like the mail
 * worker): once per process, started again only after `stop`. Several instances share the work
 * through the database (row locks and the escalation's unique key), so each breach and each
 * notice happens once. Without a database it logs why and returns null; the app still serves.
 */
export function startConsoleJobs(input: {
  app: string;
  db?: Db;
  pollMs?: number;
  log?: (line: string) => void;
}): ConsoleJobs | null {
  const holder = globalThis as Holder;
  const existing = holder[stateKey];
  if (existing) return existing === "off" ? null : existing;
  holder[stateKey] = "off";
  const log = input.log ?? ((line: string) => console.log(`[${input.app}] ${line}`));
  try {
    const env = consoleJobsEnv();
    if (!env.enabled) {
      log("console jobs off (CONSOLE_JOBS_ENABLED=false)");
      return null;
    }
    if (!input.db && !dbEnv().DATABASE_URL) {
      log("console jobs not started: DATABASE_URL is not set");
      return null;
    }
    const database = input.db ?? defaultDb();
    const pollMs = input.pollMs ?? env.pollMs;
    let inFlight: Promise<void> = Promise.resolve();
    let stopped = false;

    const runOnce = async () => {
      const now = new Date();
      let enqueued = false;
      try {
        const { escalated, emailed } = await runEscalations(database, now);
        if (escalated > 0) log(`escalated ${escalated} SLA breach(es), ${emailed} email(s)`);
        enqueued ||= emailed > 0;
      } catch (error) {
        log(`SLA escalation failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      try {
        const { noticed, closed } = await runAutoClose(database, now);
        if (noticed + closed > 0) log(`auto-close: ${noticed} notice(s), ${closed} ticket(s) resolved`);
        enqueued ||= noticed + closed > 0;
      } catch (error) {
        log(`auto-close failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (enqueued) nudgeMailWorker();
    };
    // One run at a time per process: a run that outlasts the interval is followed, not overlapped.
    const tick = () => {
      inFlight = inFlight.then(() => (stopped ? undefined : runOnce()));
      return inFlight;
    };

    const timer = setInterval(() => void tick(), pollMs);
    timer.unref();
    const jobs: ConsoleJobs = {
      runNow: tick,
      async stop() {
        if (stopped) return inFlight;
        stopped = true;
        clearInterval(timer);
        if (holder[stateKey] === jobs) delete holder[stateKey];
        await inFlight;
      },
    };
    holder[stateKey] = jobs;
    void tick();
    log(`console jobs started (every ${Math.round(pollMs / 1000)} s)`);
    return jobs;
  } catch (error) {
    console.error(`[${input.app}] console jobs not started:`, error instanceof Error ? error.message : error);
    return null;
  }
}

/** Stops this process's console jobs, if any run. */
export async function stopConsoleJobs(): Promise<void> {
  const existing = (globalThis as Holder)[stateKey];
  if (existing && existing !== "off") await existing.stop();
}
