// The Prisma CLI reads the engine's stderr line by line and JSON-parses
// each line (tracing's JSON format), keeping `fields.message` for its error
// reports and treating `level: "ERROR"` lines as the reason of a crash. So
// everything we say on stderr must be one JSON object per line.

/**
 * @param {"INFO" | "WARN" | "ERROR" | "DEBUG"} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 */
export function log(level, message, fields = {}) {
  const line = {
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...fields },
    target: "schema_engine::logger",
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

/**
 * Forwards the wasm engine's own log lines, which are already in the
 * tracing JSON format; anything else is wrapped so stderr stays parseable.
 * @param {unknown} line
 */
export function forwardEngineLog(line) {
  const text = String(line).trim();
  if (text.startsWith("{")) {
    process.stderr.write(`${text}\n`);
  } else if (text) {
    log("INFO", text);
  }
}
