import type { TestProject } from "vitest/node";
import "./provided-context";
import { startTestServer } from "./test-server";

/** Vitest global setup for integration suites: one server and one migrated template per run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { server, stop } = await startTestServer();
  project.provide("testDatabase", server);
  return stop;
}
