// Owns the wasm SchemaEngine instance and maps the native engine's JSON-RPC
// methods onto it, including the few the wasm engine lacks or handles
// differently.
import { readFile } from "node:fs/promises";
import {
  ColumnTypeEnum,
  DriverAdapterError,
  bindMigrationAwareSqlAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { createAdapterFactory } from "./adapter.js";
import { KnownError, canConnect, createDatabase } from "./datasource.js";
import { forwardEngineLog, log } from "./log.js";
import { loadSchemaEngineWasm } from "./wasm.js";

/**
 * @typedef {import("@prisma/schema-engine-wasm").SchemaEngine} WasmEngine
 * @typedef {{ url?: string, shadowDatabaseUrl?: string }} Datasource
 * @typedef {{ print(content: string): Promise<void> }} Client the CLI side
 * @typedef {Record<string, unknown>} Params
 */

/**
 * RPC params are the CLI's JSON, already in the shape the wasm bindings
 * declare (both sides come from the same engine release); the bindings
 * validate them again on the Rust side.
 * @template T
 * @param {unknown} params
 * @returns {T}
 */
const asParams = (params) => /** @type {T} */ (params);

const NO_SHADOW_FACTORY = /shadow DB must be provided through an external factory/i;

/**
 * The wasm engine probes the server while starting, so it cannot start
 * without a reachable database. Diffs between schema files do not need one
 * (and `migrate diff` may run with no datasource at all), so those get an
 * adapter that answers the probe and refuses everything else.
 */
function offlineAdapterFactory() {
  const refuse = async () => {
    // A DriverAdapterError's message reaches the user; a plain Error would
    // only show up as "External error id#0".
    throw new DriverAdapterError({
      kind: "postgres",
      code: "08000",
      severity: "ERROR",
      message:
        "This command needs a database connection, but no reachable datasource.url is configured in prisma.config.ts.",
      detail: undefined,
      column: undefined,
      hint: undefined,
    });
  };
  const adapter = {
    provider: /** @type {const} */ ("postgres"),
    adapterName: "@prisma/adapter-pg",
    /** @param {{ sql: string }} query */
    queryRaw: async (query) => {
      if (!query.sql.includes("server_version_num")) return refuse();
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 16.0 (no connection)", 160000]],
      };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => {},
  };
  return bindMigrationAwareSqlAdapterFactory({
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    connect: async () => adapter,
    connectToShadowDb: refuse,
  });
}

/**
 * @param {string} method
 * @param {Params | undefined} params
 */
function needsDatabase(method, params) {
  if (method !== "diff") return true;
  const offline = new Set(["empty", "schemaDatamodel"]);
  const tag = (/** @type {unknown} */ side) => /** @type {{ tag?: string } | undefined} */ (side)?.tag ?? "";
  return !(offline.has(tag(params?.from)) && offline.has(tag(params?.to)));
}

export class EngineHost {
  /** @type {Promise<WasmEngine> | undefined} */
  #engine;
  #datamodelPaths;
  #datasource;
  /** @type {(() => Promise<void>) | undefined} */
  #cleanup;

  /**
   * @param {{ datamodelPaths: string[], datasource: Datasource | undefined }} options
   */
  constructor({ datamodelPaths, datasource }) {
    this.#datamodelPaths = datamodelPaths;
    this.#datasource = datasource;
  }

  /**
   * @param {string} method
   * @param {Params | undefined} params
   * @param {Client} client
   * @returns {Promise<unknown>}
   */
  async call(method, params, client) {
    switch (method) {
      case "createDatabase":
        // Not part of the wasm engine: it needs a server-level connection.
        return { databaseName: await createDatabase(this.#urlFrom(params)) };
      case "getDatabaseVersion":
        return (await this.#get(method, params)).version(asParams(params ?? null));
      case "diff": {
        const engine = await this.#get(method, params);
        /** @type {import("@prisma/schema-engine-wasm").DiffParams} */
        const diffParams = asParams({ exitCode: null, ...params });
        const result = await engine.diff(diffParams);
        // The native engine does not return the diff: it asks the CLI to
        // print it (a `print` request) and the CLI ignores `stdout`.
        if (result.stdout != null) await client.print(result.stdout);
        return { exitCode: result.exitCode, stdout: null };
      }
      case "introspect": {
        const engine = await this.#get(method, params);
        /** @type {import("@prisma/schema-engine-wasm").IntrospectParams} */
        const introspectParams = asParams({ namespaces: null, ...params });
        return engine.introspect(introspectParams);
      }
      case "introspectSql":
        // The wasm build recurses until the stack overflows (7.10.0), which
        // would take the whole session down; fail this request cleanly.
        throw new Error(
          "Typed SQL (`prisma generate --sql`) is not supported by the WebAssembly schema engine (bin/schema-engine).",
        );
      case "evaluateDataLoss":
      case "createMigration":
        return this.#withShadowRetry(method, params);
      default: {
        const engine = await this.#get(method, params);
        const fn = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (engine))[method];
        if (typeof fn !== "function" || method === "constructor" || method === "free") {
          throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
        }
        const result = await fn.call(engine, params);
        // JSON-RPC needs a `result` member; void methods resolve to undefined.
        return result ?? null;
      }
    }
  }

  /**
   * After `migrate dev` has applied pending migrations, the wasm engine
   * sometimes answers evaluateDataLoss/createMigration with "shadow DB must be
   * provided through an external factory": the shadow factory it caches is
   * only set up by a shadow-enabled history diagnosis. Warm it and retry.
   * @param {"evaluateDataLoss" | "createMigration"} method
   * @param {Params | undefined} params
   */
  async #withShadowRetry(method, params) {
    const engine = await this.#get(method, params);
    const run = () => /** @type {(p: unknown) => Promise<unknown>} */ (engine[method]).call(engine, params);
    try {
      return await run();
    } catch (error) {
      if (!NO_SHADOW_FACTORY.test(String(/** @type {Error} */ (error)?.message))) throw error;
      log("INFO", `${method}: no shadow database factory yet, warming it up and retrying`);
      /** @type {import("@prisma/schema-engine-wasm").DiagnoseMigrationHistoryInput} */
      const diagnoseParams = asParams({
        migrationsList: params?.migrationsList,
        optInToShadowDatabase: true,
        filters: params?.filters ?? { externalTables: [], externalEnums: [] },
      });
      await engine.diagnoseMigrationHistory(diagnoseParams);
      return run();
    }
  }

  /** Called once the CLI is done with us. */
  async close() {
    await this.#cleanup?.();
  }

  /**
   * A panic leaves the wasm instance in an undefined state: start afresh.
   */
  discard() {
    this.#engine = undefined;
  }

  /**
   * @param {Params | undefined} params
   * @returns {string}
   */
  #urlFrom(params) {
    const datasource = /** @type {{ tag?: string, url?: string } | undefined} */ (params?.datasource);
    const url = datasource?.tag === "ConnectionString" ? datasource.url : this.#datasource?.url;
    if (!url) throw new KnownError("P1012", "No datasource.url is configured in prisma.config.ts.");
    return url;
  }

  /**
   * @param {string} method
   * @param {Params | undefined} params
   * @returns {Promise<WasmEngine>}
   */
  #get(method, params) {
    this.#engine ??= this.#start(method, params);
    const engine = this.#engine;
    // A failed start must not stick: the next request may not need the DB.
    engine.catch(() => {
      if (this.#engine === engine) this.#engine = undefined;
    });
    return engine;
  }

  /**
   * @param {string} method
   * @param {Params | undefined} params
   * @returns {Promise<WasmEngine>}
   */
  async #start(method, params) {
    const wasm = await loadSchemaEngineWasm();
    const datamodels = await Promise.all(
      this.#datamodelPaths.map(
        async (path) => /** @type {[string, string]} */ ([path, await readFile(path, "utf8")]),
      ),
    );
    const options = { datamodels: datamodels.length > 0 ? datamodels : undefined };
    const url = this.#datasource?.url;
    if (!url) return wasm.SchemaEngine.new(options, forwardEngineLog, offlineAdapterFactory());

    await this.#cleanup?.();
    const { factory, cleanup } = createAdapterFactory({
      url,
      shadowDatabaseUrl: this.#datasource?.shadowDatabaseUrl,
    });
    this.#cleanup = cleanup;
    try {
      return await wasm.SchemaEngine.new(options, forwardEngineLog, factory);
    } catch (error) {
      if (!needsDatabase(method, params)) {
        log("WARN", `Database unavailable, continuing without it: ${String(error)}`);
        return wasm.SchemaEngine.new(options, forwardEngineLog, offlineAdapterFactory());
      }
      // The wasm engine reports connection failures without an error code;
      // ask the server ourselves so the CLI gets P1001/P1003/... as usual.
      await canConnect(url);
      throw error;
    }
  }
}
