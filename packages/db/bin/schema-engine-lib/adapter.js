// The driver adapter factory handed to the wasm engine: @prisma/adapter-pg,
// with the gaps that only show up when the *schema* engine drives it fixed.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  DriverAdapterError,
  bindMigrationAwareSqlAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { describeUrl, poolConfig } from "./datasource.js";
import { ShadowDatabases } from "./shadow.js";

const TEXT_OID = 25;
// Catalog-only types that adapter-pg refuses to decode ("Unsupported column
// type char") but the engine reads while describing a schema: pg_class.relkind,
// pg_constraint.contype, ... The engine expects them as Character.
/** @type {Map<number, ColumnType>} */
const CATALOG_COLUMN_TYPES = new Map([[18, ColumnTypeEnum.Character]]);
const ADVISORY_LOCK = /\bpg_advisory_(?:un)?lock\b/i;

/**
 * @typedef {import("@prisma/driver-adapter-utils").SqlQuery} SqlQuery
 * @typedef {import("@prisma/driver-adapter-utils").SqlResultSet} SqlResultSet
 * @typedef {import("@prisma/driver-adapter-utils").SqlDriverAdapter} SqlDriverAdapter
 * @typedef {import("@prisma/driver-adapter-utils").Transaction} Transaction
 * @typedef {import("@prisma/driver-adapter-utils").ColumnType} ColumnType
 * @typedef {{ fields: { dataTypeID: number }[], rows: unknown[][] }} PgResult
 * @typedef {{
 *   queryRaw(query: SqlQuery): Promise<SqlResultSet>,
 *   executeRaw(query: SqlQuery): Promise<number>,
 *   performIO(query: SqlQuery): Promise<PgResult>,
 *   onError(error: unknown): never,
 * }} PgQueryable adapter-pg's internal base class (adapter and transaction);
 *   performIO/onError are not public API, hence the guards where used
 */

/**
 * @param {object} queryable an adapter-pg adapter or transaction
 * @returns {PgQueryable}
 */
const internals = (queryable) => /** @type {PgQueryable} */ (/** @type {unknown} */ (queryable));

/**
 * Runs adapter-pg's own queryRaw, but lets catalog types through: it is
 * shown those columns as text, and we put the right column type back after.
 * `performIO` is adapter-pg's internal I/O step, hence the guard.
 * @param {PgQueryable} queryable
 * @param {SqlQuery} query
 * @returns {Promise<SqlResultSet>}
 */
async function queryRawWithCatalogTypes(queryable, query) {
  if (typeof queryable.performIO !== "function") return queryable.queryRaw(query);
  /** @type {Map<number, ColumnType>} */
  const overrides = new Map();
  const view = Object.create(queryable, {
    performIO: {
      /** @param {SqlQuery} q */
      value: async (q) => {
        const result = await queryable.performIO(q);
        const fields = result.fields.map((field, index) => {
          const columnType = CATALOG_COLUMN_TYPES.get(field.dataTypeID);
          if (columnType === undefined) return field;
          overrides.set(index, columnType);
          return { ...field, dataTypeID: TEXT_OID };
        });
        return { fields, rows: result.rows };
      },
    },
  });
  const resultSet = await queryable.queryRaw.call(view, query);
  for (const [index, columnType] of overrides) {
    resultSet.columnTypes[index] = columnType;
  }
  return resultSet;
}

/**
 * Script failures (a migration, `db execute`) are reported with PostgreSQL's
 * own wording and the failing line: adapter-pg's mapping would turn
 * `relation "x" does not exist` into a bare "No such table: x" with no hint
 * of where in a long migration it happened.
 * @param {unknown} error
 * @param {string} script
 */
function scriptError(error, script) {
  const pgError =
    /** @type {{ code?: string, severity?: string, message?: string,
     *   detail?: string, hint?: string, position?: string }} */ (error);
  if (typeof pgError?.code !== "string" || typeof pgError.severity !== "string") {
    return error;
  }
  let message = `${pgError.message}`;
  const position = Number(pgError.position);
  if (position > 0) {
    const before = script.slice(0, position - 1);
    const lineNumber = before.split("\n").length;
    const line = script.split("\n")[lineNumber - 1]?.trim();
    message += `\n\nPosition: line ${lineNumber}: ${line}`;
  }
  return new DriverAdapterError({
    kind: "postgres",
    code: pgError.code,
    severity: pgError.severity,
    message,
    detail: pgError.detail,
    column: undefined,
    hint: pgError.hint,
  });
}

/**
 * @param {Transaction} tx
 * @returns {Transaction}
 */
function wrapTransaction(tx) {
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (query) => queryRawWithCatalogTypes(internals(tx), query),
    executeRaw: (query) => tx.executeRaw(query),
    commit: () => tx.commit(),
    rollback: () => tx.rollback(),
    createSavepoint: tx.createSavepoint && ((name) => tx.createSavepoint?.(name) ?? Promise.resolve()),
    rollbackToSavepoint:
      tx.rollbackToSavepoint && ((name) => tx.rollbackToSavepoint?.(name) ?? Promise.resolve()),
    releaseSavepoint: tx.releaseSavepoint && ((name) => tx.releaseSavepoint?.(name) ?? Promise.resolve()),
  };
}

/**
 * @param {string} url
 * @param {() => Promise<void>} [afterDispose]
 * @returns {Promise<SqlDriverAdapter>}
 */
async function connectAdapter(url, afterDispose = async () => {}) {
  const { schema } = describeUrl(url);
  const inner = await new PrismaPg(poolConfig(url), { schema }).connect();
  const queryable = internals(inner);
  const pool = /** @type {import("pg").Pool} */ (inner.underlyingDriver());

  // The engine takes Migrate's session-level advisory lock through the
  // adapter. On a pool, that would land on whichever connection is free,
  // which the pool may close when idle (silently releasing the lock), and a
  // second lock call on another connection would wait on ourselves. Keep
  // lock calls on one connection held for the whole session instead.
  /** @type {Promise<import("pg").PoolClient> | undefined} */
  let lockClient;
  const lockSession = async () => {
    lockClient ??= pool.connect().then((client) => {
      client.on("error", () => {});
      return client;
    });
    lockClient.catch(() => {
      lockClient = undefined;
    });
    const client = await lockClient;
    return internals(Object.create(inner, { client: { value: client } }));
  };

  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: async (query) =>
      queryRawWithCatalogTypes(ADVISORY_LOCK.test(query.sql) ? await lockSession() : queryable, query),
    executeRaw: async (query) =>
      ADVISORY_LOCK.test(query.sql) ? (await lockSession()).executeRaw(query) : inner.executeRaw(query),
    // adapter-pg splits scripts on every `;` and runs the pieces one by one:
    // a failing migration is left half-applied and `$$` bodies are cut
    // apart. One simple-protocol query runs the whole script atomically, as
    // the native engine does.
    executeScript: async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        const mapped = scriptError(error, script);
        if (mapped !== error) throw mapped;
        queryable.onError(error);
      }
    },
    startTransaction: async (isolationLevel) => wrapTransaction(await inner.startTransaction(isolationLevel)),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    dispose: async () => {
      try {
        // pool.end() waits for checked-out clients, so let this one go first.
        const client = await lockClient?.catch(() => undefined);
        client?.release();
        await inner.dispose();
      } finally {
        await afterDispose();
      }
    },
  };
}

/**
 * The engine cannot see inside plain JS errors (they reach the user as
 * "External error id#0"); a DriverAdapterError's message does get through.
 * @param {unknown} error
 */
function readableError(error) {
  if (error instanceof DriverAdapterError) return error;
  const { code, message } = /** @type {{ code?: unknown, message?: unknown }} */ (error ?? {});
  return new DriverAdapterError({
    kind: "postgres",
    code: typeof code === "string" ? code : "N/A",
    severity: "ERROR",
    message: typeof message === "string" ? message : String(error),
    detail: undefined,
    column: undefined,
    hint: undefined,
  });
}

/**
 * @param {{ url: string, shadowDatabaseUrl?: string }} datasource
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  const shadows = new ShadowDatabases(url, shadowDatabaseUrl);
  const factory = {
    provider: /** @type {const} */ ("postgres"),
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(url),
    connectToShadowDb: async () => {
      try {
        const shadow = await shadows.acquire();
        try {
          // The pool is closed before the database is dropped (see shadow.js).
          return await connectAdapter(shadow.url, shadow.release);
        } catch (error) {
          await shadow.release();
          throw error;
        }
      } catch (error) {
        throw readableError(error);
      }
    },
  };
  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    /** Drops shadow databases an interrupted command left behind. */
    cleanup: () => shadows.releaseAll(),
  };
}
