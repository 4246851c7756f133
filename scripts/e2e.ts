/**
 * `npm run test:e2e`: builds both apps, starts them in production mode on a fresh database with
 * the demo data, and runs the Playwright suite in Debian's Chromium.
 */
import path from "node:path";
import { provisionDemoPasswords } from "@madoguchi/api/auth/demo-credentials";
import { migrateDeploy } from "@madoguchi/db/cli/prisma-cli";
import { createClient } from "@madoguchi/db/client/create-client";
import { databaseUrl, withAdmin } from "@madoguchi/db/embedded/admin-connection";
import { startEmbeddedServer } from "@madoguchi/db/embedded/embedded-server";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { findChromium, NO_BROWSER_MESSAGE } from "./lib/browser";
import { startMailCatcher } from "./mail-catcher";
import { run, type Started, start, stopGroup, waitForHttp } from "./lib/process";

const WEB_PORT = 3100;
const ADMIN_PORT = 3101;
const log = (line: string) => console.log(`[e2e] ${line}`);

const chromium = findChromium();
if (!chromium) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

const telemetry = { NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" };
if (process.env.E2E_SKIP_BUILD !== "1") {
  const built = await run(
    "npx",
    ["turbo", "run", "build", "--filter=@madoguchi/web", "--filter=@madoguchi/admin"],
    telemetry,
  );
  if (built !== 0) process.exit(built);
}

const external = process.env.TEST_DATABASE_URL;
const server = external
  ? { adminUrl: external, stop: async () => {} }
  : await startEmbeddedServer({
      dataDir: path.resolve(".data", "e2e", String(process.pid)),
      ephemeral: true,
      settings: { fsync: "off", synchronous_commit: "off" },
    });
const name = `madoguchi_e2e_${process.pid}`;
await withAdmin(server.adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
const url = databaseUrl(server.adminUrl, name);
await migrateDeploy(url);
const db = createClient({ url, poolSize: 2 });
await seedDemo(db);
// Every demo customer and staff member signs in with `madoguchi-demo-2026` (development only).
await provisionDemoPasswords(db);
await db.$disconnect();
log("database migrated and seeded");

// Mail the apps send lands in a catcher whose inbox the specs read (MAILBOX_URL/messages.json).
const mail = await startMailCatcher({ smtpPort: 0, webPort: 0 });
const appEnv = {
  ...telemetry,
  DATABASE_URL: url,
  E2E_DATABASE_URL: url,
  SMTP_URL: mail.smtpUrl,
  MAIL_POLL_MS: "500",
  // Scheduled publishing and its emails are checked by the specs within seconds, not half a minute.
  CONTENT_SCHEDULER_POLL_MS: "2000",
  // Production builds refuse the development auth secrets; these are for this test run only.
  WEB_AUTH_SECRET: "e2e-only-web-auth-secret-0123456789abcdef",
  ADMIN_AUTH_SECRET: "e2e-only-admin-auth-secret-0123456789abcdef",
  AUTH_ENCRYPTION_KEY: "e2e0".repeat(16),
  WEB_BASE_URL: `http://127.0.0.1:${WEB_PORT}`,
  ADMIN_BASE_URL: `http://127.0.0.1:${ADMIN_PORT}`,
};

const apps: Started[] = [];
let code: number;
try {
  for (const [workspace, port] of [
    ["@madoguchi/web", WEB_PORT],
    ["@madoguchi/admin", ADMIN_PORT],
  ] as const) {
    apps.push(start("npm", ["run", "start", "--workspace", workspace, "--", "--port", String(port)], appEnv));
  }
  await Promise.all(
    [WEB_PORT, ADMIN_PORT].map((port) => waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000)),
  );
  log("both apps answer");
  code = await run(
    "npx",
    ["playwright", "test", "--config", "e2e/playwright.config.ts", ...process.argv.slice(2)],
    {
      CHROMIUM_PATH: chromium,
      WEB_URL: `http://127.0.0.1:${WEB_PORT}`,
      ADMIN_URL: `http://127.0.0.1:${ADMIN_PORT}`,
      E2E_DATABASE_URL: url,
      MAILBOX_URL: mail.inboxUrl,
    },
  );
} finally {
  await Promise.all(apps.map((app) => stopGroup(app)));
  await mail.stop();
  await withAdmin(server.adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  ).catch(() => undefined);
  await server.stop();
}
process.exit(code);
