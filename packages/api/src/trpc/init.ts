import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import type { Context } from "../context/context";

export const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    // Internals never reach the client: unexpected errors keep their code, lose their message.
    const expose = error.code !== "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: expose ? shape.message : "internal error",
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        messageKey: error.cause && "messageKey" in error.cause ? String(error.cause.messageKey) : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
