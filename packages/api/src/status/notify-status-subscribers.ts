import { incidentStatusLabel } from "@madoguchi/core/status/status-page";
import { enqueueEmail, type DbOrTx } from "@madoguchi/db/mail/email-outbox-repository";
import { findIncident } from "@madoguchi/db/status/status-repository";
import { listConfirmedStatusSubscribers } from "@madoguchi/db/status/status-subscription-repository";
import { helpCenterEnv } from "../help-center/env";
import { statusLinks, unsubscribeToken } from "./status-tokens";

const PAGE = 500;

/**
 * Emails every confirmed subscriber the latest update of an incident or maintenance, in their
 * language, each with a one-click unsubscribe link. Call it in the transaction that posts the
 * update (the console does): the emails are queued with it or not at all.
 */
export async function notifyStatusSubscribers(
  db: DbOrTx,
  input: { incidentId: string },
): Promise<{ enqueued: number }> {
  const env = helpCenterEnv();
  const [ja, en] = await Promise.all([
    findIncident(db, input.incidentId, "ja"),
    findIncident(db, input.incidentId, "en"),
  ]);
  if (!ja || !en) return { enqueued: 0 };
  const views = { ja, en };
  let enqueued = 0;
  let after: string | null = null;
  for (;;) {
    const page = await listConfirmedStatusSubscribers(db, { after, take: PAGE });
    for (const subscriber of page) {
      const incident = views[subscriber.locale];
      const latest = incident.updates[0];
      const links = statusLinks(env.webBaseUrl, subscriber.locale);
      await enqueueEmail(db, {
        to: subscriber.email,
        locale: subscriber.locale,
        template: "status_incident_update",
        data: {
          title: incident.title,
          status: incidentStatusLabel[latest?.status ?? incident.status][subscriber.locale],
          body: latest?.body ?? "",
          statusUrl: links.status,
          unsubscribeUrl: links.unsubscribe(unsubscribeToken(subscriber.id, env.secret)),
        },
      });
      enqueued += 1;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id ?? null;
  }
  return { enqueued };
}
