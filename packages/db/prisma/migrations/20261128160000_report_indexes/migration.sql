-- Indexes for the console reports (packages/db/src/report/ticket-report-queries.ts), which read a
-- year of tickets at once. Prisma's schema cannot express partial or expression indexes, so they
-- live here only. Each predicate is written as the query writes it: the planner uses a partial
-- index only for a query whose conditions imply its predicate.

-- The events that reopen a ticket (core's `isReopening`): a few per hundred tickets. Reopens were
-- looked up per ticket among all its events, or by reading every event's JSON; this index holds
-- just those events, and the report reads it whole into a hash once.
CREATE INDEX "ticket_event_reopening_idx" ON "ticket_event"("ticket_id")
  WHERE ("data"->>'from') IN ('resolved', 'closed')
    AND ("data"->>'to') IN ('new', 'open', 'waiting_on_customer');

-- The backlog reads the tickets open at some point of the period: the unfinished ones, and those
-- finished since its first day. With these two it reads them from the indexes alone (all the
-- columns it needs are in them) instead of scanning every ticket ever filed.
CREATE INDEX "ticket_open_created_at_idx" ON "ticket"("created_at") INCLUDE ("team_id")
  WHERE "status" IN ('new', 'open', 'waiting_on_customer') AND "merged_into_id" IS NULL;
CREATE INDEX "ticket_finished_at_idx" ON "ticket"((COALESCE("resolved_at", "closed_at")))
  INCLUDE ("created_at", "team_id", "resolved_at", "closed_at")
  WHERE "status" IN ('resolved', 'closed') AND "merged_into_id" IS NULL;
