import { defineConfig } from "@playwright/test";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  outputDir: "../test-results/e2e-artifacts",
  reporter: [["list"], ["json", { outputFile: "../test-results/e2e.json" }]],
  use: {
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    {
      name: "web",
      testMatch: /web\/.*\.spec\.ts/,
      use: { baseURL: process.env.WEB_URL ?? "http://127.0.0.1:3100" },
    },
    {
      name: "admin",
      testMatch: /admin\/.*\.spec\.ts/,
      use: { baseURL: process.env.ADMIN_URL ?? "http://127.0.0.1:3101" },
    },
  ],
});
