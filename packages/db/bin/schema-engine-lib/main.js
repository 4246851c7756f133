// Command-line surface of the native `schema-engine` binary, as driven by
// the Prisma CLI (see node_modules/prisma/build/cli.js, class SchemaEngineCLI
// and the `can-connect-to-database` helpers).
import { parseArgs } from "node:util";
import { EngineHost } from "./engine.js";
import { KnownError, canConnect, createDatabase, dropDatabase } from "./datasource.js";
import { log } from "./log.js";
import { serveRpc } from "./rpc.js";
import { loadSchemaEngineWasm } from "./wasm.js";

const USAGE = `schema-engine (wasm shim)

USAGE:
    schema-engine [--datamodels <path>]... [--datasource <json>]    JSON-RPC on stdin/stdout
    schema-engine --datasource <json> cli <command>                   one-shot command
    schema-engine --version

CLI COMMANDS:
    can-connect-to-database, create-database, drop-database`;

/**
 * @param {string | undefined} json
 * @returns {{ url?: string, shadowDatabaseUrl?: string } | undefined}
 */
function parseDatasource(json) {
  if (json === undefined) return undefined;
  const value = JSON.parse(json);
  return {
    url: typeof value?.url === "string" ? value.url : undefined,
    shadowDatabaseUrl: typeof value?.shadowDatabaseUrl === "string" ? value.shadowDatabaseUrl : undefined,
  };
}

/**
 * @param {string} command
 * @param {string | undefined} url
 */
async function runCliCommand(command, url) {
  // The CLI throws away the first stderr line and JSON-parses the rest.
  log("INFO", `Starting schema engine CLI command ${command}`);
  try {
    if (!url) throw new KnownError("P1012", "No datasource URL was provided (--datasource).");
    switch (command) {
      case "can-connect-to-database":
        await canConnect(url);
        break;
      case "create-database":
        log("INFO", `Database '${await createDatabase(url)}' was successfully created.`);
        break;
      case "drop-database":
        await dropDatabase(url);
        log("INFO", "The database was successfully dropped.");
        break;
      default:
        throw new Error(`Unknown CLI command: ${command}`);
    }
    return 0;
  } catch (error) {
    const err = /** @type {Error} */ (error);
    log("ERROR", err.message, error instanceof KnownError ? { error_code: error.errorCode } : {});
    return 1;
  }
}

/**
 * @param {string[]} argv
 * @returns {Promise<number>} exit code
 */
export async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      version: { type: "boolean", short: "V" },
      help: { type: "boolean", short: "h" },
      datamodels: { type: "string", multiple: true },
      datasource: { type: "string" },
      "enabled-preview-features": { type: "string" },
      "extension-types": { type: "string" },
    },
  });

  if (values.version) {
    const wasm = await loadSchemaEngineWasm();
    process.stdout.write(`schema-engine-cli ${wasm.version()}\n`);
    return 0;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const datasource = parseDatasource(values.datasource);
  if (positionals[0] === "cli") {
    return runCliCommand(positionals[1] ?? "", datasource?.url);
  }
  if (positionals.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }

  if (values["extension-types"]) {
    // Only consumed by the query compiler's type mapping; the wasm schema
    // engine has no option for it, so say so rather than silently drop it.
    log("WARN", "--extension-types is not supported by the wasm schema engine; ignoring it");
  }
  const host = new EngineHost({ datamodelPaths: values.datamodels ?? [], datasource });
  // The CLI ends a session by closing stdin and sending SIGTERM right away,
  // and Ctrl+C reaches us too: drop our shadow databases before leaving.
  for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
    process.once(signal, () => {
      host.close().finally(() => process.exit(0));
    });
  }
  try {
    await serveRpc(host);
  } finally {
    await host.close().catch((error) => log("WARN", `Cleanup failed: ${String(error)}`));
  }
  return 0;
}
