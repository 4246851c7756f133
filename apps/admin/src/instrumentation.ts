/**
 * Runs once when the server process starts: the mail worker lives in the app processes, so
 * another instance of the app is also another mail sender, with no extra infrastructure.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ startAppMailWorker }, { brand }] = await Promise.all([
      import("@madoguchi/api/mail/start-app-mail-worker"),
      import("./config/env"),
    ]);
    startAppMailWorker({ app: "admin", brand });
    const { startContentScheduler } = await import("@madoguchi/api/console-content/start-content-scheduler");
    startContentScheduler({ app: "admin" });
    const { startConsoleJobs } = await import("@madoguchi/api/console-jobs/start-console-jobs");
    startConsoleJobs({ app: "admin" });
  }
}
