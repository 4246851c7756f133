import { z } from "zod";

const schema = z.object({
  WEB_BASE_URL: z.url().default("http://localhost:3000"),
  HELP_CENTER_SECRET: z.string().min(16).default("madoguchi-dev-help-center-secret-change-me"),
});

export interface HelpCenterEnv {
  /** The portal's public origin, for links in emails (never taken from a request). */
  webBaseUrl: string;
  /** Key of the keyed hashes of client addresses and of derived unsubscribe tokens. */
  secret: string;
}

let parsed: HelpCenterEnv | undefined;

/** The help-center and status settings, parsed once; nothing else here reads process.env. */
export function helpCenterEnv(): HelpCenterEnv {
  if (!parsed) {
    const env = schema.parse(process.env);
    parsed = { webBaseUrl: env.WEB_BASE_URL.replace(/\/+$/, ""), secret: env.HELP_CENTER_SECRET };
  }
  return parsed;
}
