import { defaultReportPeriod } from "@madoguchi/core/report/report-period";
import { formatTicketNumber, ticketYear } from "@madoguchi/core/ticket/ticket-number";
import type { Db } from "@madoguchi/db/client/create-client";
import { seedDemo } from "@madoguchi/db/seed/seed-demo";
import { openTestDb } from "@madoguchi/db/testing/test-database";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context/context";
import type { Session } from "../context/session";
import { createCallerFactory } from "../trpc/init";
import { adminRouter } from "./admin-router";
import { webRouter } from "./web-router";

const actors = ["anonymous", "customerA", "customerB", "ghostCustomer", "agent", "lead", "admin"] as const;
type Actor = (typeof actors)[number];
/** BAD_REQUEST / CONFLICT: let through every authorization layer, then refused by the input (e.g. a wrong password). */
type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST" | "CONFLICT";

interface Rule {
  input?: unknown;
  expect: Record<Actor, Outcome>;
  /** What an allowed call must return for that actor: proves the query is scoped to it. */
  check?: (result: unknown, actor: Actor, ids: Ids) => void;
  /** Undoes what an allowed call changed (e.g. a freeze), so that later rules see the seed. */
  after?: (db: Db, ids: Ids) => Promise<void>;
}

interface Ids {
  customerA: string;
  customerB: string;
  agent: string;
  lead: string;
  admin: string;
}

const everyone: Record<Actor, Outcome> = Object.fromEntries(actors.map((a) => [a, "ok"])) as Record<
  Actor,
  Outcome
>;
const customersOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  customerA: "ok",
  customerB: "ok",
  ghostCustomer: "NOT_FOUND",
  agent: "UNAUTHORIZED",
  lead: "UNAUTHORIZED",
  admin: "UNAUTHORIZED",
};
const staffOnly: Record<Actor, Outcome> = {
  anonymous: "UNAUTHORIZED",
  customerA: "UNAUTHORIZED",
  customerB: "UNAUTHORIZED",
  ghostCustomer: "UNAUTHORIZED",
  agent: "ok",
  lead: "ok",
  admin: "ok",
};

const ownId = (result: unknown, actor: Actor, ids: Ids) => {
  expect(result).toMatchObject({ id: ids[actor as keyof Ids] });
};

const outcomes = (base: Record<Actor, Outcome>, changes: Partial<Record<Actor, Outcome>>) => ({
  ...base,
  ...changes,
});
const refusedByInput: Record<Actor, Outcome> = Object.fromEntries(
  actors.map((a) => [a, "BAD_REQUEST"]),
) as Record<Actor, Outcome>;
/** Customers get past authorization and are refused by the input (the seed has no passwords). */
const customersPastAuth = outcomes(customersOnly, { customerA: "BAD_REQUEST", customerB: "BAD_REQUEST" });
const staffPastAuth = outcomes(staffOnly, {
  agent: "BAD_REQUEST",
  lead: "BAD_REQUEST",
  admin: "BAD_REQUEST",
});
const adminsOnly = outcomes(staffOnly, { agent: "FORBIDDEN", lead: "FORBIDDEN" });
const reportReaders = outcomes(staffOnly, { agent: "FORBIDDEN" });
const reportPeriod = defaultReportPeriod(new Date());
const unknownToAdmins = outcomes(adminsOnly, { admin: "NOT_FOUND" });
const unknownToLeads = outcomes(staffOnly, { agent: "FORBIDDEN", lead: "NOT_FOUND", admin: "NOT_FOUND" });
/** A security-window ticket: only admins of these actors see it; the funds staff get NOT_FOUND. */
const onlyAdminsSeeSecurity = outcomes(staffOnly, { agent: "NOT_FOUND", lead: "NOT_FOUND" });
const staleForStaff = outcomes(staffOnly, { agent: "CONFLICT", lead: "CONFLICT", admin: "CONFLICT" });
const noToken = { token: "a".repeat(43) };
const noOne = { staffId: "00000000-0000-4000-8000-000000000001" };
/** Console content: agents write articles; status, announcements and publishing are for leads and admins. */
const unknownToStaff = outcomes(staffOnly, { agent: "NOT_FOUND", lead: "NOT_FOUND", admin: "NOT_FOUND" });
const leadsAndAdmins = outcomes(staffOnly, { agent: "FORBIDDEN" });
const noArticle = { id: noOne.staffId };
const noIncident = { incidentId: noOne.staffId, bodyJa: "マトリクス確認" };
const noCustomer = { customerId: "00000000-0000-4000-8000-000000000001" };
const wrongPassword = "matrix-wrong-password";

/** Demo tickets: #1 is customer A's new one, #4 customer A's resolved and rated one. */
const demoTicket = (sequence: number) => formatTicketNumber(ticketYear(new Date()), sequence);
/** A's own ticket: B (and an unknown id) get NOT_FOUND, as for a number that does not exist. */
const ownerOnly = outcomes(customersOnly, { customerB: "NOT_FOUND" });
/** An access token that opens no ticket: the same NOT_FOUND for everyone. */
const unknownToEveryone: Record<Actor, Outcome> = Object.fromEntries(
  actors.map((a) => [a, "NOT_FOUND"]),
) as Record<Actor, Outcome>;
const emailOf: Partial<Record<Actor, string>> = {
  customerA: "hanako@example.jp",
  customerB: "taro@example.jp",
};

/** Every procedure of both roots needs a rule here; one without fails the suite. */
const rules: Record<"web" | "admin", Record<string, Rule>> = {
  web: {
    "health.check": { expect: everyone },
    "account.profile": { expect: customersOnly, check: ownId },
    "account.updateProfile": {
      // A future date of birth: refused after the account is found, so nothing changes.
      input: { fullName: "マトリクス 確認", dateOfBirth: "2999-01-01" },
      expect: customersPastAuth,
    },
    "account.resendVerification": { expect: customersOnly },
    "account.changePassword": {
      input: { currentPassword: wrongPassword, newPassword: "matrix-new-passphrase" },
      expect: customersPastAuth,
    },
    "account.requestEmailChange": {
      input: { newEmail: "matrix.moved@example.jp", password: wrongPassword },
      expect: customersPastAuth,
    },
    "account.freeze": {
      expect: customersOnly,
      after: async (db, ids) => {
        await db.customer.updateMany({
          where: { id: { in: [ids.customerA, ids.customerB] } },
          data: { frozenAt: null },
        });
      },
    },
    "account.twoFactor.status": { expect: customersOnly },
    "account.twoFactor.begin": { expect: customersOnly },
    "account.twoFactor.confirm": {
      input: { enrollment: "not-an-enrollment", code: "123456" },
      expect: outcomes(customersPastAuth, { ghostCustomer: "BAD_REQUEST" }),
    },
    "account.twoFactor.disable": { input: { password: wrongPassword }, expect: customersPastAuth },
    "account.twoFactor.regenerateRecoveryCodes": {
      input: { password: wrongPassword },
      expect: customersPastAuth,
    },
    "account.sessions.list": { expect: outcomes(customersOnly, { ghostCustomer: "ok" }) },
    "account.sessions.revoke": {
      input: { sessionId: "00000000-0000-4000-8000-000000000001" },
      expect: outcomes(customersOnly, { customerA: "NOT_FOUND", customerB: "NOT_FOUND" }),
    },
    "account.sessions.revokeAll": { input: {}, expect: outcomes(customersOnly, { ghostCustomer: "ok" }) },
    "auth.signUp": {
      input: {
        email: "matrix.signup@example.jp",
        password: "matrix-passphrase-2026",
        fullName: "マトリクス",
      },
      expect: everyone,
    },
    "auth.verifyEmail": { input: noToken, expect: refusedByInput },
    "auth.requestPasswordReset": { input: { email: "matrix.nobody@example.jp" }, expect: everyone },
    "auth.resetPassword": {
      input: { ...noToken, password: "matrix-passphrase-2026" },
      expect: refusedByInput,
    },
    "auth.unlock": { input: noToken, expect: refusedByInput },
    "auth.requestFreeze": { input: { email: "matrix.nobody@example.jp" }, expect: everyone },
    "auth.confirmFreeze": { input: noToken, expect: refusedByInput },
    "auth.confirmEmailChange": { input: noToken, expect: refusedByInput },
    "helpCenter.home": { input: { locale: "ja" }, expect: everyone },
    "helpCenter.category": { input: { locale: "ja", slug: "login-account" }, expect: everyone },
    "helpCenter.article": { input: { locale: "en", slug: "reset-password" }, expect: everyone },
    "helpCenter.guide": { input: { locale: "en" }, expect: everyone },
    "helpCenter.sitemap": { expect: everyone },
    "helpCenter.feedback": {
      input: { slug: "reset-password", locale: "ja", helpful: true },
      expect: everyone,
    },
    "search.query": { input: { q: "パスワード", locale: "ja" }, expect: everyone },
    "search.suggest": { input: { q: "パス", locale: "ja" }, expect: everyone },
    "search.markInquiry": { input: { sessionId: "matrix-search-session" }, expect: everyone },
    "status.page": { input: { locale: "ja" }, expect: everyone },
    "status.banner": { input: { locale: "ja" }, expect: everyone },
    "status.feed": { input: { locale: "en" }, expect: everyone },
    "status.subscribe": { input: { email: "matrix@example.jp", locale: "ja" }, expect: everyone },
    "status.confirmSubscription": { input: { token: "a".repeat(43) }, expect: everyone },
    "status.unsubscribe": { input: { token: "a".repeat(43) }, expect: everyone },
    "announcements.list": { input: { locale: "ja" }, expect: everyone },
    "announcements.bySlug": { input: { locale: "ja", slug: "phishing-warning" }, expect: everyone },
    "inquiry.selfHelp": {
      input: { type: "funds", subtype: "wrong_address", locale: "ja" },
      expect: everyone,
    },
    "inquiry.deflect": { input: { type: "funds", subtype: "wrong_address", locale: "ja" }, expect: everyone },
    "inquiry.requestCode": { input: { email: "matrix.code@example.jp", locale: "ja" }, expect: everyone },
    "inquiry.formContext": {
      input: { type: "trading" },
      expect: everyone,
      check: (result, actor) => {
        const email = emailOf[actor];
        expect(result).toMatchObject(email ? { customer: { email } } : { customer: null });
      },
    },
    "inquiry.draft": { input: { formKey: "matrix-form-key-0001" }, expect: everyone },
    "inquiry.receipt": { input: { formKey: "matrix-form-key-0001" }, expect: everyone },
    "inquiry.followUp.requestCode": {
      input: { email: "matrix.code@example.jp", number: demoTicket(7), locale: "ja" },
      expect: everyone,
    },
    "inquiry.followUp.open": {
      input: { email: "matrix.code@example.jp", number: demoTicket(7), code: "000000" },
      expect: refusedByInput,
      // Wrong codes are throttled per address; each actor's attempt starts from a clean slate.
      after: async (db) => {
        await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "inquiry:code:guess:" } } });
      },
    },
    "inquiry.followUp.ticket": { input: { accessToken: "a".repeat(43) }, expect: unknownToEveryone },
    "inquiry.followUp.reply": {
      input: { accessToken: "a".repeat(43), body: "matrix" },
      expect: unknownToEveryone,
    },
    "tickets.list": {
      input: {},
      expect: outcomes(customersOnly, { ghostCustomer: "ok" }),
      check: (result, actor) => {
        const numbers = (result as { rows: { number: string }[] }).rows.map((row) => row.number);
        expect(numbers.includes(demoTicket(1))).toBe(actor === "customerA");
      },
    },
    "tickets.get": {
      input: { number: demoTicket(1) },
      expect: ownerOnly,
      check: (result) => expect(result).toMatchObject({ number: demoTicket(1) }),
    },
    "tickets.markSolved": {
      input: { number: demoTicket(1) },
      expect: ownerOnly,
      after: async (db) => {
        await db.ticket.update({
          where: { number: demoTicket(1) },
          data: { status: "new", resolvedAt: null },
        });
      },
    },
    "tickets.reopen": {
      input: { number: demoTicket(4) },
      expect: ownerOnly,
      after: async (db) => {
        await db.ticket.update({
          where: { number: demoTicket(4) },
          data: { status: "resolved", resolvedAt: new Date() },
        });
      },
    },
    // Rated already: the owner gets past every authorization layer to core's "once per ticket".
    "tickets.rate": {
      input: { number: demoTicket(4), score: 4 },
      expect: outcomes(ownerOnly, { customerA: "CONFLICT" }),
    },
  },
  admin: {
    "health.check": { expect: everyone },
    // Reports: leads of their windows (the lead works in 入出金サポート), admins of all; agents none.
    "report.overview": {
      input: reportPeriod,
      expect: reportReaders,
      check: (result, actor) => {
        const report = result as { windows: unknown; volume: { byType: Record<string, number> } };
        expect(report.windows).toEqual(actor === "admin" ? "all" : ["funds"]);
        expect(report.volume.byType.funds).toBeGreaterThanOrEqual(3);
        if (actor === "admin") expect(report.volume.byType.security).toBeGreaterThanOrEqual(1);
        else expect(report.volume.byType.security).toBe(0);
      },
    },
    "report.exportCsv": {
      input: { kind: "tickets", query: reportPeriod },
      expect: reportReaders,
      check: (result, actor) => {
        const { csv } = result as { csv: string };
        expect(csv).toContain(demoTicket(1));
        expect(csv.includes(demoTicket(6))).toBe(actor === "admin");
      },
    },
    "audit.list": {
      input: {},
      expect: adminsOnly,
      check: (result) => expect(result).toMatchObject({ rows: expect.any(Array) }),
    },
    "staff.me": { expect: staffOnly, check: ownId },
    "staff.changePassword": {
      input: { currentPassword: wrongPassword, newPassword: "matrix-new-passphrase" },
      expect: staffPastAuth,
    },
    "staff.twoFactor.status": { expect: staffOnly },
    "staff.twoFactor.begin": { expect: staffOnly },
    "staff.twoFactor.confirm": {
      input: { enrollment: "not-an-enrollment", code: "123456" },
      expect: staffPastAuth,
    },
    "staff.twoFactor.regenerateRecoveryCodes": { input: { password: wrongPassword }, expect: staffPastAuth },
    "staff.sessions.list": { expect: staffOnly },
    "staff.sessions.revoke": {
      input: { sessionId: "00000000-0000-4000-8000-000000000001" },
      expect: outcomes(staffOnly, { agent: "NOT_FOUND", lead: "NOT_FOUND", admin: "NOT_FOUND" }),
    },
    "staff.sessions.revokeAll": { input: {}, expect: staffOnly },
    "staff.availability": { expect: staffOnly },
    // Setting what the seed already has: allowed, and later rules see the seed unchanged.
    "staff.setAvailability": { input: { available: true }, expect: staffOnly },
    // The seed's own language: allowed, and nothing changes for later rules.
    "staff.setLocale": { input: { locale: "ja" }, expect: staffOnly },
    "staff.teamAvailability": { expect: leadsAndAdmins },
    "staff.setMemberAvailability": { input: { ...noOne, available: true }, expect: unknownToLeads },
    "staffAuth.acceptInvite": {
      input: { ...noToken, password: "matrix-passphrase-2026" },
      expect: refusedByInput,
    },
    "staffAuth.unlock": { input: noToken, expect: refusedByInput },
    "staffAdmin.list": { expect: adminsOnly },
    "staffAdmin.invite": {
      // An address already on the staff: refused after authorization, so nobody is invited.
      input: {
        email: "agent.funds@staff.example.jp",
        displayName: "重複",
        role: "agent",
        teamKeys: ["funds"],
      },
      expect: outcomes(adminsOnly, { admin: "CONFLICT" }),
    },
    "staffAdmin.resendInvite": { input: noOne, expect: unknownToAdmins },
    "staffAdmin.deactivate": { input: noOne, expect: unknownToAdmins },
    "staffAdmin.reactivate": { input: noOne, expect: unknownToAdmins },
    "staffAdmin.endSessions": { input: noOne, expect: unknownToAdmins },
    "staffAdmin.resetTwoFactor": { input: noOne, expect: unknownToAdmins },
    "staffAdmin.unlock": { input: noOne, expect: unknownToAdmins },
    "customerAccount.state": { input: noCustomer, expect: unknownToLeads },
    "customerAccount.unlock": { input: noCustomer, expect: unknownToLeads },
    "customerAccount.pendingUnfreeze": { input: noCustomer, expect: leadsAndAdmins },
    "customerAccount.listPendingUnfreezes": { expect: leadsAndAdmins },
    "customerAccount.requestUnfreeze": {
      input: { ...noCustomer, identityChecked: true, reason: "マトリクス確認" },
      expect: unknownToLeads,
    },
    "customerAccount.approveUnfreeze": { input: { requestId: noOne.staffId }, expect: unknownToLeads },
    "customerAccount.rejectUnfreeze": { input: { requestId: noOne.staffId }, expect: unknownToLeads },
    "customerAccount.withdrawUnfreeze": { input: { requestId: noOne.staffId }, expect: unknownToLeads },
    // Console: agent and lead work in 入出金サポート; ticket 6 is the security window's, 7 the general one's.
    "queue.list": {
      input: { queue: { kind: "unassigned" } },
      expect: staffOnly,
      check: (result, actor) => {
        const numbers = (result as { rows: { number: string }[] }).rows.map((row) => row.number);
        expect(numbers).toContain(demoTicket(1));
        expect(numbers.includes(demoTicket(7))).toBe(actor === "admin");
      },
    },
    "queue.counts": {
      expect: staffOnly,
      check: (result, actor) => {
        expect("security" in (result as { teams: Record<string, number> }).teams).toBe(actor === "admin");
      },
    },
    "queue.assignees": { input: { team: "funds" }, expect: staffOnly },
    "queue.takeNext": {
      input: { team: "trading" },
      expect: outcomes(staffOnly, { agent: "FORBIDDEN", lead: "FORBIDDEN" }),
    },
    "queue.bulkAssign": { input: { ticketIds: [noOne.staffId], assigneeId: null }, expect: unknownToLeads },
    "queue.bulkStatus": { input: { ticketIds: [noOne.staffId], status: "open" }, expect: unknownToLeads },
    "queue.bulkTag": { input: { ticketIds: [noOne.staffId], add: ["matrix"] }, expect: unknownToLeads },
    "ticket.get": {
      input: { number: demoTicket(1) },
      expect: staffOnly,
      check: (result) => expect(result).toMatchObject({ number: demoTicket(1) }),
    },
    "ticket.incidents": { expect: staffOnly },
    "ticket.presence": { input: { number: demoTicket(6) }, expect: onlyAdminsSeeSecurity },
    "ticket.note": {
      input: { number: demoTicket(6), body: "マトリクス確認" },
      expect: onlyAdminsSeeSecurity,
    },
    // A stale version: past every authorization layer, refused by the optimistic lock.
    "ticket.reply": {
      input: { number: demoTicket(1), version: 999, body: "確認いたします。" },
      expect: staleForStaff,
    },
    "ticket.update": {
      input: { number: demoTicket(1), version: 999, priority: "high" },
      expect: staleForStaff,
    },
    "ticket.transfer": {
      input: { number: demoTicket(1), version: 999, team: "trading", note: "マトリクス確認" },
      expect: staleForStaff,
    },
    "ticket.merge": {
      input: { number: demoTicket(1), version: 999, into: demoTicket(4) },
      expect: staleForStaff,
    },
    "ticket.linkIncident": {
      input: { number: demoTicket(1), version: 999, incidentId: null },
      expect: staleForStaff,
    },
    "ticket.verifyIdentity": {
      input: { number: demoTicket(7), version: 999, decision: "rejected" },
      expect: outcomes(staffOnly, { agent: "NOT_FOUND", lead: "NOT_FOUND", admin: "CONFLICT" }),
    },
    "ticket.revealPii": {
      input: { number: demoTicket(1), field: "email", source: "account", reason: "マトリクス確認" },
      expect: staffOnly,
      check: (result) => expect(result).toEqual({ value: "hanako@example.jp" }),
    },
    "articles.list": { input: {}, expect: staffOnly },
    "articles.categories": { expect: staffOnly },
    "articles.get": { input: noArticle, expect: unknownToStaff },
    "articles.save": {
      input: {
        slug: "matrix-article",
        categorySlug: "trading",
        troubleType: "trading",
        ja: { title: "マトリクス確認", body: "本文" },
      },
      expect: staffOnly,
      after: async (db) => {
        await db.article.deleteMany({ where: { slug: "matrix-article" } });
      },
    },
    "articles.submitForReview": { input: noArticle, expect: unknownToStaff },
    "articles.returnToDraft": { input: noArticle, expect: unknownToLeads },
    "articles.publish": { input: noArticle, expect: unknownToLeads },
    "articles.unpublish": { input: noArticle, expect: unknownToLeads },
    "articles.archive": { input: noArticle, expect: unknownToLeads },
    "articles.schedule": { input: { ...noArticle, at: null }, expect: unknownToLeads },
    "articles.revisions": { input: { articleId: noArticle.id }, expect: unknownToStaff },
    "articles.diff": { input: { articleId: noArticle.id, from: noArticle.id }, expect: unknownToStaff },
    "articles.restore": {
      input: { articleId: noArticle.id, revisionId: noArticle.id },
      expect: unknownToStaff,
    },
    "contentInsights.overview": { input: { days: 30 }, expect: staffOnly },
    "contentInsights.article": { input: { articleId: noArticle.id, days: 30 }, expect: unknownToStaff },
    "incidents.list": { input: {}, expect: leadsAndAdmins },
    "incidents.get": { input: noArticle, expect: unknownToLeads },
    // An unknown component: past every authorization layer, so nothing is opened.
    "incidents.create": {
      input: {
        titleJa: "マトリクス",
        bodyJa: "確認",
        components: [{ key: "matrix_none", state: "degraded" }],
      },
      expect: unknownToLeads,
    },
    "incidents.addUpdate": { input: { ...noIncident, status: "identified" }, expect: unknownToLeads },
    "incidents.resolve": { input: noIncident, expect: unknownToLeads },
    // A window that ends before it starts: refused by core after authorization.
    "maintenance.create": {
      input: {
        titleJa: "マトリクス",
        bodyJa: "確認",
        scheduledStart: new Date("2030-01-02T00:00:00Z"),
        scheduledEnd: new Date("2030-01-01T00:00:00Z"),
        componentKeys: [],
      },
      expect: outcomes(staffOnly, { agent: "FORBIDDEN", lead: "BAD_REQUEST", admin: "BAD_REQUEST" }),
    },
    "maintenance.start": { input: noIncident, expect: unknownToLeads },
    "maintenance.complete": { input: noIncident, expect: unknownToLeads },
    "maintenance.cancel": { input: noIncident, expect: unknownToLeads },
    "components.list": { expect: leadsAndAdmins },
    "components.setState": { input: { key: "matrix_none", state: "degraded" }, expect: unknownToLeads },
    "announcements.list": { expect: leadsAndAdmins },
    "announcements.get": { input: noArticle, expect: unknownToLeads },
    // A slug the demo already uses: refused after authorization, so nothing is created.
    "announcements.save": {
      input: { slug: "phishing-warning", titleJa: "マトリクス", bodyJa: "確認" },
      expect: outcomes(staffOnly, { agent: "FORBIDDEN", lead: "CONFLICT", admin: "CONFLICT" }),
    },
    "announcements.publish": { input: noArticle, expect: unknownToLeads },
    "announcements.unpublish": { input: noArticle, expect: unknownToLeads },
    // Settings: admins only, but leads manage the macros of their own window (入出金サポート).
    "settings.teams.list": { expect: adminsOnly },
    "settings.teams.addMember": { input: { team: "funds", ...noOne }, expect: unknownToAdmins },
    "settings.teams.removeMember": { input: { team: "funds", ...noOne }, expect: unknownToAdmins },
    "settings.teams.setAutoAssign": { input: { team: "funds", autoAssign: false }, expect: adminsOnly },
    // Hours that close before they open: refused after authorization, so nothing changes.
    "settings.teams.updateCalendar": {
      input: {
        team: "funds",
        calendar: {
          workdays: [1],
          opensAt: "18:00",
          closesAt: "09:00",
          japaneseHolidays: true,
          yearEndClosure: null,
          closedDates: [],
        },
      },
      expect: outcomes(adminsOnly, { admin: "BAD_REQUEST" }),
    },
    "settings.sla.get": { expect: adminsOnly },
    "settings.sla.update": {
      input: {
        targets: [{ tier: "standard", priority: "low", firstResponseMinutes: 60, resolutionMinutes: 1 }],
      },
      expect: outcomes(adminsOnly, { admin: "BAD_REQUEST" }),
    },
    "settings.routing.list": { expect: adminsOnly },
    "settings.routing.save": {
      input: { type: "security", team: "general" },
      expect: outcomes(adminsOnly, { admin: "BAD_REQUEST" }),
    },
    "settings.routing.remove": { input: { id: noOne.staffId }, expect: unknownToAdmins },
    "settings.macros.list": {
      expect: leadsAndAdmins,
      check: (result, actor) => {
        const teams = (result as { macros: { team: string }[] }).macros.map((macro) => macro.team);
        if (actor === "lead") expect(new Set(teams)).toEqual(new Set(["funds"]));
        else expect(teams).toContain("all");
      },
    },
    // A key the demo already uses, of the lead's own window: refused after authorization.
    "settings.macros.create": {
      input: { key: "funds_deposit_slip", team: "funds", title: "マトリクス", body: "確認" },
      expect: outcomes(staffOnly, { agent: "FORBIDDEN", lead: "CONFLICT", admin: "CONFLICT" }),
    },
    "settings.macros.update": {
      input: { id: noOne.staffId, key: "matrix_macro", team: "funds", title: "マトリクス", body: "確認" },
      expect: unknownToLeads,
    },
    "settings.macros.setActive": { input: { id: noOne.staffId, active: false }, expect: unknownToLeads },
  },
};

const roots = { web: webRouter, admin: adminRouter } as const;
const factories = { web: createCallerFactory(webRouter), admin: createCallerFactory(adminRouter) } as const;

async function call(root: "web" | "admin", session: Session | null, db: Db, path: string, input: unknown) {
  const caller: unknown = factories[root](createContext({ db, session }));
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  if (typeof target !== "function") throw new Error(`no procedure at ${path}`);
  return (target as (input: unknown) => Promise<unknown>)(input);
}

describe("authorization matrix", () => {
  let db: Db;
  let close: () => Promise<void>;
  let ids: Ids;
  let sessions: Record<Actor, Session | null>;

  beforeAll(async () => {
    ({ db, close } = await openTestDb());
    await seedDemo(db);
    const customer = async (email: string) =>
      (await db.customer.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    const staff = async (email: string) =>
      (await db.staff.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    ids = {
      customerA: await customer("hanako@example.jp"),
      customerB: await customer("taro@example.jp"),
      agent: await staff("agent.funds@staff.example.jp"),
      lead: await staff("lead.funds@staff.example.jp"),
      admin: await staff("admin@staff.example.jp"),
    };
    sessions = {
      anonymous: null,
      customerA: { kind: "customer", customerId: ids.customerA },
      customerB: { kind: "customer", customerId: ids.customerB },
      ghostCustomer: { kind: "customer", customerId: "00000000-0000-4000-8000-000000000000" },
      agent: { kind: "staff", staffId: ids.agent, role: "agent" },
      lead: { kind: "staff", staffId: ids.lead, role: "lead" },
      admin: { kind: "staff", staffId: ids.admin, role: "admin" },
    };
  }, 60_000);
  afterAll(async () => close());

  for (const root of ["web", "admin"] as const) {
    it(`has a rule for every procedure of the ${root} router`, () => {
      const procedures = Object.keys(roots[root]._def.procedures).sort();
      expect(Object.keys(rules[root]).sort()).toEqual(procedures);
    });

    for (const [path, rule] of Object.entries(rules[root])) {
      for (const actor of actors) {
        it(`${root} ${path} as ${actor}: ${rule.expect[actor]}`, async () => {
          const outcome = rule.expect[actor];
          const pending = call(root, sessions[actor], db, path, rule.input);
          try {
            if (outcome === "ok") {
              const result = await pending;
              rule.check?.(result, actor, ids);
            } else {
              await expect(pending).rejects.toSatisfy(
                (error: unknown) => error instanceof TRPCError && error.code === outcome,
              );
            }
          } finally {
            await rule.after?.(db, ids);
          }
        });
      }
    }
  }

  it("does not mount staff procedures on the customer root, nor customer ones on the console", () => {
    expect(Object.keys(webRouter._def.procedures).some((path) => path.startsWith("staff."))).toBe(false);
    expect(Object.keys(adminRouter._def.procedures).some((path) => path.startsWith("account."))).toBe(false);
  });
});
