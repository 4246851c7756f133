import { localeSchema } from "@madoguchi/core/locale/locale";
import {
  effectiveComponentStates,
  incidentEndedAt,
  incidentPhase,
  isRecentPast,
  PAST_INCIDENT_DAYS,
  worstState,
} from "@madoguchi/core/status/status-page";
import { statusSubscribeInputSchema, statusTokenSchema } from "@madoguchi/core/status/status-subscription";
import {
  latestIncidents,
  listOpenIncidents,
  listStatusComponents,
  listStatusIncidents,
} from "@madoguchi/db/status/status-repository";
import { z } from "zod";
import { router } from "../trpc/init";
import { publicProcedure } from "../trpc/procedures";
import { confirmStatusSubscription, subscribeToStatus, unsubscribeFromStatus } from "./subscribe-to-status";

const DAY_MS = 24 * 60 * 60 * 1000;
const localeInput = z.object({ locale: localeSchema });
const tokenInput = z.object({ token: statusTokenSchema });

/** The public status page, its banner and feed, and the email subscription. */
export const statusRouter = router({
  page: publicProcedure.input(localeInput).query(async ({ ctx, input }) => {
    const now = ctx.now();
    const since = new Date(now.getTime() - PAST_INCIDENT_DAYS * DAY_MS);
    const [components, incidents] = await Promise.all([
      listStatusComponents(ctx.db, input.locale),
      listStatusIncidents(ctx.db, input.locale, since),
    ]);
    const states = effectiveComponentStates(components, incidents, now);
    const withPhase = incidents.map((incident) => ({ ...incident, phase: incidentPhase(incident, now) }));
    return {
      overall: worstState([...states.values()]),
      components: components.map((c) => ({ key: c.key, name: c.name, state: states.get(c.key) ?? c.state })),
      active: withPhase.filter((i) => i.phase === "active"),
      upcoming: withPhase
        .filter((i) => i.phase === "upcoming")
        .sort((a, b) => (a.scheduledStart?.getTime() ?? 0) - (b.scheduledStart?.getTime() ?? 0)),
      past: withPhase
        .filter((i) => i.phase === "past" && isRecentPast(i, now))
        .sort((a, b) => incidentEndedAt(b).getTime() - incidentEndedAt(a).getTime()),
      checkedAt: now,
    };
  }),

  /** Incidents and maintenances under way, for the banner on every page. */
  banner: publicProcedure.input(localeInput).query(async ({ ctx, input }) => {
    const now = ctx.now();
    const open = await listOpenIncidents(ctx.db, input.locale);
    return open
      .filter((incident) => incidentPhase(incident, now) === "active")
      .map((incident) => ({
        id: incident.id,
        kind: incident.kind,
        status: incident.status,
        title: incident.title,
      }));
  }),

  /** The newest incidents and maintenances with their timelines, for the RSS and Atom feeds. */
  feed: publicProcedure.input(localeInput).query(async ({ ctx, input }) => {
    return latestIncidents(ctx.db, input.locale, 30);
  }),

  subscribe: publicProcedure.input(statusSubscribeInputSchema).mutation(async ({ ctx, input }) => {
    return subscribeToStatus(ctx, input);
  }),

  confirmSubscription: publicProcedure.input(tokenInput).mutation(async ({ ctx, input }) => {
    return confirmStatusSubscription(ctx, input.token);
  }),

  unsubscribe: publicProcedure.input(tokenInput).mutation(async ({ ctx, input }) => {
    return unsubscribeFromStatus(ctx, input.token);
  }),
});
