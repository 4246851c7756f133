import { type Db, db as processDb } from "@madoguchi/db/client/create-client";
import { createContext } from "../context/context";
import type { Session } from "../context/session";
import { createCallerFactory } from "../trpc/init";
import { adminRouter } from "./admin-router";
import { webRouter } from "./web-router";

const createWebCaller = createCallerFactory(webRouter);
const createAdminCaller = createCallerFactory(adminRouter);

/** Server components call procedures directly, with the same context an HTTP call gets. */
export function webCaller(input: { db?: Db; session: Session | null; headers?: Headers }) {
  return createWebCaller(createContext({ ...input, db: input.db ?? processDb() }));
}

export function adminCaller(input: { db?: Db; session: Session | null; headers?: Headers }) {
  return createAdminCaller(createContext({ ...input, db: input.db ?? processDb() }));
}
