import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { createContext } from "../context/context";
import type { Session } from "../context/session";
import { adminRouter } from "../root/admin-router";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";

/**
 * Test helpers for the console's content: a seeded database of the file's own, callers by role,
 * the portal, a revalidation catcher, the environment around them, and the email outbox.
 */
const staffEmails = {
  agent: "agent.general@staff.example.jp",
  lead: "lead.general@staff.example.jp",
  admin: "admin@staff.example.jp",
} as const;
export type ContentActorName = keyof typeof staffEmails | "anonymous" | "customer";

const createAdmin = createCallerFactory(adminRouter);
const createWeb = createCallerFactory(webRouter);

export async function contentWorld(db: Db, clock: () => Date) {
  const staffId = async (email: string) =>
    (await db.staff.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const ids = {
    agent: await staffId(staffEmails.agent),
    lead: await staffId(staffEmails.lead),
    admin: await staffId(staffEmails.admin),
    customer: (
      await db.customer.findUniqueOrThrow({ where: { email: "hanako@example.jp" }, select: { id: true } })
    ).id,
  };
  const sessions: Record<ContentActorName, Session | null> = {
    anonymous: null,
    customer: { kind: "customer", customerId: ids.customer },
    agent: { kind: "staff", staffId: ids.agent, role: "agent" },
    lead: { kind: "staff", staffId: ids.lead, role: "lead" },
    admin: { kind: "staff", staffId: ids.admin, role: "admin" },
  };
  return {
    ids,
    console: (actor: ContentActorName) =>
      createAdmin(createContext({ db, session: sessions[actor], now: clock })),
    /** The public portal, as a reader who is not signed in. */
    portal: () => createWeb(createContext({ db, session: null, now: clock })),
  };
}

export type ContentWorld = Awaited<ReturnType<typeof contentWorld>>;

export interface CaughtRevalidation {
  secret: string | undefined;
  body: string;
}

/**
 * A stand-in for the portal's `POST /api/revalidate`: records each call and answers `status`.
 * Point the console at it with WEB_BASE_URL before the first publish of the test file.
 */
export async function startRevalidationCatcher() {
  const calls: CaughtRevalidation[] = [];
  let status = 200;
  const server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      if (request.method === "POST" && request.url === "/api/revalidate") {
        const secret = request.headers["x-revalidate-secret"];
        calls.push({ secret: typeof secret === "string" ? secret : undefined, body });
      }
      response.writeHead(status, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    answer(next: number) {
      status = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type RevalidationCatcher = Awaited<ReturnType<typeof startRevalidationCatcher>>;

/**
 * Sets environment variables and returns what puts them back. The env modules parse
 * process.env once, on first use, so set them before the first call that reads them; the
 * restore matters because vitest may run the next test file in the same process.
 */
export function overrideEnv(vars: Record<string, string>): () => void {
  const previous = Object.keys(vars).map((key) => [key, process.env[key]] as const);
  Object.assign(process.env, vars);
  return () => {
    for (const [key, value] of previous) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

export interface StatusSubscriber {
  email: string;
  locale: "ja" | "en";
  /** Signed up but never confirmed: no status or announcement email may reach them. */
  unconfirmed?: true;
}

export interface ContentDbOptions {
  /** When the demo data is seeded; confirmed subscribers are confirmed then too. */
  seededAt: Date;
  /** The callers' time, read at each call so a test can move it on. */
  clock: () => Date;
  subscribers?: StatusSubscriber[];
}

/**
 * A fresh migrated database for one test file with the demo data, and callers on it. `close`
 * disconnects and drops it; a failed setup drops it at once, not leaving it to the test's hooks.
 */
export async function openContentDb(options: ContentDbOptions) {
  const { db, url, close } = await openTestDb();
  try {
    await seedDemo(db, options.seededAt);
    const world = await contentWorld(db, options.clock);
    if (options.subscribers) {
      await db.statusSubscription.createMany({
        data: options.subscribers.map((subscriber) => ({
          email: subscriber.email,
          locale: subscriber.locale,
          confirmedAt: subscriber.unconfirmed ? null : options.seededAt,
          // Unique but never read: the unsubscribe links carry a token made from the id.
          unsubscribeTokenHash: `hash-${subscriber.email}`,
        })),
      });
    }
    return { db, url, world, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A content database whose publishes revalidate a catcher instead of a portal: WEB_BASE_URL
 * points at it (the links in emails use it too), with `env` set besides. `close` closes both
 * and puts the environment back.
 */
export async function openContentTestBed(options: ContentDbOptions & { env?: Record<string, string> }) {
  const catcher = await startRevalidationCatcher();
  const restoreEnv = overrideEnv({ WEB_BASE_URL: catcher.url, ...options.env });
  const release = async () => {
    await catcher.close();
    restoreEnv();
  };
  try {
    const opened = await openContentDb(options);
    const close = async () => {
      await opened.close();
      await release();
    };
    return { ...opened, catcher, close };
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * The emails queued with one template. "queued": oldest first; a step queues its batch in one
 * transaction, so the batch shares created_at and the address orders it. "address": by address
 * alone, where the test must not depend on which transaction queued which email.
 */
export function queuedEmails(db: Db, template: string, order: "queued" | "address" = "queued") {
  return db.emailOutbox.findMany({
    where: { template },
    orderBy: order === "queued" ? [{ createdAt: "asc" }, { to: "asc" }] : { to: "asc" },
    select: { to: true, locale: true, data: true },
  });
}

/** The tRPC error code a failed call rejected with (or "ok"). */
export async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error && typeof error === "object" && "code" in error) return String(error.code);
    throw error;
  }
}
