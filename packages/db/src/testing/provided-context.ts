import type { TestDatabaseServer } from "./test-server";

/** What the global setup hands to every test file (`inject("testDatabase")`). */
declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseServer;
  }
}
