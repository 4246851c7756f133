import { type EmailBrand, parseOutgoingEmail, renderEmail } from "@madoguchi/core/mail/render-email";
import type { Db } from "@madoguchi/db/client/create-client";
import {
  claimDueEmails,
  type ClaimedEmail,
  type EmailRetryPolicy,
  markEmailFailed,
  markEmailSent,
} from "@madoguchi/db/mail/email-outbox-repository";
import type { MailTransport } from "./mail-transport";

export interface DrainOptions {
  db: Db;
  transport: MailTransport;
  brand: EmailBrand;
  /** The From header, e.g. `"ミライコイン サポート" <support@example.jp>`. */
  from: string;
  now?: () => Date;
  batchSize?: number;
  /** How long a claimed email stays leased; longer than a batch can take to send. */
  lockMs?: number;
  policy?: EmailRetryPolicy;
  log?: (line: string) => void;
}

export interface DrainResult {
  claimed: number;
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Given up: attempts used up, or an email that cannot be rendered. */
  failed: number;
}

const defaultBatchSize = 10;
// 10 emails at worst 50 s each (connection, greeting and socket timeouts) stay inside it.
const defaultLockMs = 10 * 60_000;

/**
 * Sends one batch from the outbox: claim, render, send, mark. Each email is settled on its own,
 * so one bad email never holds back the others. Logs name the email's id and template only.
 */
export async function drainOutbox(options: DrainOptions): Promise<DrainResult> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const claimed = await claimDueEmails(options.db, {
    now: now(),
    batchSize: options.batchSize ?? defaultBatchSize,
    lockMs: options.lockMs ?? defaultLockMs,
  });
  const result: DrainResult = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  for (const row of claimed) {
    const outcome = await deliver(row, options, now, log);
    result[outcome] += 1;
  }
  return result;
}

async function deliver(
  row: ClaimedEmail,
  options: DrainOptions,
  now: () => Date,
  log: (line: string) => void,
): Promise<"sent" | "retrying" | "failed"> {
  let rendered: ReturnType<typeof renderEmail>;
  try {
    rendered = renderEmail(parseOutgoingEmail(row), options.brand);
  } catch (error) {
    // Retrying cannot fix data that does not fit its template.
    await markEmailFailed(options.db, row.id, { error: errorText(error), now: now(), permanent: true });
    log(`email ${row.id} (${row.template}) cannot be rendered, given up: ${errorText(error)}`);
    return "failed";
  }
  try {
    await options.transport.send({
      from: options.from,
      to: row.to,
      ...rendered,
      messageId: `<${row.id}@${domainOf(options.from)}>`,
      headers: { "Auto-Submitted": "auto-generated", ...unsubscribeHeaders(row.data) },
    });
  } catch (error) {
    const marked = await markEmailFailed(options.db, row.id, {
      error: errorText(error),
      now: now(),
      ...(options.policy ? { policy: options.policy } : {}),
    });
    const outcome = marked?.status === "failed" ? "failed" : "retrying";
    log(`email ${row.id} (${row.template}) attempt ${row.attempts} failed, ${outcome}: ${errorText(error)}`);
    return outcome;
  }
  // Sent but not marked (the database went away): the lease expires and it is sent again;
  // the stable Message-ID lets the receiving side drop the duplicate.
  await markEmailSent(options.db, row.id, { now: now() });
  return "sent";
}

/** The SMTP code and reply, or the exception's message: never the email itself. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = "code" in error && typeof error.code === "string" ? `${error.code}: ` : "";
  return `${code}${error.message}`;
}

function domainOf(from: string): string {
  return /@([a-z0-9.-]+)>?\s*$/i.exec(from)?.[1] ?? "madoguchi.invalid";
}

/** Status-page emails carry the subscriber's own one-click unsubscribe link (RFC 8058). */
function unsubscribeHeaders(data: unknown): Record<string, string> {
  if (typeof data !== "object" || data === null || !("unsubscribeUrl" in data)) return {};
  const url = data.unsubscribeUrl;
  if (typeof url !== "string" || !/^https?:\/\/[^\s<>]+$/.test(url)) return {};
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export interface MailWorker {
  /** Wakes the loop now, e.g. right after a transaction that enqueued an email committed. */
  nudge(): void;
  /** Ends the loop after the batch in flight, if any. */
  stop(): Promise<void>;
}

export interface MailWorkerOptions extends DrainOptions {
  pollMs: number;
  onError?: (error: unknown) => void;
}

// On globalThis: Next.js bundles the instrumentation hook and the route handlers separately,
// and a nudge from a route handler must reach the worker the hook started.
const registryKey = Symbol.for("madoguchi.mailWorkers");
function registry(): Set<MailWorker> {
  const holder = globalThis as typeof globalThis & { [registryKey]?: Set<MailWorker> };
  holder[registryKey] ??= new Set();
  return holder[registryKey];
}

/** Wakes every mail worker of this process; does nothing where none runs (tests, scripts). */
export function nudgeMailWorker(): void {
  for (const worker of registry()) worker.nudge();
}

/**
 * Polls the outbox until stopped. The interval is jittered so that instances started together
 * drift apart; a full batch is followed at once by the next. Nothing thrown escapes the loop.
 */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const batchSize = options.batchSize ?? defaultBatchSize;
  const onError = options.onError ?? ((error: unknown) => console.error("[mail] outbox drain failed", error));
  let stopped = false;
  let nudged = false;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (nudged || stopped) {
        nudged = false;
        resolve();
        return;
      }
      const done = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      wake = done;
    });

  const loop = async () => {
    while (!stopped) {
      let full = false;
      try {
        full = (await drainOutbox(options)).claimed >= batchSize;
      } catch (error) {
        try {
          onError(error);
        } catch {
          // a failing logger must not end the loop
        }
      }
      if (stopped) break;
      await sleep(full ? 0 : options.pollMs * (0.75 + Math.random() * 0.5));
    }
  };

  const worker: MailWorker = {
    nudge() {
      if (wake) wake();
      else nudged = true;
    },
    async stop() {
      stopped = true;
      wake?.();
      await running;
      registry().delete(worker);
    },
  };
  registry().add(worker);
  const running = loop();
  return worker;
}
