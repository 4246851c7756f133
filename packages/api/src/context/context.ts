import { randomUUID } from "node:crypto";
import type { Db } from "@madoguchi/db/client/create-client";
import { clientIp } from "../http/client-ip";
import type { Session } from "./session";

export interface Context {
  db: Db;
  session: Session | null;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** The clock, passed in so that rules in core stay pure and tests control time. */
  now: () => Date;
}

export function createContext(input: {
  db: Db;
  session: Session | null;
  headers?: Headers;
  now?: () => Date;
}): Context {
  const headers = input.headers ?? new Headers();
  return {
    db: input.db,
    session: input.session,
    requestId: headers.get("x-request-id") ?? randomUUID(),
    ip: clientIp(headers),
    userAgent: headers.get("user-agent"),
    now: input.now ?? (() => new Date()),
  };
}
