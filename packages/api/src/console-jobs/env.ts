import { z } from "zod";

const schema = z.object({
  CONSOLE_JOBS_ENABLED: z.stringbool().default(true),
  CONSOLE_JOBS_POLL_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
});

export interface ConsoleJobsEnv {
  enabled: boolean;
  pollMs: number;
}

let parsed: ConsoleJobsEnv | undefined;

/** The SLA escalation and auto-close jobs' settings, parsed once; nothing else here reads process.env. */
export function consoleJobsEnv(): ConsoleJobsEnv {
  if (!parsed) {
    const env = schema.parse(process.env);
    parsed = { enabled: env.CONSOLE_JOBS_ENABLED, pollMs: env.CONSOLE_JOBS_POLL_MS };
  }
  return parsed;
}
