// Connection-string handling and the few server-level operations (database
// existence, CREATE/DROP DATABASE) that the native engine does itself and the
// wasm engine leaves to its host.
import pg from "pg";

/** A user-facing error carrying one of Prisma's `Pxxxx` codes. */
export class KnownError extends Error {
  /**
   * @param {string} errorCode
   * @param {string} message
   * @param {Record<string, unknown>} [meta]
   */
  constructor(errorCode, message, meta = {}) {
    super(message);
    this.name = "KnownError";
    this.errorCode = errorCode;
    this.meta = meta;
  }
}

/**
 * @typedef {object} UrlInfo
 * @property {string} host
 * @property {string} port
 * @property {string} database
 * @property {string} user
 * @property {string | undefined} schema the `?schema=` parameter, if any
 */

/**
 * @param {string} url
 * @returns {UrlInfo}
 */
export function describeUrl(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new KnownError(
      "P1013",
      `The provided database string is invalid. This shim only supports postgresql:// URLs, got \`${parsed.protocol}\`.`,
    );
  }
  return {
    host: decodeURIComponent(parsed.hostname) || parsed.searchParams.get("host") || "localhost",
    port: parsed.port || "5432",
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres",
    user: decodeURIComponent(parsed.username) || "postgres",
    schema: parsed.searchParams.get("schema") ?? undefined,
  };
}

/**
 * Same server and credentials, another database. Rewriting the URL (rather
 * than passing `database` next to `connectionString`) matters: pg lets
 * `connectionString` win, which would silently point at the original one.
 * @param {string} url
 * @param {string} database
 */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/**
 * pg settings for a Prisma-style URL. The native engine honours `?schema=`
 * by setting the search_path, and the SQL the engine generates relies on it
 * (tables are not schema-qualified), so we do the same.
 * @param {string} url
 * @returns {import("pg").PoolConfig}
 */
export function poolConfig(url) {
  const { schema } = describeUrl(url);
  /** @type {import("pg").PoolConfig} */
  const config = { connectionString: url };
  if (schema && !new URL(url).searchParams.has("options")) {
    config.options = `-c search_path="${schema.replace(/"/g, '""').replace(/([\\ ])/g, "\\$1")}"`;
  }
  return config;
}

/** @param {string} name */
export function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Translates driver errors into the codes the CLI understands (it needs
 * P1003 to offer creating a missing database, for instance).
 * @param {unknown} error
 * @param {string} url
 * @returns {Error}
 */
export function toKnownError(error, url) {
  if (error instanceof KnownError || !(error instanceof Error)) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const { host, port, database, user } = describeUrl(url);
  const location = `${host}:${port}`;
  const code = /** @type {{ code?: string }} */ (error).code;
  switch (code) {
    case "3D000":
      return new KnownError(
        "P1003",
        `Database \`${database}\` does not exist on the database server at \`${location}\`.`,
        { database_name: database, database_host: host, database_port: Number(port) },
      );
    case "28P01":
    case "28000":
      return new KnownError(
        "P1000",
        `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${host}\`.`,
        { database_user: user, database_host: host },
      );
    case "42P04":
      return new KnownError(
        "P1009",
        `Database \`${database}\` already exists on the database server at \`${location}\``,
        { database_name: database, database_host: host, database_port: Number(port) },
      );
    case "42501":
      return new KnownError("P1010", `User \`${user}\` was denied access on the database \`${database}\``, {
        database_user: user,
        database_name: database,
      });
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "EAI_AGAIN":
      return new KnownError(
        "P1001",
        `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`,
        { database_host: host, database_port: Number(port) },
      );
    case "ETIMEDOUT":
      return new KnownError(
        "P1002",
        `The database server at \`${location}\` was reached but timed out.\n\nPlease try again.\n\nPlease make sure your database server is running at \`${location}\`.`,
        { database_host: host, database_port: Number(port) },
      );
    default:
      return error;
  }
}

/**
 * Runs `fn` with a single short-lived client on `url`.
 * @template T
 * @param {string} url
 * @param {(client: import("pg").Client) => Promise<T>} fn
 * @param {string} [subjectUrl] the database that errors from `fn` are about
 * @returns {Promise<T>}
 */
export async function withClient(url, fn, subjectUrl = url) {
  const client = new pg.Client({ ...poolConfig(url), connectionTimeoutMillis: 10_000 });
  // Without a listener, a server-side disconnect would crash the process.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw toKnownError(error, url);
  }
  try {
    return await fn(client);
  } catch (error) {
    throw toKnownError(error, subjectUrl);
  } finally {
    await client.end().catch(() => {});
  }
}

/** @param {string} url */
export async function canConnect(url) {
  await withClient(url, async (client) => {
    await client.query("SELECT 1");
  });
}

/**
 * CREATE/DROP DATABASE cannot run while connected to the target, so these
 * go through the server's maintenance database like the native engine does.
 * @template T
 * @param {string} url
 * @param {(client: import("pg").Client) => Promise<T>} fn
 * @returns {Promise<T>}
 */
async function withMaintenanceClient(url, fn) {
  try {
    return await withClient(withDatabase(url, "postgres"), fn, url);
  } catch (error) {
    const missingMaintenanceDb =
      error instanceof KnownError && error.errorCode === "P1003" && error.meta.database_name === "postgres";
    if (missingMaintenanceDb) {
      return withClient(withDatabase(url, "template1"), fn, url);
    }
    throw error;
  }
}

/**
 * @param {string} url
 * @returns {Promise<string>} the database name
 */
export async function createDatabase(url) {
  const { database } = describeUrl(url);
  await withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE ${quoteIdent(database)}`));
  return database;
}

/** @param {string} url */
export async function dropDatabase(url) {
  const { database } = describeUrl(url);
  await withMaintenanceClient(url, (client) => client.query(`DROP DATABASE ${quoteIdent(database)}`));
}
