/**
 * `npm run dev`: the embedded PostgreSQL (unless DATABASE_URL is set), migrations, demo data,
 * the mail catcher (unless SMTP_URL is set), then both apps in watch mode: the portal on :3000
 * and the console on :3001.
 */
import { provisionDemoPasswords } from "@madoguchi/api/auth/demo-credentials";
import { migrateDeploy } from "@madoguchi/db/cli/prisma-cli";
import { createClient } from "@madoguchi/db/client/create-client";
import { openDevDatabase } from "@madoguchi/db/embedded/dev-database";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { start, stopGroup } from "./lib/process";
import { type MailCatcher, startMailCatcher } from "./mail-catcher";

const log = (line: string) => console.log(`[madoguchi] ${line}`);

const database = await openDevDatabase(log);
log(database.embedded ? `embedded PostgreSQL: ${redact(database.url)}` : "using DATABASE_URL");
await migrateDeploy(database.url);
const db = createClient({ url: database.url, poolSize: 2 });
await seedDemo(db);
// Every demo customer and staff member signs in with `madoguchi-demo-2026` (development only).
await provisionDemoPasswords(db);
await db.$disconnect();
log("migrations applied, demo data in place");
const mail = await openMailCatcher();
log("portal:  http://localhost:3000");
log("console: http://localhost:3001");

const apps = start("npx", ["turbo", "run", "dev", "--filter=@madoguchi/web", "--filter=@madoguchi/admin"], {
  DATABASE_URL: database.url,
  SMTP_URL: mail.smtpUrl,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
});

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log("stopping ...");
    await stopGroup(apps);
    await mail.catcher?.stop();
    await database.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
void apps.done.then((code) => shutdown(code));

async function openMailCatcher(): Promise<{ smtpUrl: string; catcher?: MailCatcher }> {
  const configured = process.env.SMTP_URL;
  if (configured) {
    log("mail: using SMTP_URL");
    return { smtpUrl: configured };
  }
  const smtpUrl = "smtp://127.0.0.1:1025";
  try {
    const catcher = await startMailCatcher({ smtpPort: 1025, webPort: 1080 });
    log(`mail inbox: ${catcher.inboxUrl}`);
    return { smtpUrl, catcher };
  } catch (error) {
    // Most likely a catcher from an earlier run still holds the port; mail goes to it.
    log(
      `mail catcher not started (${error instanceof Error ? error.message : String(error)}); sending to ${smtpUrl}`,
    );
    return { smtpUrl };
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  parsed.password = "***";
  return parsed.toString();
}
