import { can, type Permission, type StaffRole } from "../access/permissions";
import { DomainError } from "../errors/domain-error";

export const articleStatuses = ["draft", "review", "published", "archived"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const articleActions = [
  "save",
  "submit_for_review",
  "return_to_draft",
  "publish",
  "schedule",
  "unpublish",
  "archive",
] as const;
export type ArticleAction = (typeof articleActions)[number];

export interface ArticleActionRule {
  /** Who may: a permission of core's role table, never a role name. */
  permission: Permission;
  /** From each status the action applies to, the status it leads to. */
  from: Partial<Record<ArticleStatus, ArticleStatus>>;
}

/**
 * The article workflow, draft -> review -> published -> archived, as data. Writers (agents)
 * save and submit; publishers (leads, admins) decide what readers see. Saving a published
 * article keeps it published: the change waits as the newest revision until someone publishes
 * it, so a writer never changes what readers see.
 */
export const articleWorkflow: Readonly<Record<ArticleAction, ArticleActionRule>> = {
  save: { permission: "article.write", from: { draft: "draft", review: "review", published: "published" } },
  submit_for_review: { permission: "article.write", from: { draft: "review" } },
  return_to_draft: { permission: "article.publish", from: { review: "draft", archived: "draft" } },
  publish: {
    permission: "article.publish",
    from: { draft: "published", review: "published", published: "published" },
  },
  schedule: { permission: "article.publish", from: { draft: "draft", review: "review" } },
  unpublish: { permission: "article.publish", from: { published: "draft" } },
  archive: {
    permission: "article.publish",
    from: { draft: "archived", review: "archived", published: "archived" },
  },
};

export interface ArticleActionFacts {
  role: StaffRole;
  status: ArticleStatus;
  /** A published article whose newest revision differs from what readers see. */
  hasUnpublishedChanges: boolean;
}

/**
 * The status after `action`, or a DomainError: FORBIDDEN when the role may not, CONFLICT when
 * the article is not in a status the action applies to (`knowledgeBase.<action>NotAllowed`).
 */
export function applyArticleAction(facts: ArticleActionFacts, action: ArticleAction): ArticleStatus {
  const rule = articleWorkflow[action];
  if (!can(facts.role, rule.permission)) throw new DomainError("FORBIDDEN", "knowledgeBase.notPermitted");
  const next = rule.from[facts.status];
  if (next === undefined) throw new DomainError("CONFLICT", `knowledgeBase.${action}NotAllowed`);
  if (action === "publish" && facts.status === "published" && !facts.hasUnpublishedChanges) {
    throw new DomainError("CONFLICT", "knowledgeBase.nothingToPublish");
  }
  return next;
}

/** The actions the console offers on an article in this state to this role. */
export function availableArticleActions(facts: ArticleActionFacts): ArticleAction[] {
  return articleActions.filter((action) => {
    try {
      applyArticleAction(facts, action);
      return true;
    } catch {
      return false;
    }
  });
}

/** Scheduling: at least a minute ahead (so the job cannot miss it), at most a year. */
export const scheduleRules = { minLeadMs: 60_000, maxAheadMs: 365 * 24 * 60 * 60 * 1000 } as const;

export function validateSchedule(at: Date, now: Date): void {
  const lead = at.getTime() - now.getTime();
  if (Number.isNaN(lead)) throw new DomainError("INVALID", "knowledgeBase.schedule.invalid");
  if (lead < scheduleRules.minLeadMs) throw new DomainError("INVALID", "knowledgeBase.schedule.tooSoon");
  if (lead > scheduleRules.maxAheadMs) throw new DomainError("INVALID", "knowledgeBase.schedule.tooFar");
}

/** A scheduled article the job publishes at `now`. */
export function isDue(article: { status: ArticleStatus; scheduledAt: Date | null }, now: Date): boolean {
  return (
    article.scheduledAt !== null &&
    article.scheduledAt.getTime() <= now.getTime() &&
    (article.status === "draft" || article.status === "review")
  );
}

/**
 * A publisher scheduled the text as it was. When someone who may not publish changes it
 * afterwards, the schedule is dropped: the job must never publish what no publisher saw.
 */
export function scheduleAfterSave(role: StaffRole, scheduledAt: Date | null): Date | null {
  return can(role, "article.publish") ? scheduledAt : null;
}

/**
 * Category, trouble type and tags of a published article show at once (they are not
 * revisioned): only someone who may publish changes them.
 */
export function canChangeSettings(role: StaffRole, status: ArticleStatus): boolean {
  return status !== "published" || can(role, "article.publish");
}

/** Readers' links and bookmarks point at the slug: it is fixed once an article was published. */
export function canChangeSlug(article: { publishedAt: Date | null }): boolean {
  return article.publishedAt === null;
}
