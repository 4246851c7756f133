import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // One PostgreSQL and one migrated template per run; each test file clones its own database.
    globalSetup: [fileURLToPath(import.meta.resolve("@madoguchi/db/testing/global-setup"))],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ["default", "json"],
    outputFile: { json: "../../test-results/vitest-api.json" },
  },
});
