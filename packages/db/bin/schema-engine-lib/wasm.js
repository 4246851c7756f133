// Loads @prisma/schema-engine-wasm without `--experimental-wasm-modules`:
// the package's entry point does `import * as wasm from "./x.wasm"`, which
// Node 20 cannot evaluate, so we instantiate the module by hand and give it
// to the wasm-bindgen glue exactly as that entry point would.
import { readFile } from "node:fs/promises";

/** @typedef {typeof import("@prisma/schema-engine-wasm")} WasmModule */

/** @type {Promise<WasmModule> | undefined} */
let loading;

/** @type {string | undefined} */
let lastPanicMessage;

/**
 * The glue reports Rust panics to this global before the wasm trap
 * (`RuntimeError: unreachable`) surfaces; without it, reporting a panic
 * would itself throw.
 */
Object.assign(globalThis, {
  PRISMA_WASM_PANIC_REGISTRY: {
    /** @param {string} message */
    set_message(message) {
      lastPanicMessage = message;
    },
  },
});

/**
 * @param {unknown} error
 * @returns {string | undefined} the panic message, if `error` is a panic
 */
export function panicMessage(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return undefined;
  const message = lastPanicMessage ?? error.message;
  lastPanicMessage = undefined;
  return message;
}

/** @returns {Promise<WasmModule>} */
export function loadSchemaEngineWasm() {
  loading ??= (async () => {
    const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(glueUrl);
    const bytes = await readFile(new URL("schema_engine_bg.wasm", glueUrl));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": glue,
    });
    glue.__wbg_set_wasm(instance.exports);
    const exports = /** @type {{ __wbindgen_start(): void }} */ (/** @type {unknown} */ (instance.exports));
    exports.__wbindgen_start();
    return /** @type {WasmModule} */ (/** @type {unknown} */ (glue));
  })();
  return loading;
}
