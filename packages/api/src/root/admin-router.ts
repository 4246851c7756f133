import { auditRouter } from "../audit/audit.router";
import { queueRouter } from "../console/queue.router";
import { ticketRouter } from "../console/ticket.router";
import { consoleAnnouncementsRouter } from "../console-content/announcements.router";
import { articlesRouter, contentInsightsRouter } from "../console-content/articles.router";
import { componentsRouter, incidentsRouter, maintenanceRouter } from "../console-content/status.router";
import { healthRouter } from "../health/health.router";
import { reportRouter } from "../report/report.router";
import { settingsRouter } from "../settings/settings.router";
import { customerAccountRouter } from "../staff/customer-account.router";
import { staffAdminRouter } from "../staff/staff-admin.router";
import { staffAuthRouter } from "../staff/staff-auth.router";
import { staffRouter } from "../staff/staff.router";
import { router } from "../trpc/init";

/** Everything the staff console may call. */
export const adminRouter = router({
  health: healthRouter,
  staff: staffRouter,
  staffAuth: staffAuthRouter,
  staffAdmin: staffAdminRouter,
  customerAccount: customerAccountRouter,
  queue: queueRouter,
  ticket: ticketRouter,
  report: reportRouter,
  audit: auditRouter,
  articles: articlesRouter,
  contentInsights: contentInsightsRouter,
  incidents: incidentsRouter,
  maintenance: maintenanceRouter,
  components: componentsRouter,
  announcements: consoleAnnouncementsRouter,
  settings: settingsRouter,
});

export type AdminRouter = typeof adminRouter;
