import { inquiryRateLimits } from "@madoguchi/core/inquiry/inquiry-code";
import { requireSubtype } from "@madoguchi/core/inquiry/inquiry-form";
import { statusComponentsFor } from "@madoguchi/core/inquiry/self-help";
import type { Locale } from "@madoguchi/core/locale/locale";
import { incidentPhase } from "@madoguchi/core/status/status-page";
import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import { recordAudit } from "@madoguchi/db/audit/audit-repository";
import { findSelfHelpArticles } from "@madoguchi/db/inquiry/inquiry-repository";
import { hitRateLimit } from "@madoguchi/db/rate-limit/rate-limit-repository";
import { listOpenIncidents } from "@madoguchi/db/status/status-repository";
import { opaqueKey } from "../auth/action-token";
import type { Context } from "../context/context";

const SELF_HELP_ARTICLES = 5;

/**
 * Step 3 of triage: what may solve the problem without an inquiry. Incidents under way on the
 * subtype's components come first (`affectsSubtype`), then any other under way, then the
 * articles written for the subtype and the most read of its type.
 */
export async function selfHelp(
  ctx: Pick<Context, "db" | "now">,
  input: { type: TroubleType; subtype: string; locale: Locale },
) {
  const now = ctx.now();
  requireSubtype(input.type, input.subtype);
  const components = statusComponentsFor(input.type, input.subtype);
  const [articles, open] = await Promise.all([
    findSelfHelpArticles(ctx.db, { ...input, now, take: SELF_HELP_ARTICLES }),
    listOpenIncidents(ctx.db, input.locale),
  ]);
  const incidents = open
    .filter((incident) => incidentPhase(incident, now) === "active")
    .map((incident) => ({
      id: incident.id,
      kind: incident.kind,
      status: incident.status,
      title: incident.title,
      components: incident.components.map((c) => ({ key: c.key, name: c.name, state: c.state })),
      latestUpdate: incident.updates[0]
        ? { body: incident.updates[0].body, createdAt: incident.updates[0].createdAt }
        : null,
      affectsSubtype: incident.components.some((c) => components.includes(c.key)),
    }))
    .sort((a, b) => Number(b.affectsSubtype) - Number(a.affectsSubtype));
  return { articles, incidents };
}

/**
 * "Solved, thank you" in self-help: the inquiry that did not happen, for the deflection report.
 * Recorded as an audit entry `inquiry.deflected` on the subtype (no personal data; the actor is
 * the customer when signed in). Throttled per client: beyond the limit it is not counted, and the
 * answer is the same.
 */
export async function recordDeflection(
  ctx: Pick<Context, "db" | "now" | "ip" | "userAgent" | "session">,
  input: { type: TroubleType; subtype: string; locale: Locale; articleSlug?: string | undefined },
): Promise<{ recorded: true }> {
  const now = ctx.now();
  requireSubtype(input.type, input.subtype);
  const limit = await hitRateLimit(
    ctx.db,
    { key: `inquiry:deflect:ip:${opaqueKey(ctx.ip ?? "unknown")}`, ...inquiryRateLimits.deflectionPerIp },
    now,
  );
  if (limit.allowed) {
    const customerId = ctx.session?.kind === "customer" ? ctx.session.customerId : null;
    await recordAudit(ctx.db, {
      actorKind: customerId ? "customer" : "system",
      actorId: customerId,
      action: "inquiry.deflected",
      objectType: "trouble_subtype",
      objectId: `${input.type}/${input.subtype}`,
      data: {
        type: input.type,
        subtype: input.subtype,
        locale: input.locale,
        ...(input.articleSlug ? { articleSlug: input.articleSlug } : {}),
      },
      at: now,
    });
  }
  return { recorded: true };
}
