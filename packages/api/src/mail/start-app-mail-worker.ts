import type { EmailBrand } from "@madoguchi/core/mail/render-email";
import { db } from "@madoguchi/db/client/create-client";
import { dbEnv } from "@madoguchi/db/env";
import { mailEnv, mailFrom } from "./env";
import { createSmtpTransport, redactSmtpUrl } from "./mail-transport";
import { type MailWorker, startMailWorker } from "./mail-worker";

const stateKey = Symbol.for("madoguchi.appMailWorker");

/**
 * Runs the mail worker inside an app server process, once per process, so that every app
 * instance also sends mail and scaling out needs nothing new. Without a database or an SMTP
 * server it logs why and returns: the app still serves, and mail waits in the outbox.
 */
export function startAppMailWorker(input: { app: string; brand: EmailBrand }): void {
  const holder = globalThis as typeof globalThis & { [stateKey]?: MailWorker | "off" };
  if (holder[stateKey]) return;
  holder[stateKey] = "off";
  const log = (line: string) => console.log(`[${input.app}] ${line}`);
  try {
    const env = mailEnv();
    if (!env.workerEnabled) return log("mail worker off (MAIL_WORKER_ENABLED=false)");
    if (!dbEnv().DATABASE_URL) return log("mail worker not started: DATABASE_URL is not set");
    if (!env.smtpUrl) {
      console.error(`[${input.app}] mail worker not started: set SMTP_URL; emails wait in the outbox`);
      return;
    }
    const transport = createSmtpTransport(env.smtpUrl);
    holder[stateKey] = startMailWorker({
      db: db(),
      transport,
      brand: input.brand,
      from: mailFrom(env, input.brand),
      pollMs: env.pollMs,
      log,
      onError: (error) =>
        log(`mail outbox drain failed: ${error instanceof Error ? error.message : String(error)}`),
    });
    log(`mail worker started, sending through ${redactSmtpUrl(env.smtpUrl)}`);
  } catch (error) {
    // A bad mail setting must not take the app down with it.
    console.error(`[${input.app}] mail worker not started:`, error instanceof Error ? error.message : error);
  }
}
