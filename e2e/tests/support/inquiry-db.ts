import { randomBytes } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";
import { withDatabase } from "./help-center-db";

/** The demo password (scripts/e2e.ts provisions it for every demo account). */
const DEMO_PASSWORD = "madoguchi-demo-2026";

/**
 * A customer of their own for a test, signing in with the demo password (the hash is copied
 * from a demo customer), verified and on the plan asked for.
 */
export function createCustomer(options: { plan?: "standard" | "premium"; fullName?: string } = {}): Promise<{
  id: string;
  email: string;
}> {
  const email = `e2e-${randomBytes(6).toString("hex")}@example.jp`;
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO customer (id, email, email_verified_at, password_hash, full_name, date_of_birth, locale, plan_id, updated_at)
       SELECT gen_random_uuid(), $1, now(), c.password_hash, $2, '1990-04-01', 'ja', p.id, now()
       FROM customer c, plan p WHERE c.email = 'hanako@example.jp' AND p.code = $3
       RETURNING id`,
      [email, options.fullName ?? "試験 花子", options.plan ?? "standard"],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error("customer not created (is the demo password provisioned?)");
    return { id, email };
  });
}

/**
 * Signs in through next-auth's credentials callback, as the sign-in page does. Each sign-in
 * comes from its own forwarded address, so that these tests never fill the per-IP throttle that
 * other specs' sign-ins share.
 */
export async function signIn(request: APIRequestContext, email: string): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/customer", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
    headers: { "x-forwarded-for": `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}` },
    maxRedirects: 0,
  });
  expect(response.status(), await response.text()).toBeLessThan(400);
  const session = (await (await request.get("/api/auth/session")).json()) as { kind?: string };
  expect(session.kind).toBe("customer");
}

/** The newest one-time code emailed to an address. */
export function latestCode(email: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ code: string }>(
      `SELECT data->>'code' AS code FROM email_outbox
       WHERE "to" = $1 AND template = 'inquiry_code' ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    const code = rows[0]?.code;
    if (!code) throw new Error(`no code emailed to ${email}`);
    return code;
  });
}

/** A public staff reply and, optionally, a new status, as the console will make them. */
export function staffReply(
  number: string,
  body: string,
  status?: "waiting_on_customer" | "resolved",
): Promise<void> {
  return withDatabase(async (client) => {
    await client.query(
      `INSERT INTO message (id, ticket_id, author_kind, staff_id, visibility, body, created_at)
       SELECT gen_random_uuid(), t.id, 'staff', s.id, 'public', $2, now()
       FROM ticket t, staff s WHERE t.number = $1 AND s.email = 'agent.general@staff.example.jp'`,
      [number, body],
    );
    await client.query(
      `INSERT INTO ticket_event (id, ticket_id, kind, actor_kind, created_at)
       SELECT gen_random_uuid(), id, 'replied', 'staff', now() FROM ticket WHERE number = $1`,
      [number],
    );
    if (status) await setStatus(client, number, status, new Date());
    await client.query(
      `UPDATE ticket SET first_responded_at = COALESCE(first_responded_at, now()), updated_at = now() WHERE number = $1`,
      [number],
    );
  });
}

async function setStatus(
  client: { query: (sql: string, values: unknown[]) => Promise<unknown> },
  number: string,
  status: string,
  resolvedAt: Date,
): Promise<void> {
  await client.query(
    `INSERT INTO ticket_event (id, ticket_id, kind, actor_kind, data, created_at)
     SELECT gen_random_uuid(), id, 'status_changed', 'staff', jsonb_build_object('from', status::text, 'to', $2::text), now()
     FROM ticket WHERE number = $1`,
    [number, status],
  );
  await client.query(
    `UPDATE ticket SET status = $2::"TicketStatus", resolved_at = CASE WHEN $2 = 'resolved' THEN $3::timestamptz ELSE NULL END,
     updated_at = now() WHERE number = $1`,
    [number, status, resolvedAt],
  );
}

/** Resolved by staff `daysAgo` days ago (past the 14-day reopen window when over 14). */
export function resolvedDaysAgo(number: string, daysAgo: number): Promise<void> {
  return withDatabase((client) =>
    setStatus(client, number, "resolved", new Date(Date.now() - daysAgo * 86_400_000)),
  );
}

export function ticketFacts(number: string): Promise<{
  customer_id: string | null;
  identity_check: string;
  priority: string;
  team: string;
  attachments: number;
} | null> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{
      customer_id: string | null;
      identity_check: string;
      priority: string;
      team: string;
      attachments: number;
    }>(
      `SELECT t.customer_id, t.identity_check::text, t.priority::text, tm.key AS team,
        (SELECT count(*)::int FROM attachment a WHERE a.ticket_id = t.id) AS attachments
       FROM ticket t JOIN team tm ON tm.id = t.team_id WHERE t.number = $1`,
      [number],
    );
    return rows[0] ?? null;
  });
}

export function deflectionCount(type: string, subtype: string): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'inquiry.deflected' AND object_id = $1`,
      [`${type}/${subtype}`],
    );
    return rows[0]?.count ?? 0;
  });
}
