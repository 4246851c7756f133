import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Db } from "@madoguchi/db/client/create-client";
import { createContext } from "../context/context";
import type { Session } from "../context/session";
import { adminRouter } from "../root/admin-router";
import { webRouter } from "../root/web-router";
import { createCallerFactory } from "../trpc/init";

/** Test helpers for the console's content: callers by role, the portal, a revalidation catcher. */
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
