// The native engine's JSON-RPC 2.0 session: one JSON message per line on
// stdin/stdout, requests answered in order, and the session ends when the
// CLI closes stdin. The engine can also call the CLI (`print`), so lines
// coming in are either requests for us or responses to our own requests.
import { once } from "node:events";
import readline from "node:readline";
import { KnownError } from "./datasource.js";
import { log } from "./log.js";
import { panicMessage } from "./wasm.js";

/**
 * @typedef {import("./engine.js").EngineHost} EngineHost
 * @typedef {{ jsonrpc?: string, id?: number | string | null, method?: string,
 *   params?: Record<string, unknown>, result?: unknown, error?: unknown }} Message
 */

/** @param {Message} message */
function send(message) {
  process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
}

/**
 * Shapes an error like the native engine's `user_facing_errors::Error`,
 * which is what the CLI inspects (`is_panic`, `error_code`, `message`).
 * @param {unknown} error
 */
function toRpcError(error) {
  const rpcCode = /** @type {{ rpcCode?: number }} */ (error)?.rpcCode;
  if (rpcCode !== undefined) {
    return { code: rpcCode, message: String(/** @type {Error} */ (error).message) };
  }
  const panic = panicMessage(error);
  const err = /** @type {{ message?: string, code?: unknown, meta?: unknown, errorCode?: string }} */ (
    error instanceof Error ? error : { message: String(error) }
  );
  const errorCode =
    error instanceof KnownError
      ? error.errorCode
      : typeof err.code === "string" && /^P\d{4}$/.test(err.code)
        ? err.code
        : undefined;
  /** @type {Record<string, unknown>} */
  const data = {
    is_panic: panic !== undefined,
    message: panic ?? err.message ?? String(error),
  };
  if (errorCode) {
    data.error_code = errorCode;
    data.meta = err.meta ?? {};
  } else {
    data.backtrace = panic !== undefined && error instanceof Error ? error.stack : null;
  }
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data,
  };
}

/**
 * @param {EngineHost} host
 * @returns {Promise<void>} resolves once stdin is closed and work is done
 */
export async function serveRpc(host) {
  /** @type {Map<number, { resolve(): void, reject(e: Error): void }>} */
  const pending = new Map();
  let nextId = 1;
  let queue = Promise.resolve();

  const client = {
    /** @param {string} content */
    print(content) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: () => resolve(undefined), reject });
        send({ id, method: "print", params: { content } });
      });
    },
  };

  /** @param {Message} request */
  async function handle(request) {
    const { id, method } = request;
    if (typeof method !== "string") {
      send({ id: id ?? null, error: { code: -32600, message: "Invalid request" } });
      return;
    }
    try {
      const result = await host.call(method, request.params, client);
      if (id !== undefined) send({ id, result });
    } catch (error) {
      const rpcError = toRpcError(error);
      const isPanic = /** @type {{ data?: { is_panic?: boolean } }} */ (rpcError).data?.is_panic;
      if (isPanic) host.discard();
      // ERROR lines become the CLI's crash reason, so keep them for panics.
      log(isPanic ? "ERROR" : "WARN", String(/** @type {Error} */ (error)?.message ?? error), { method });
      if (id !== undefined) send({ id, error: rpcError });
    }
  }

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    /** @type {Message} */
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined && (message.result !== undefined || message.error !== undefined)) {
      const waiter = typeof message.id === "number" ? pending.get(message.id) : undefined;
      if (!waiter) {
        log("WARN", `Ignoring a response to no request of ours: ${line.slice(0, 200)}`);
        return;
      }
      pending.delete(/** @type {number} */ (message.id));
      if (message.error !== undefined) waiter.reject(new Error(JSON.stringify(message.error)));
      else waiter.resolve();
      return;
    }
    // One request at a time, in order, like the native engine.
    queue = queue.then(() => handle(message));
  });

  await once(lines, "close");
  for (const waiter of pending.values()) waiter.reject(new Error("stdin closed"));
  await queue;
}
