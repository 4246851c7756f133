/**
 * `npm test`: every suite. Lint and types, unit and integration (vitest, on a real PostgreSQL),
 * then the browser suite (Playwright in Chromium against both built apps). Ends with one line
 * `N passed, N failed` summing every test that ran, preceded by the name and first lines of
 * every failure, so the last lines of a CI log say what broke.
 */
import { readFile, rm } from "node:fs/promises";
import { run } from "./lib/process";
import {
  type PlaywrightReport,
  type VitestReport,
  playwrightFailures,
  vitestFailures,
} from "./lib/test-report";

const telemetry = { NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
const steps: { name: string; command: string; args: string[] }[] = [
  { name: "lint", command: "npm", args: ["run", "lint"] },
  { name: "typecheck", command: "npm", args: ["run", "typecheck"] },
  { name: "unit + integration", command: "npx", args: ["turbo", "run", "test", "--continue"] },
  { name: "browser", command: "npm", args: ["run", "test:e2e"] },
];

await rm("test-results", { recursive: true, force: true });
const failedSteps: string[] = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const code = await run(step.command, step.args, telemetry);
  if (code !== 0) failedSteps.push(step.name);
}

let passed = 0;
let failed = 0;
const failures: string[] = [];
for (const workspace of ["core", "db", "api", "admin"]) {
  const report = await readJson<VitestReport>(`test-results/vitest-${workspace}.json`);
  if (!report) {
    console.log(`no vitest report for ${workspace}`);
    failed += 1;
    continue;
  }
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  failures.push(...vitestFailures(workspace, report));
}
const e2e = await readJson<PlaywrightReport>("test-results/e2e.json");
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  failures.push(...playwrightFailures(e2e.suites ?? []));
} else {
  console.log("no browser-suite report");
  failed += 1;
}

if (failures.length > 0) console.log(`\n=== failures ===\n${failures.join("\n\n")}`);
if (failedSteps.length > 0) console.log(`\nfailed steps: ${failedSteps.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}
