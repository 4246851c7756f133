import "server-only";
import { readSession, sessionSourceFor } from "@madoguchi/api/auth/session-source";
import type { Session, SessionSource } from "@madoguchi/api/context/session";
import { headers } from "next/headers";
import { cache } from "react";

/**
 * The signed-in customer of a request: next-auth's encrypted cookie, and behind it an AuthSession
 * row checked on every request (revoked, expired, frozen or signed out everywhere = no session).
 */
export const sessionSource: SessionSource = sessionSourceFor("web");

/** For server components and server actions; one database check per request however often called. */
export const getSession = cache(async (): Promise<Session | null> => readSession("web", await headers()));
