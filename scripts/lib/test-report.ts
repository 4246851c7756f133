/**
 * Reads the suites' JSON reports back into a short list of failures: which test, where, and the
 * first lines of its error. `npm test` prints it last, so a CI log's tail says what broke.
 */
import { relative } from "node:path";

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

export interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: {
    title: string;
    line?: number;
    tests: { projectName?: string; status: string; results: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}

export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number };
  suites?: PlaywrightSuite[];
}

const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/** The first lines of an error: enough to tell one failure from another in a CI log's tail. */
function headOf(message: string | undefined): string {
  // Playwright colours its messages; a log file wants them plain.
  const lines = (message ?? "")
    .replace(ansiColour, "")
    .split("\n")
    .filter((line) => line.trim() !== "");
  return lines
    .slice(0, 6)
    .map((line) => `    ${line.slice(0, 300)}`)
    .join("\n");
}

export function vitestFailures(workspace: string, report: VitestReport): string[] {
  const found: string[] = [];
  for (const file of report.testResults) {
    const where = relative(process.cwd(), file.name);
    const failedTests = file.assertionResults.filter((test) => test.status === "failed");
    for (const test of failedTests) {
      found.push(`✗ [${workspace}] ${where} › ${test.fullName}\n${headOf(test.failureMessages?.join("\n"))}`);
    }
    // A file can fail with no failed test: a hook or an import threw.
    if (failedTests.length === 0 && file.status === "failed") {
      found.push(`✗ [${workspace}] ${where}\n${headOf(file.message)}`);
    }
  }
  return found;
}

export function playwrightFailures(suites: PlaywrightSuite[], titles: string[] = []): string[] {
  const found: string[] = [];
  for (const suite of suites) {
    const path = suite.file === suite.title ? titles : [...titles, suite.title];
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status !== "unexpected") continue;
        const error = test.results.at(-1)?.error?.message;
        found.push(
          `✗ [${test.projectName ?? "e2e"}] ${suite.file ?? ""}:${spec.line ?? ""} › ${[...path, spec.title].join(" › ")}\n${headOf(error)}`,
        );
      }
    }
    found.push(...playwrightFailures(suite.suites ?? [], path));
  }
  return found;
}
