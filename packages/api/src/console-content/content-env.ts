import { z } from "zod";

const origin = z.url().transform((url) => url.replace(/\/+$/, ""));

const schema = z.object({
  WEB_BASE_URL: origin.default("http://localhost:3000"),
  /** Every portal instance to tell, comma-separated, when each keeps its own page cache. */
  REVALIDATE_ORIGINS: z
    .string()
    .optional()
    .transform((value) =>
      value
        ?.split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(origin).optional()),
  REVALIDATE_SECRET: z.string().min(16).default("madoguchi-dev-revalidate-secret"),
  CONTENT_SCHEDULER_ENABLED: z.stringbool().default(true),
  CONTENT_SCHEDULER_POLL_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
});

export interface ContentEnv {
  /** The portal origins whose `POST /api/revalidate` the console calls after a publish. */
  revalidateOrigins: string[];
  revalidateSecret: string;
  schedulerEnabled: boolean;
  schedulerPollMs: number;
}

let parsed: ContentEnv | undefined;

/** The console's publishing settings, parsed once; nothing else here reads process.env. */
export function contentEnv(): ContentEnv {
  if (!parsed) {
    const env = schema.parse(process.env);
    parsed = {
      revalidateOrigins: env.REVALIDATE_ORIGINS?.length ? env.REVALIDATE_ORIGINS : [env.WEB_BASE_URL],
      revalidateSecret: env.REVALIDATE_SECRET,
      schedulerEnabled: env.CONTENT_SCHEDULER_ENABLED,
      schedulerPollMs: env.CONTENT_SCHEDULER_POLL_MS,
    };
  }
  return parsed;
}
