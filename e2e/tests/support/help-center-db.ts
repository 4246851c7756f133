import type { APIRequestContext } from "@playwright/test";
import pg from "pg";

/**
 * Direct access to the browser suite's database (scripts/e2e.ts passes its URL), to set up
 * what a test needs that no public page can create: an incident, as the console would.
 */
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the suite with `npm run test:e2e`");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestIncident {
  titleJa: string;
  titleEn: string;
  component: string;
  state: "degraded" | "partial_outage" | "major_outage";
  updateJa: string;
  updateEn: string;
}

/** Opens an incident on a component with its first update; returns its id. */
export function openIncident(incident: TestIncident): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO incident (id, kind, status, title_ja, title_en, started_at, created_at, updated_at)
       VALUES (gen_random_uuid(), 'incident', 'investigating', $1, $2, now(), now(), now()) RETURNING id`,
      [incident.titleJa, incident.titleEn],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error("incident not created");
    await client.query(
      `INSERT INTO incident_component (incident_id, component_id, state)
       SELECT $1, id, $2 FROM status_component WHERE key = $3`,
      [id, incident.state, incident.component],
    );
    await client.query(
      `INSERT INTO incident_update (id, incident_id, status, body_ja, body_en, created_at)
       VALUES (gen_random_uuid(), $1, 'investigating', $2, $3, now())`,
      [id, incident.updateJa, incident.updateEn],
    );
    return id;
  });
}

export function resolveIncident(id: string): Promise<void> {
  return withDatabase(async (client) => {
    await client.query(
      `UPDATE incident SET status = 'resolved', resolved_at = now(), updated_at = now() WHERE id = $1`,
      [id],
    );
  });
}

/** What the console does after a change: the pages are rendered again on their next visit. */
export async function revalidateSite(request: APIRequestContext): Promise<void> {
  const response = await request.post("/api/revalidate", {
    headers: { "x-revalidate-secret": process.env.REVALIDATE_SECRET ?? "madoguchi-dev-revalidate-secret" },
  });
  if (response.status() !== 200) throw new Error(`revalidate answered ${response.status()}`);
}

/** The newest email queued for an address (the mail worker may or may not have sent it yet). */
export function latestEmail(to: string): Promise<{ template: string; data: Record<string, string> } | null> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ template: string; data: Record<string, string> }>(
      `SELECT template, data FROM email_outbox WHERE "to" = $1 ORDER BY created_at DESC LIMIT 1`,
      [to],
    );
    return rows[0] ?? null;
  });
}

export function searchLogFor(sessionId: string): Promise<{ query: string; result_count: number }[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ query: string; result_count: number }>(
      `SELECT query, result_count FROM search_query_log WHERE search_session_id = $1 ORDER BY id`,
      [sessionId],
    );
    return rows;
  });
}

export function feedbackReasons(slug: string): Promise<{ helpful: boolean; reason: string | null }[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ helpful: boolean; reason: string | null }>(
      `SELECT f.helpful, f.reason FROM article_feedback f JOIN article a ON a.id = f.article_id
       WHERE a.slug = $1 ORDER BY f.created_at`,
      [slug],
    );
    return rows;
  });
}

/** Publishes an article directly (as the console would), in Japanese only. */
export function publishArticle(article: {
  slug: string;
  category: string;
  title: string;
  body: string;
}): Promise<void> {
  return withDatabase(async (client) => {
    await client.query(
      `INSERT INTO article (id, slug, category_id, trouble_type, status, published_at, created_at, updated_at)
       SELECT gen_random_uuid(), $1, c.id, COALESCE(c.trouble_type, 'other'), 'published', now(), now(), now()
       FROM article_category c WHERE c.slug = $2
       ON CONFLICT (slug) DO NOTHING`,
      [article.slug, article.category],
    );
    await client.query(
      `INSERT INTO article_translation (article_id, locale, title, summary, body, updated_at)
       SELECT id, 'ja', $2, '', $3, now() FROM article WHERE slug = $1
       ON CONFLICT (article_id, locale) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body`,
      [article.slug, article.title, article.body],
    );
  });
}
