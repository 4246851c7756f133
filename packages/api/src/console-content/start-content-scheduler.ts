import { db } from "@madoguchi/db/client/create-client";
import { dbEnv } from "@madoguchi/db/env";
import { notifyDueAnnouncements } from "./announcement-actions";
import { publishDueArticles } from "./article-publishing";
import { contentEnv } from "./content-env";
import { resumeIncidentNotices } from "./incident-ticket-notices";

const stateKey = Symbol.for("madoguchi.contentScheduler");

/**
 * Publishes scheduled articles when their time comes, emails the subscribers of scheduled
 * announcements that asked for it once they are up (and finishes telling the tickets linked to
 * an ended incident, should that have stopped halfway), from inside an app server process (like
 * the mail worker): once per process; several instances share the work through the database.
 * Without a database it logs why and returns; the app still serves.
 */
export function startContentScheduler(input: { app: string }): void {
  const holder = globalThis as typeof globalThis & { [stateKey]?: NodeJS.Timeout | "off" };
  if (holder[stateKey]) return;
  holder[stateKey] = "off";
  const log = (line: string) => console.log(`[${input.app}] ${line}`);
  try {
    const env = contentEnv();
    if (!env.schedulerEnabled) return log("content scheduler off (CONTENT_SCHEDULER_ENABLED=false)");
    if (!dbEnv().DATABASE_URL) return log("content scheduler not started: DATABASE_URL is not set");
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        const { published } = await publishDueArticles(db(), new Date());
        if (published.length > 0) log(`published ${published.length} scheduled article(s)`);
        const { announcements } = await notifyDueAnnouncements(db(), new Date());
        if (announcements > 0) log(`emailed the subscribers of ${announcements} scheduled announcement(s)`);
        const { notified } = await resumeIncidentNotices(db(), new Date());
        if (notified > 0) log(`told ${notified} ticket(s) linked to ended incidents`);
      } catch (error) {
        log(`scheduled publishing failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        running = false;
      }
    };
    const timer = setInterval(() => void tick(), env.schedulerPollMs);
    timer.unref();
    holder[stateKey] = timer;
    void tick();
    log(`content scheduler started (every ${Math.round(env.schedulerPollMs / 1000)} s)`);
  } catch (error) {
    console.error(
      `[${input.app}] content scheduler not started:`,
      error instanceof Error ? error.message : error,
    );
  }
}
